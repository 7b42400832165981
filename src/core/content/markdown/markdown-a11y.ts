import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/**
 * What sanitised Markdown HTML needs before people can use it with a keyboard or a screen reader.
 * It runs after the sanitiser, which removes every attribute set here from what authors write, so
 * content can neither forge nor remove them.
 *
 * - A code block scrolls sideways when its lines are long, so the keyboard must reach it: it is
 *   focusable, and named so a screen reader says what got focus. A `group`, not a `region`: a
 *   region is a landmark, and a page with several code blocks would list several same-named ones.
 * - A task list item's disabled checkbox has no name (a form control that reads as "checkbox, not
 *   checked, unavailable" before the step it belongs to). It becomes a box that only the eye sees
 *   (☑ or ☐) and its state in words for screen readers, which reads "Done: step" and, without CSS,
 *   "☑ Done: step". The list keeps its role even where the stylesheet hides the bullets (Safari
 *   drops the list role of a list without markers).
 * - A table wider than a phone scrolls inside a box of its own rather than squeezing its cells
 *   until words break mid-letter. The box, not the table, scrolls, so the table keeps its table
 *   semantics; like a code block it is focusable and named.
 */
export function rehypeAccessibleBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'pre') {
        Object.assign(node.properties, { tabIndex: 0, role: 'group', ariaLabel: 'Code' });
      } else if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = h('div', { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: 'Table' }, [node]);
        return [SKIP, index + 1];
      } else if (isTaskList(node)) {
        node.properties.role = 'list';
      } else if (node.tagName === 'input' && parent && index !== undefined) {
        // The sanitiser keeps `input` only as a task list item's checkbox.
        parent.children.splice(index, 1, ...taskState(Boolean(node.properties.checked)));
        return index + 3;
      }
      return undefined;
    });
  };
}

function isTaskList(node: Element): boolean {
  const classes = node.properties.className;
  return (node.tagName === 'ul' || node.tagName === 'ol') && Array.isArray(classes) && classes.includes('contains-task-list');
}

function taskState(done: boolean): ElementContent[] {
  return [
    h('span', { className: ['task-box'], ariaHidden: 'true' }, done ? '☑' : '☐'),
    { type: 'text', value: ' ' },
    h('span', { className: ['sr'] }, done ? 'Done:' : 'Not done:'),
  ];
}
