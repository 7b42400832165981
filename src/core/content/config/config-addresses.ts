/**
 * The addresses `status.config.yaml` may hold for what the page itself loads: the site's `url`
 * (whose path becomes the base of every link, the stylesheet and the search script) and the
 * `logo`. The page must load nothing from a host its owner did not name, so a base path is a
 * plain path: a backslash or an empty part ("//") can make a browser read the rest as another
 * host, and percent-escapes, spaces and quotes would have to be encoded in every file name and
 * link the build writes. Such addresses are refused, with the nearest plain form to write instead.
 */

export interface AddressProblem {
  /** What is wrong, after the field name. */
  message: string;
  /** What to write instead. */
  hint: string;
}

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
const PATH_RULE = `may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts`;
const ABSOLUTE = /^https?:\/\/([^/\\?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why `text` cannot be the site's `url`, or undefined when it can. */
export function siteUrlProblem(text: string): AddressProblem | undefined {
  const parts = ABSOLUTE.exec(text);
  if (!parts || !URL.canParse(text) || /\s/.test(parts[1]!)) {
    return { message: 'must be an absolute http(s) URL such as https://status.example.com', hint: absoluteHint(text) };
  }
  const [, authority, path = '', query, fragment] = parts;
  const write = `write \`url: ${nearestSiteUrl(text)}\``;
  if (authority!.includes('@')) return { message: 'holds a user name or password before "@", which every page would publish', hint: write };
  if (query) return { message: `cannot have a query (${quoted(query)}); the address ends with the base path`, hint: write };
  if (fragment) return { message: `cannot have a fragment (${quoted(fragment)}); the address ends with the base path`, hint: write };
  if (PLAIN_PATH.test(path)) return undefined;
  return { message: `the base path ${quoted(path)} ${pathFindings(path)}; a base path ${PATH_RULE}`, hint: write };
}

/** Why `text` cannot be the `logo`, or undefined when it can. */
export function logoProblem(text: string): AddressProblem | undefined {
  if (isExternalLogo(text) || PLAIN_FILE.test(text)) return undefined;
  const is = `a logo is a file in public/, such as /logo.svg, or an https: address`;
  const inPublic = `put the image in public/ and write \`logo: /${fileName(text)}\``;
  const schemeRelative = /^[/\\]{2}/.exec(text);
  if (schemeRelative) {
    const https = `https://${text.replace(/^[/\\]+/, '').replace(/\\/g, '/')}`;
    const host = URL.canParse(https) ? new URL(https).host : undefined;
    return {
      message: `${quoted(text)} starts with ${quoted(schemeRelative[0])}, so it would load from another host; ${is}`,
      hint: host ? `${inPublic}; or, to load it from ${host} (see the README), \`logo: ${https}\`` : inPublic,
    };
  }
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'http' && URL.canParse(text)) {
    return { message: `${quoted(text)} is not encrypted (http:); ${is}`, hint: `write \`logo: ${text.replace(/^http:/i, 'https:')}\`, or ${inPublic}` };
  }
  if (scheme === 'https') {
    const what = authorityOf(text).includes('@') ? 'holds a user name or password before "@", which every page would publish' : 'is not a full address';
    return { message: `${quoted(text)} ${what}; ${is}`, hint: inPublic };
  }
  if (scheme) return { message: `${quoted(text)} is a ${scheme}: address; ${is}`, hint: inPublic };
  return {
    message: `the path ${quoted(text)} ${pathFindings(text)}; a path in public/ ${PATH_RULE}`,
    hint: `rename the file if needed and write \`logo: ${text.startsWith('/') ? '/' : ''}${plainParts(withoutQuery(text)).join('/')}\``,
  };
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

/** What is wrong with a path that is not plain, in words. */
function pathFindings(path: string): string {
  const findings: string[] = [];
  if (path.includes('\\')) findings.push('holds "\\", which a browser reads as "/"');
  if (/\/\//.test(path)) findings.push('has an empty part ("//"), which a browser can read as another host');
  if (path.split(/[/\\]/).some((p) => p === '.' || p === '..')) findings.push('has a "." or ".." part');
  const odd = [...new Set(path.match(new RegExp(`%[0-9A-Fa-f]{2}|[^${PART_CHARS}/\\\\]`, 'gu')) ?? [])];
  if (odd.length) findings.push(`holds ${listed(odd.map(quoted))}`);
  return findings.join(' and ');
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

function absoluteHint(text: string): string {
  const guess = `https://${text}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(text) && !siteUrlProblem(guess)) return `write \`url: ${new URL(guess).href}\``;
  return 'write the address the page is published at, such as `url: https://acme.github.io/status/`';
}

/** A piece of the value in quotes; a quote itself in the other kind, a control character by its code. */
function quoted(piece: string): string {
  if (piece === '"') return `'"'`;
  if (/^\p{Cc}$/u.test(piece)) return `U+${piece.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${piece}"`;
}

function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
