/** The site model every page and endpoint renders (see src/integrations/build-model.ts). */
declare module 'virtual:statusmark/site-model' {
  export const siteModel: import('../core/site/site.ts').SiteModel;
}
