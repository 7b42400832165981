import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One page of the sample app: how it includes `/embed.js`, and what it does to the banner's surroundings. */
export interface SampleAppPage {
  /** The address of embed.js on the status site; without it, the page has no banner at all. */
  script?: string;
  /** The script tag's `data-*` options, e.g. `{ position: 'top', theme: 'dark' }`. */
  data?: Record<string, string>;
  /** The app's own CSS, after its usual styles: what a hostile or careless host page does. */
  css?: string;
  /** `<html dir>` and `lang`: an app in a right-to-left language. */
  dir?: 'ltr' | 'rtl';
  lang?: string;
  /** More headers for the page, e.g. a Content-Security-Policy; the app's CSS then comes as a file. */
  headers?: Record<string, string>;
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const APP_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222;background:#f6f7f9}
header{background:#24292f;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1.5rem;align-items:center}
header strong{font-size:1.1rem}header a{color:#fff}
main{padding:1.5rem;max-width:60rem;margin:auto}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem;padding:0;list-style:none}
.cards li{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:1rem}
#status-slot{margin:0 0 1rem}`;

function pageHtml(page: SampleAppPage, cssHref: string | undefined): string {
  const data = Object.entries(page.data ?? {})
    .map(([key, value]) => ` data-${key}="${escapeAttr(value)}"`)
    .join('');
  const css = cssHref ? `<link rel="stylesheet" href="${cssHref}">` : `<style>${APP_CSS}\n${page.css ?? ''}</style>`;
  return `<!doctype html>
<html lang="${page.lang ?? 'en'}" dir="${page.dir ?? 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme Dashboard</title>${css}
${page.script ? `<script src="${escapeAttr(page.script)}" async${data}></script>` : ''}</head>
<body>
<header><strong>Acme</strong><nav aria-label="App"><a href="#projects">Projects</a> · <a href="#billing">Billing</a></nav></header>
<main id="main">
<div id="status-slot"></div>
<h1>Projects</h1>
<ul class="cards">
<li><h2>Checkout</h2><p>Deployed 2 hours ago.</p><a class="title" href="#checkout">Open Checkout</a></li>
<li><h2>Search</h2><p>Deployed yesterday.</p><a class="title" href="#search">Open Search</a></li>
<li><h2>Mobile API</h2><p>Deployed 3 days ago.</p><a class="title" href="#mobile">Open Mobile API</a></li>
</ul>
</main>
</body>
</html>`;
}

/**
 * "Acme Dashboard", a team's own app on 127.0.0.1, on an origin of its own (a port other than the
 * status site's), for the embed's tests and the README's picture of its banner. `add` makes a page
 * and answers its address.
 */
export async function serveSampleApp(): Promise<{ add: (page: SampleAppPage) => string; close: () => Promise<void> }> {
  const pages = new Map<string, { html: string; css: string; headers: Record<string, string> }>();
  const server = createServer((req, res) => {
    const [path = '', kind] = (req.url ?? '').split('?');
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    if (kind === 'css') res.writeHead(200, { 'Content-Type': 'text/css' }).end(page.css);
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    add(page) {
      const path = `/app/${pages.size + 1}/`;
      const cssHref = page.headers ? `${path}?css` : undefined;
      pages.set(path, { html: pageHtml(page, cssHref), css: `${APP_CSS}\n${page.css ?? ''}`, headers: page.headers ?? {} });
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
