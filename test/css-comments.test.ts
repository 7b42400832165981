import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { withoutComments } from '../src/lib/css-comments.ts';

const SITE_CSS = readFileSync('src/styles/site.css', 'utf8');

/** Every rule of a stylesheet as its selector (inside its at-rules) and declarations, as PostCSS reads them. */
function rules(css: string): string[] {
  const out: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    const at = rule.parent?.type === 'atrule' ? `@${(rule.parent as postcss.AtRule).name} ${(rule.parent as postcss.AtRule).params} ` : '';
    const declarations: string[] = [];
    rule.walkDecls((d) => {
      declarations.push(`${d.prop}: ${d.value}${d.important ? ' !important' : ''}`);
    });
    out.push(`${at}${rule.selector} { ${declarations.join('; ')} }`);
  });
  return out;
}

describe('withoutComments', () => {
  it('leaves the site’s stylesheet every rule and declaration, and none of its comments', () => {
    const shipped = withoutComments(SITE_CSS);
    expect(SITE_CSS).toContain('/*');
    expect(shipped).not.toContain('/*');
    expect(rules(shipped)).toEqual(rules(SITE_CSS));
    expect(rules(shipped).length).toBeGreaterThan(100);
  });

  it('keeps what only looks like a comment, inside a string or an address', () => {
    const css = '/* a */ .a::before { content: "/* not a comment */"; background: url(/x/*.svg); } /* b */';
    expect(withoutComments(css)).toBe('.a::before { content: "/* not a comment */"; background: url(/x/*.svg); }');
  });
});
