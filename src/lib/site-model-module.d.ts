/** The site model every page and endpoint renders (see src/integrations/build-model.ts). */
declare module 'virtual:statusmark/site-model' {
  // An ambient module may not import a relative path, so the type is named inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const siteModel: import('../core/site/site.ts').SiteModel;
}
