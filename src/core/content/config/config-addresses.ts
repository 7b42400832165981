/**
 * The addresses `status.config.yaml` may hold for what the page itself loads: the site's `url`
 * (whose path becomes the base of every link, the stylesheet and the search script) and the
 * `logo`. The page must load nothing from a host its owner did not name, so a base path is a
 * plain path: a backslash or an empty part ("//") can make a browser read the rest as another
 * host, and percent-escapes, spaces and quotes would have to be encoded in every file name and
 * link the build writes. Such addresses are refused, with the nearest plain form to write instead.
 */
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { render, type Rendered } from '../../diagnostics/catalog/entry.ts';
import type { PathFindings } from '../../diagnostics/catalog/messages/addresses.ts';

/** What is wrong (the message follows the field name) and what to write instead. */
export type AddressProblem = Rendered;

const PART_CHARS = 'A-Za-z0-9._~\\-';
/** One part of a plain path: not "." or "..", which a browser resolves away. */
const PART = `(?!\\.\\.?(?:/|$))[${PART_CHARS}]+`;
const HOST = '[^/\\\\?#@\\s]+';

/** What editors check `url` against (the JSON Schema); `siteUrlProblem` says why a value fails. */
export const SITE_URL_PATTERN = `^[Hh][Tt][Tt][Pp][Ss]?://${HOST}(?:/${PART})*/?$`;
/** What editors check `logo` against: a path of a file in public/, or an https: address. */
export const LOGO_PATTERN = `^(?:/?${PART}(?:/${PART})*|[Hh][Tt][Tt][Pp][Ss]://${HOST}(?:[/?#]\\S*)?)$`;

const PLAIN_PATH = new RegExp(`^(?:/${PART})*/?$`);
const PLAIN_FILE = new RegExp(`^/?${PART}(?:/${PART})*$`);
const ABSOLUTE = /^https?:\/\/([^/\\?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why `text` cannot be the site's `url`, or undefined when it can. */
export function siteUrlProblem(text: string): AddressProblem | undefined {
  const parts = ABSOLUTE.exec(text);
  if (!parts || !URL.canParse(text) || /\s/.test(parts[1]!)) {
    return render(CATALOG.urlNotAbsolute, { guess: absoluteGuess(text) });
  }
  const [, authority, path = '', query, fragment] = parts;
  const nearest = nearestSiteUrl(text);
  if (authority!.includes('@')) return render(CATALOG.urlCredentials, { nearest });
  if (query) return render(CATALOG.urlQuery, { nearest, query: quoted(query) });
  if (fragment) return render(CATALOG.urlFragment, { nearest, fragment: quoted(fragment) });
  if (PLAIN_PATH.test(path)) return undefined;
  return render(CATALOG.urlBasePath, { nearest, path: quoted(path), findings: pathFindings(path) });
}

/** Why `text` cannot be the `logo`, or undefined when it can. */
export function logoProblem(text: string): AddressProblem | undefined {
  if (isExternalLogo(text) || PLAIN_FILE.test(text)) return undefined;
  const logo = { value: quoted(text), file: fileName(text) };
  const schemeRelative = /^[/\\]{2}/.exec(text);
  if (schemeRelative) {
    const https = `https://${text.replace(/^[/\\]+/, '').replace(/\\/g, '/')}`;
    const host = URL.canParse(https) ? new URL(https).host : undefined;
    return render(CATALOG.logoOtherHost, { ...logo, start: quoted(schemeRelative[0]), host, https });
  }
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'http' && URL.canParse(text)) return render(CATALOG.logoHttp, { ...logo, https: text.replace(/^http:/i, 'https:') });
  if (scheme === 'https') return render(authorityOf(text).includes('@') ? CATALOG.logoCredentials : CATALOG.logoNotFull, logo);
  if (scheme) return render(CATALOG.logoScheme, { ...logo, scheme });
  const plain = `${text.startsWith('/') ? '/' : ''}${plainParts(withoutQuery(text)).join('/')}`;
  return render(CATALOG.logoPath, { value: quoted(text), findings: pathFindings(text), plain });
}

/** An https: logo is loaded from its own host; any other logo is a file under the site's base. */
export function isExternalLogo(logo: string): boolean {
  return /^https:\/\//i.test(logo) && URL.canParse(logo) && !/[@\s]/.test(authorityOf(logo));
}

/** The host part of an address as written, before a browser tidies it: `user@host:port`. */
function authorityOf(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/\\?#]*)/i.exec(text)?.[1] ?? '';
}

/** The address of the logo on a page of the site whose base path is `base` (ending in "/"). */
export function logoSource(logo: string, base: string): string {
  return isExternalLogo(logo) ? logo : `${base}${logo.replace(/^\//, '')}`;
}

/** What is wrong with a path that is not plain. */
function pathFindings(path: string): PathFindings {
  return {
    backslash: path.includes('\\'),
    emptyPart: /\/\//.test(path),
    dotPart: path.split(/[/\\]/).some((p) => p === '.' || p === '..'),
    odd: [...new Set(path.match(new RegExp(`%[0-9A-Fa-f]{2}|[^${PART_CHARS}/\\\\]`, 'gu')) ?? [])].map(quoted),
  };
}

/** The address a browser would read `text` as, with its path made plain. */
function nearestSiteUrl(text: string): string {
  const url = new URL(text);
  const parts = plainParts(url.pathname);
  return `${url.origin}/${parts.map((p) => `${p}/`).join('')}`;
}

/** The parts of a path, each decoded, stripped of accents, with any other character run made "-". */
function plainParts(path: string): string[] {
  return path
    .split(/[/\\]/)
    .map((part) => {
      let decoded = part;
      try {
        decoded = decodeURIComponent(part);
      } catch {
        // A stray "%" is not an escape: keep the part as written.
      }
      return decoded
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(new RegExp(`[^${PART_CHARS}]+`, 'g'), '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '');
    })
    .filter((part) => part !== '' && part !== '.' && part !== '..');
}

function withoutQuery(text: string): string {
  return text.replace(/[?#].*$/s, '');
}

function fileName(text: string): string {
  const last = plainParts(withoutQuery(text)).pop();
  return last && /\.[A-Za-z0-9]+$/.test(last) ? last : 'logo.svg';
}

/** The address `text` may have meant, written without its scheme. */
function absoluteGuess(text: string): string | undefined {
  const guess = `https://${text}`;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(text) && !siteUrlProblem(guess) ? new URL(guess).href : undefined;
}

/** A piece of the value in quotes; a quote itself in the other kind, a control character by its code. */
function quoted(piece: string): string {
  if (piece === '"') return `'"'`;
  if (/^\p{Cc}$/u.test(piece)) return `U+${piece.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${piece}"`;
}
