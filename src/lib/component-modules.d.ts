/**
 * The components statusmark()'s `components` option can replace (src/integrations/component-overrides.ts):
 * each module is typed as our default, so a page passes an override the props the default takes.
 */
declare module 'virtual:statusmark/components/Banner' {
  const Banner: typeof import('../components/Banner.astro').default;
  export default Banner;
}
declare module 'virtual:statusmark/components/Footer' {
  const Footer: typeof import('../components/Footer.astro').default;
  export default Footer;
}
declare module 'virtual:statusmark/components/Header' {
  const Header: typeof import('../components/Header.astro').default;
  export default Header;
}
declare module 'virtual:statusmark/components/IncidentCard' {
  const IncidentCard: typeof import('../components/IncidentCard.astro').default;
  export default IncidentCard;
}
declare module 'virtual:statusmark/components/IncidentList' {
  const IncidentList: typeof import('../components/IncidentList.astro').default;
  export default IncidentList;
}
declare module 'virtual:statusmark/components/Pager' {
  const Pager: typeof import('../components/Pager.astro').default;
  export default Pager;
}
declare module 'virtual:statusmark/components/Pill' {
  const Pill: typeof import('../components/Pill.astro').default;
  export default Pill;
}
declare module 'virtual:statusmark/components/Subscribe' {
  const Subscribe: typeof import('../components/Subscribe.astro').default;
  export default Subscribe;
}
declare module 'virtual:statusmark/components/Timeline' {
  const Timeline: typeof import('../components/Timeline.astro').default;
  export default Timeline;
}
declare module 'virtual:statusmark/components/UptimeBar' {
  const UptimeBar: typeof import('../components/UptimeBar.astro').default;
  export default UptimeBar;
}
