import postcss from 'postcss';

/**
 * A stylesheet without its comments, every rule and declaration as written. Ours explain the rules
 * to whoever edits them; every reader of the home page would otherwise download them first.
 */
export function withoutComments(css: string): string {
  const root = postcss.parse(css);
  root.walkComments((comment) => {
    comment.remove();
  });
  return root.toString();
}
