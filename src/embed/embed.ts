import type { EmbedDocument, EmbedItem } from '../core/outputs/embed/index.ts';
import { BANNER_CSS } from './banner-style.ts';

/**
 * `/embed.js`, for a team's own app: `<script src="https://status.example/embed.js" async></script>`
 * shows a small banner while an incident or maintenance is open, read from `embed.json` beside the
 * script. Options are the tag's `data-*` attributes (README, "Embed the status in your app").
 * Nothing it does may trouble the host page: no cookies, storage or other origins, text set as
 * text only, a shadow root for its styles, no focus taken, and silence when the status site is
 * down or slow (the banner just stays away until the next try).
 */

/** How long the status site may take to answer; after that, the banner waits for the next try. */
const TIMEOUT_MS = 8000;
/** How often an open page asks again, so an incident opened later shows without a reload. */
const REFRESH_MS = 300_000;
/** How often the reader's clock is compared with the windows: a maintenance starts and ends on time. */
const TICK_MS = 60_000;

type Item = Pick<EmbedItem, 'kind' | 'title' | 'effect' | 'status' | 'from' | 'until'> & { href: string };

function embed(script: HTMLScriptElement): void {
  const source = new URL('embed.json', script.src);
  const { position, theme, target } = script.dataset;
  const place = target ? document.querySelector(target) : document.body;
  if (!place) return;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node): HTMLElementTagNameMap[K] =>
    parent.appendChild(document.createElement(tag));

  const host = document.createElement('statusmark-banner');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(BANNER_CSS);
  // Adopted rather than a <style> element, which a host page's Content-Security-Policy could refuse.
  root.adoptedStyleSheets = [sheet];
  const section = make('section', root);
  section.className = `${target ? 'inline' : position === 'top' ? 'top' : 'bottom'} ${theme === 'light' || theme === 'dark' ? theme : ''}`;
  section.dir = getComputedStyle(place).direction;
  // In the page, empty, from the start: screen readers announce what later appears in a live region
  // they already know, politely, and an empty region takes no room.
  const live = make('div', section);
  live.setAttribute('role', 'status');
  const list = make('ul', live);
  const dismiss = make('button', section);
  dismiss.type = 'button';
  dismiss.textContent = '×';
  dismiss.hidden = true;
  if (target) place.append(host);
  else if (position === 'top') place.prepend(host);
  else place.append(host);

  let items: Item[] = [];
  let loadedAt = 0;
  let drawn = '';
  // Kept in memory only (no storage may be used): it lasts while the page does, and until what is open changes.
  let dismissed = '';

  const draw = () => {
    const now = Date.now();
    const open = items.filter((i) => (!i.from || Date.parse(i.from) <= now) && (!i.until || now < Date.parse(i.until)));
    const key = open.map((i) => `${i.href} ${i.status}`).join('\n');
    const shown = key === dismissed ? '' : key;
    if (shown === drawn) return;
    drawn = shown;
    list.replaceChildren();
    if (shown) {
      for (const i of open) {
        const li = make('li', list);
        li.className = i.kind;
        const a = make('a', li);
        a.href = i.href;
        a.dir = 'auto';
        a.textContent = i.title;
        make('span', li).textContent = `${i.effect} · ${i.status}`;
      }
    }
    section.classList.toggle('on', !!shown);
    dismiss.hidden = !shown;
  };

  dismiss.onclick = () => {
    dismissed = drawn;
    draw();
  };

  const load = async () => {
    loadedAt = Date.now();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(source, { credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer', signal: abort.signal });
      if (response.ok) {
        const doc = (await response.json()) as EmbedDocument;
        section.lang = doc.lang;
        section.setAttribute('aria-label', doc.texts.region);
        dismiss.setAttribute('aria-label', doc.texts.dismiss);
        items = doc.items.flatMap((i) => {
          const href = new URL(i.url, source);
          return /^https?:$/.test(href.protocol) && typeof i.title === 'string' ? [{ ...i, href: href.href }] : [];
        });
      }
    } catch {
      // Unreachable, slow or not our JSON: show what the last good answer said, or nothing.
    }
    clearTimeout(timer);
    draw();
  };

  const tick = () => {
    if (document.visibilityState === 'hidden') return;
    if (Date.now() - loadedAt >= REFRESH_MS) void load();
    else draw();
  };
  // Asked first, so the tick five minutes on finds the answer five minutes old.
  void load();
  setInterval(tick, TICK_MS);
  document.addEventListener('visibilitychange', tick);
}

// Only while the script first runs does the page say which tag it is.
((script) => {
  if (!(script instanceof HTMLScriptElement)) return;
  const start = () => {
    try {
      embed(script);
    } catch {
      // An old browser or a bad data-target: no banner, and nothing in the host page's console.
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(document.currentScript);
