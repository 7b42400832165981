/** A team's own CSS, from statusmark()'s `customCss` (see src/integrations/custom-css.ts); '' when there is none. */
declare module 'virtual:statusmark/custom-css' {
  const css: string;
  export default css;
}
