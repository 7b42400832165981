import { entry } from '../entry.ts';

const PATH_RULE = `may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts`;
const IS = 'a logo is a file in public/, such as /logo.svg, or an https: address';
const CREDENTIALS = 'holds a user name or password before "@", which every page would publish';

/** What is wrong with a path that is not plain, each already quoted where it names characters. */
export interface PathFindings {
  backslash: boolean;
  emptyPart: boolean;
  dotPart: boolean;
  /** The odd characters and escapes, each in quotes. */
  odd: readonly string[];
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function pathFindings(f: PathFindings): string {
  const findings: string[] = [];
  if (f.backslash) findings.push('holds "\\", which a browser reads as "/"');
  if (f.emptyPart) findings.push('has an empty part ("//"), which a browser can read as another host');
  if (f.dotPart) findings.push('has a "." or ".." part');
  if (f.odd.length) findings.push(`holds ${listed(f.odd)}`);
  return findings.join(' and ');
}

export interface Write {
  /** The nearest address that would do, as `url:` should hold it. */
  nearest: string;
}
const writeUrl = ({ nearest }: Write) => `write \`url: ${nearest}\``;

export interface Logo {
  /** The value in quotes. */
  value: string;
  /** The file name to suggest in public/. */
  file: string;
}
const inPublic = ({ file }: Logo) => `put the image in public/ and write \`logo: /${file}\``;

/**
 * The `url` and `logo` of the config that a page would load wrongly (the rest of a finding's
 * message follows the field name, as the schema reports it under `invalid-field`).
 */
export const ADDRESS_MESSAGES = {
  urlNotAbsolute: entry('invalid-field', {
    message: (_: { guess: string | undefined }) => 'must be an absolute http(s) URL such as https://status.example.com',
    hint: ({ guess }) =>
      guess ? `write \`url: ${guess}\`` : 'write the address the page is published at, such as `url: https://acme.github.io/status/`',
  }),
  urlCredentials: entry('invalid-field', { message: (_: Write) => CREDENTIALS, hint: writeUrl }),
  urlQuery: entry('invalid-field', {
    message: ({ query }: Write & { query: string }) => `cannot have a query (${query}); the address ends with the base path`,
    hint: writeUrl,
  }),
  urlFragment: entry('invalid-field', {
    message: ({ fragment }: Write & { fragment: string }) => `cannot have a fragment (${fragment}); the address ends with the base path`,
    hint: writeUrl,
  }),
  urlBasePath: entry('invalid-field', {
    message: ({ path, findings }: Write & { path: string; findings: PathFindings }) =>
      `the base path ${path} ${pathFindings(findings)}; a base path ${PATH_RULE}`,
    hint: writeUrl,
  }),
  logoOtherHost: entry('invalid-field', {
    message: ({ value, start }: Logo & { start: string; host: string | undefined; https: string }) =>
      `${value} starts with ${start}, so it would load from another host; ${IS}`,
    hint: (p) => (p.host ? `${inPublic(p)}; or, to load it from ${p.host} (see the README), \`logo: ${p.https}\`` : inPublic(p)),
  }),
  logoHttp: entry('invalid-field', {
    message: ({ value }: Logo & { https: string }) => `${value} is not encrypted (http:); ${IS}`,
    hint: (p) => `write \`logo: ${p.https}\`, or ${inPublic(p)}`,
  }),
  logoCredentials: entry('invalid-field', { message: ({ value }: Logo) => `${value} ${CREDENTIALS}; ${IS}`, hint: inPublic }),
  logoNotFull: entry('invalid-field', { message: ({ value }: Logo) => `${value} is not a full address; ${IS}`, hint: inPublic }),
  logoScheme: entry('invalid-field', {
    message: ({ value, scheme }: Logo & { scheme: string }) => `${value} is a ${scheme}: address; ${IS}`,
    hint: inPublic,
  }),
  logoPath: entry('invalid-field', {
    message: ({ value, findings }: { value: string; findings: PathFindings; plain: string }) =>
      `the path ${value} ${pathFindings(findings)}; a path in public/ ${PATH_RULE}`,
    hint: ({ plain }) => `rename the file if needed and write \`logo: ${plain}\``,
  }),
};
