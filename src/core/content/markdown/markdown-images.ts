import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** What a Markdown image becomes when the page shows it as a link: "Image: <alt>". */
export const IMAGE_LINK_PREFIX = 'Image: ';

/**
 * A page loads nothing from a host it does not control, so no image from content is embedded:
 * each becomes a link to the picture, named by its alt text ("Image: graph of error rates").
 * An embedded image would tell its host the address of every reader during an outage, and add
 * weight to the page under its heaviest traffic. Runs after the sanitiser, so the link's address
 * has already passed its scheme rules (http and https only for images).
 */
export function rehypeImagesAsLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
      const src = typeof node.properties.src === 'string' ? node.properties.src : undefined;
      const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() ? node.properties.alt.trim() : 'picture';
      const label = { type: 'text' as const, value: `${IMAGE_LINK_PREFIX}${alt}` };
      // Inside a link already, the image's words join the link's; a link may not hold another.
      const insideLink = parent.type === 'element' && parent.tagName === 'a';
      const replacement: Element | typeof label =
        src && !insideLink ? { type: 'element', tagName: 'a', properties: { href: src }, children: [label] } : label;
      parent.children.splice(index, 1, replacement);
      return index + 1;
    });
  };
}
