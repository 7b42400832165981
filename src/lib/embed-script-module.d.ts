/** `/embed.js` as built (see src/integrations/embed-script.ts). */
declare module 'virtual:statusmark/embed-script' {
  const script: string;
  export default script;
}
