import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../src/core/diagnostics/catalog/all-rules.ts';
import { CATALOG, MESSAGE_AREAS } from '../src/core/diagnostics/catalog/catalog.ts';
import { CONTENT_CODES } from '../src/core/diagnostics/catalog/content-codes.ts';
import { render, type MessageEntry } from '../src/core/diagnostics/catalog/entry.ts';
import { DiagnosticBag } from '../src/core/diagnostics/diagnostics.ts';

/**
 * The exact wording of every entry of the catalog: sample parameters → message and hint. An entry
 * reworded, emptied, or added without a row here fails. A change of wording is a change users
 * see: make it on purpose, in both places.
 */
const TABLE: Record<keyof typeof CATALOG, [params: object, message: string, hint: string | undefined]> = {
  linkOutside: [
    { target: '/etc/passwd', boundary: 'the content root' },
    'this is a symlink to /etc/passwd, which is outside the content root',
    'a symlink must lead to a file or folder inside the content root, so nothing from elsewhere on the machine is read or published; copy the file here instead',
  ],
  linkIntoGit: [
    { target: '../.git/config' },
    'this is a symlink to ../.git/config, inside a .git folder',
    '.git holds the checkout’s settings and credentials, so nothing in it is ever read or published; remove the link',
  ],
  gitFolder: [
    { top: 'public' },
    'this is a .git folder',
    '.git holds the checkout’s settings and credentials, so nothing in it is ever read or published; remove it from public/',
  ],
  brokenLink: [
    { target: 'gone.md', boundary: 'the content root' },
    'this is a symlink to gone.md, which does not exist',
    'point the link at an existing file inside the content root, or remove it',
  ],
  linkCircle: [
    { target: 'loop' },
    'this is a symlink to loop, which leads round in a circle of links',
    'remove the link; every folder is read once, where it is',
  ],
  linkToHolder: [
    { target: '..' },
    'this is a symlink to .., a folder that holds it, so it would be read forever',
    'remove the link; every folder is read once, where it is',
  ],
  linkToFolderRead: [
    { target: '../2026', readAs: 'incidents/2026' },
    'this is a symlink to ../2026, a folder that is already read as incidents/2026',
    'remove the link; every folder is read once, where it is',
  ],
  notAFile: [
    { kind: 'fifo' },
    'this is a named pipe (FIFO), not a file',
    'only plain files are read here; replace it with a file, or remove it',
  ],
  tooLarge: [
    { size: 2000000, limit: 1048576 },
    'the file is 2,000,000 bytes, more than the 1 MB (1,048,576 bytes) a content file may hold',
    'an incident is a few KB of text: check that this is the file you meant to add, or shorten it',
  ],
  unreadable: [
    { code: 'EACCES', error: 'EACCES: permission denied, open' },
    'cannot read this: permission denied',
    'make it readable (for example `chmod a+r`), or remove it',
  ],
  headersClash: [
    { header: 'Cache-Control', pattern: '/*', path: '/api/v2/summary.json', ours: 'public, max-age=60, stale-if-error=86400' },
    "this rule (/*) sets Cache-Control for /api/v2/summary.json, which the build's own _headers sets too",
    'hosts send both values joined by a comma, which clients reject; remove Cache-Control from this rule (the build sends "public, max-age=60, stale-if-error=86400") or narrow its path',
  ],
  headersUnreadable: [
    { problem: 'Missing header value' },
    "Netlify's parser cannot read this file: Missing header value",
    'a rule is a path starting with "/" on a line of its own, then its headers on the lines below it, indented, as "Name: value"',
  ],
  duplicateId: [
    { id: '2026-11-20-api', other: 'incidents/2026/2026-11-20-api.md' },
    'the id "2026-11-20-api" is already used by incidents/2026/2026-11-20-api.md',
    'ids are file names and must be unique across sub-folders; rename this file, or with `npm run status -- new` pass --slug to choose its name',
  ],
  noIncidents: [
    {},
    'there are no incident files yet',
    'that is fine for a new page; write the first one with `npm run status -- new` or see the README',
  ],
  noSpaceAfterColon: [
    { line: 'impact:major', name: 'impact', value: 'major' },
    'there is no space after the colon in `impact:major`',
    'write `impact: major`',
  ],
  noColon: [
    { name: 'impact', value: 'major' },
    'this line has no colon after its name',
    'write the name, a colon and a space, then the value, e.g. `impact: major`',
  ],
  duplicateKey: [
    { name: 'title', firstLine: 2 },
    '`title` is written twice; the first is on line 2',
    'keep one `title:` and remove the other',
  ],
  specialStart: [
    { char: '@', before: 'owner: ', quoted: '"@alice"' },
    'a value that starts with `@` must be in quotes',
    'put the whole value in quotes: owner: "@alice"',
  ],
  colonInValue: [
    { before: 'title: ', quoted: '"API: errors"' },
    'a value with ": " in it must be in quotes',
    'put the whole value in quotes: title: "API: errors"',
  ],
  quoteEndsEarly: [
    { quote: '"', before: 'title: ', quoted: '\'The "Dashboard" is slow\'' },
    'a `"` inside this quoted value ends it early',
    'write it with the other kind of quotes: title: \'The "Dashboard" is slow\'',
  ],
  unclosedQuote: [
    { quote: '"', closed: 'title: "API errors"' },
    'the `"` quote that starts here is not closed',
    'end the text with another `"` on the same line: title: "API errors"',
  ],
  unclosedBracket: [
    { open: '[', close: ']', closed: 'components: [api]' },
    'a `[` is not closed',
    'close it with `]` on the same line: components: [api]',
  ],
  unreadableLine: [{}, 'this line cannot be read', 'check quotes, colons and indentation; a value with `: ` or `#` in it needs "quotes"'],
  itemAmongFields: [
    { asField: 'impact' },
    'this line is a list item ("- ") but the lines above it are "name: value" lines',
    'write it like them, without "- " (`impact: …`), or put "- " in front of each of them',
  ],
  fieldAmongItems: [
    { body: 'impact: minor' },
    'this line is a "name: value" line but the lines above it are list items ("- ")',
    'start it with "- " like them (`- impact: minor`), or take the "- " off each of them',
  ],
  firstLineIndented: [{}, 'this line is indented more than the lines below it', 'start it at the beginning of the line'],
  indentedUnlikeAbove: [
    { more: true, column: 2, like: { number: 3, text: '- id: api' } },
    'this line is indented more than the lines above it',
    'indent it by 2 spaces, the same as line 3 (`- id: api`)',
  ],
  tabIndent: [{}, 'this line is indented with a tab', 'indent with spaces, not tabs, lined up with the lines above it'],
  tabIndentAligned: [
    { column: 4, like: { number: 5, text: 'name: API' } },
    'this line is indented with a tab',
    'use 4 spaces instead of the tab, the same as line 5 (`name: API`)',
  ],
  aliasBomb: [{}, 'too many repeats with `*name`', 'write the values out instead of repeating them with `*name`'],
  aliasWithoutAnchor: [
    { name: 'base' },
    'there is no `&base` before `*base` for it to repeat',
    'a value that starts with `*` must be in quotes, unless it repeats a value marked `&name` above it',
  ],
  configMissing: [
    { root: '/srv/status' },
    'no status.config.yaml in /srv/status',
    'create it with at least `name`, `url` and `components`; see the README',
  ],
  configNotAMap: [{}, 'status.config.yaml must be a map of settings', 'start with `name: My Status`'],
  duplicateComponent: [{ id: 'api', firstLine: 7 }, 'component id "api" is already used on line 7', 'give each component its own id'],
  contractTooNew: [
    { declared: 2, known: 1 },
    'status.config.yaml follows content contract 2, but this Statusmark knows contract 1 at most',
    'install the newer Statusmark this content was written for: `npm install statusmark@latest`',
  ],
  olderSchemaLine: [
    {
      target: './status.config.schema.json',
      replacement: '# yaml-language-server: $schema=./node_modules/statusmark/status.config.schema.json',
    },
    'the $schema line points at ./status.config.schema.json, which this repository does not have (a copy of Statusmark 0.1 had it)',
    'write `# yaml-language-server: $schema=./node_modules/statusmark/status.config.schema.json`, the schema of the installed Statusmark, or run `npx statusmark upgrade`, which rewrites it',
  ],
  unknownField: [
    { key: 'titel', where: 'frontmatter', guess: 'title', allowed: ['title', 'impact'] },
    'unknown field "titel" in frontmatter; did you mean "title"?',
    'the fields here are: title, impact',
  ],
  missingField: [
    { field: 'name', key: 'name', description: 'The name of the page' },
    'name is required',
    'add `name: …` — The name of the page',
  ],
  missingFieldSaid: [
    { said: 'every incident needs a `title`', key: 'title', description: 'What customers see' },
    'every incident needs a `title`',
    'add `title: …` — What customers see',
  ],
  wrongType: [
    { field: 'policy.update_interval_minutes', expected: 'number', value: '"soon"', description: 'Minutes between updates' },
    'policy.update_interval_minutes: must be a number, not "soon"',
    'write a whole number such as 15 (Minutes between updates)',
  ],
  notOneOf: [
    { field: 'impact', value: '"huge"', values: ['none', 'minor', 'major', 'critical'] },
    'impact: "huge" is not one of: none, minor, major, critical',
    'write one of: none, minor, major, critical',
  ],
  emptyText: [{ field: 'title', description: 'What customers see' }, 'title: must not be empty', 'What customers see'],
  emptyList: [
    { field: 'components', description: 'What your status page reports on' },
    'components: must not be an empty list',
    'What your status page reports on',
  ],
  tooSmall: [{ field: 'policy.first_update_minutes', minimum: '1' }, 'policy.first_update_minutes: must be at least 1', undefined],
  wrongForm: [{ field: 'owner', description: 'GitHub handles' }, 'owner: has the wrong form', 'GitHub handles'],
  invalidSaid: [
    {
      field: 'url',
      said: 'must be an absolute http(s) URL such as https://status.example.com',
      ownHint: 'write `url: https://status.example.com/`',
    },
    'url: must be an absolute http(s) URL such as https://status.example.com',
    'write `url: https://status.example.com/`',
  ],
  invalid: [{ field: 'language' }, 'language: is not valid', undefined],
  urlNotAbsolute: [
    { guess: 'https://status.example.com/' },
    'must be an absolute http(s) URL such as https://status.example.com',
    'write `url: https://status.example.com/`',
  ],
  urlCredentials: [
    { nearest: 'https://status.example.com/' },
    'holds a user name or password before "@", which every page would publish',
    'write `url: https://status.example.com/`',
  ],
  urlQuery: [
    { nearest: 'https://status.example.com/', query: '"?a=1"' },
    'cannot have a query ("?a=1"); the address ends with the base path',
    'write `url: https://status.example.com/`',
  ],
  urlFragment: [
    { nearest: 'https://status.example.com/', fragment: '"#top"' },
    'cannot have a fragment ("#top"); the address ends with the base path',
    'write `url: https://status.example.com/`',
  ],
  urlBasePath: [
    {
      nearest: 'https://example.com/my-status/',
      path: '"/my status/"',
      findings: { backslash: false, emptyPart: false, dotPart: false, odd: ['" "'] },
    },
    'the base path "/my status/" holds " "; a base path may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts',
    'write `url: https://example.com/my-status/`',
  ],
  logoOtherHost: [
    {
      value: '"//cdn.example.com/logo.svg"',
      file: 'logo.svg',
      start: '"//"',
      host: 'cdn.example.com',
      https: 'https://cdn.example.com/logo.svg',
    },
    '"//cdn.example.com/logo.svg" starts with "//", so it would load from another host; a logo is a file in public/, such as /logo.svg, or an https: address',
    'put the image in public/ and write `logo: /logo.svg`; or, to load it from cdn.example.com (see the README), `logo: https://cdn.example.com/logo.svg`',
  ],
  logoHttp: [
    { value: '"http://example.com/logo.svg"', file: 'logo.svg', https: 'https://example.com/logo.svg' },
    '"http://example.com/logo.svg" is not encrypted (http:); a logo is a file in public/, such as /logo.svg, or an https: address',
    'write `logo: https://example.com/logo.svg`, or put the image in public/ and write `logo: /logo.svg`',
  ],
  logoCredentials: [
    { value: '"https://me:pw@example.com/logo.svg"', file: 'logo.svg' },
    '"https://me:pw@example.com/logo.svg" holds a user name or password before "@", which every page would publish; a logo is a file in public/, such as /logo.svg, or an https: address',
    'put the image in public/ and write `logo: /logo.svg`',
  ],
  logoNotFull: [
    { value: '"https://"', file: 'logo.svg' },
    '"https://" is not a full address; a logo is a file in public/, such as /logo.svg, or an https: address',
    'put the image in public/ and write `logo: /logo.svg`',
  ],
  logoScheme: [
    { value: '"data:image/png;base64,AAAA"', file: 'logo.svg', scheme: 'data' },
    '"data:image/png;base64,AAAA" is a data: address; a logo is a file in public/, such as /logo.svg, or an https: address',
    'put the image in public/ and write `logo: /logo.svg`',
  ],
  logoPath: [
    {
      value: '"/img\\my logo.svg"',
      findings: { backslash: true, emptyPart: true, dotPart: true, odd: ['" "', '"%20"'] },
      plain: '/img/my-logo.svg',
    },
    'the path "/img\\my logo.svg" holds "\\", which a browser reads as "/" and has an empty part ("//"), which a browser can read as another host and has a "." or ".." part and holds " " and "%20"; a path in public/ may hold only letters (A–Z, a–z), digits, "-", "_", "." and "~", with one "/" between parts',
    'rename the file if needed and write `logo: /img/my-logo.svg`',
  ],
  componentIdForm: [{}, 'must be lower-case letters, digits, "-" or "_" (it appears in URLs), e.g. "api" or "email-delivery"', undefined],
  languageTag: [{}, 'must be a language tag such as "en" or "en-GB"', undefined],
  timeZoneName: [{}, 'must be an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York"', undefined],
  unknownMessageKey: [
    { key: 'overall.nome', guess: 'overall.none' },
    'there is no message "overall.nome"; did you mean "overall.none"?',
    'the keys are those of the English catalog, src/core/i18n/messages/en.json in the statusmark package',
  ],
  invalidMessage: [
    { key: 'home.last_updated', problems: ['it lacks {time}'], english: 'Last updated {time}' },
    'the message "home.last_updated" cannot be used: it lacks {time}',
    'write it in ICU MessageFormat with the placeholders of the English one: Last updated {time}',
  ],
  noCatalog: [
    { locale: 'tlh', missing: 156, shipped: ['de', 'en'] },
    'Statusmark ships no messages for "tlh", so 156 of the page\'s fixed texts are in English',
    'pick a shipped language (de, en), or give every message in `messages:` (the README\'s "Languages" says how)',
  ],
  olderLanguageField: [
    { replacement: 'locale: de' },
    '`language` is now `locale`, which sets the language of the pages as well as of the feeds',
    'write `locale: de`, or run `npx statusmark upgrade`, which rewrites it',
  ],
  languageBesideLocale: [
    {},
    '`language` is the older name of `locale`, and beside `locale` it is not read',
    'delete this line, or run `npx statusmark upgrade`, which deletes it',
  ],
  notAnEmail: [{}, 'must be an email address', undefined],
  notAColour: [{}, 'must be a colour like "#1f6feb"', undefined],
  notATime: [{}, 'must be a time with its zone, e.g. 2026-11-20 14:05 UTC', undefined],
  componentsForm: [{}, 'must be a list of component ids, or a map of component id to status', undefined],
  componentStatusGlued: [
    { written: 'api:partial_outage', id: 'api', status: 'partial_outage' },
    'there is no space after the colon in `api:partial_outage`; write `api: partial_outage`',
    undefined,
  ],
  noTitle: [{ kind: 'maintenance' }, 'every maintenance needs a `title`', undefined],
  noWindow: [{}, 'maintenance needs `window: { start: 2026-11-20 02:00 UTC, end: 2026-11-20 04:00 UTC }`', undefined],
  badFileName: [
    { name: 'api‮errors.md', unseen: 'U+202E RIGHT-TO-LEFT OVERRIDE as its 4th character' },
    '"api‮errors.md" cannot be used in a URL: it holds U+202E RIGHT-TO-LEFT OVERRIDE as its 4th character, which readers cannot see',
    'name the file like 2026-11-20-api-errors.md: letters, digits and dashes',
  ],
  missingFrontmatter: [
    {},
    'the file must start with frontmatter between `---` lines',
    'start with:\n---\ntitle: What customers see\nimpact: minor\ncomponents: [api]\n---',
  ],
  frontmatterNotAMap: [{}, 'the frontmatter must be a map of fields', 'write `title: …` on its own line'],
  unknownKind: [
    { kind: 'outage' },
    'kind "outage" is not known',
    'write `kind: maintenance` for scheduled maintenance, or leave `kind` out for an incident',
  ],
  windowInIncident: [
    {},
    '`window` is only for scheduled maintenance',
    'add `kind: maintenance` if this is planned work, or remove `window`',
  ],
  unknownComponent: [
    { id: 'apu', suggestion: '; did you mean "api"?', known: ['api', 'dashboard'] },
    '"apu" is not a component; did you mean "api"?',
    'the components in status.config.yaml are: api, dashboard',
  ],
  frontmatterComponentStatus: [
    { status: 'broken', suggestion: '' },
    '"broken" is not a status an incident can give a component',
    'write degraded_performance, partial_outage or major_outage (or under_maintenance for maintenance)',
  ],
  updateComponentStatus: [
    { status: 'degraded', guess: 'degraded_performance', statuses: ['operational', 'degraded_performance'] },
    '"degraded" is not a component status; did you mean "degraded_performance"?',
    'write one of: operational, degraded_performance',
  ],
  badComponentChange: [
    { part: 'api' },
    '"api" is not a component change',
    'write `Components: api = operational, dashboard = degraded_performance`',
  ],
  timeNoZone: [
    { what: '`started`', problem: '"2026-11-20 14:05" has no time zone' },
    '`started`: "2026-11-20 14:05" has no time zone',
    'times must say their zone so every reader sees the right moment',
  ],
  timeDoesNotExist: [
    { what: 'update time', problem: '"2026-02-30 14:05 UTC" is not a real date' },
    'update time: "2026-02-30 14:05 UTC" is not a real date',
    'that day or hour does not exist; check the date and the 24-hour time',
  ],
  timeUnreadable: [
    { what: '`resolved`', problem: '"yesterday" is not a time', example: '2026-11-20 14:05 UTC' },
    '`resolved`: "yesterday" is not a time',
    'write a time like `2026-11-20 14:05 UTC`',
  ],
  noUpdates: [
    {},
    'this incident has no updates yet',
    'add one under the frontmatter: `## 2026-11-20 14:05 UTC · Investigating` and a line saying what customers see',
  ],
  noAnnouncement: [
    {},
    'this maintenance has no announcement yet',
    'add one under the frontmatter: `## 2026-11-20 09:00 UTC · Scheduled` and a line saying what customers see',
  ],
  notAnUpdate: [
    { heading: 'Summary' },
    'the level-2 heading "Summary" is not an update',
    'updates start with `## 2026-11-20 14:05 UTC · Investigating`; use `###` for a heading inside an update, or `## Post-incident report` to start the report',
  ],
  noSeparator: [
    { heading: '2026-11-20 14:05 UTC Investigating' },
    '"2026-11-20 14:05 UTC Investigating" needs a separator between the time and the status',
    'write it like `## 2026-11-20 14:05 UTC · Investigating` (the separator may be ·, -, –, — or |)',
  ],
  emptyUpdate: [{}, 'this update has no text', 'say what customers see, what you are doing and when the next update comes'],
  maintenanceStatusInIncident: [
    { status: 'Scheduled', allowed: ['Investigating', 'Resolved'] },
    '"Scheduled" is a maintenance status; add `kind: maintenance` to the frontmatter, or use one of Investigating, Resolved',
    'write one of: Investigating, Resolved',
  ],
  incidentStatusInMaintenance: [
    { status: 'Resolved', allowed: ['Scheduled', 'Completed'] },
    '"Resolved" is an incident status; maintenance uses Scheduled, Completed',
    'write one of: Scheduled, Completed',
  ],
  unknownStatus: [
    { status: 'Fixd', suggestion: '; did you mean "Fixed"?', allowed: ['Identified', 'Fixed'] },
    '"Fixd" is not a status; did you mean "Fixed"?',
    'write one of: Identified, Fixed',
  ],
  internalError: [
    { error: 'Maximum call stack size exceeded' },
    'could not read this file: Maximum call stack size exceeded',
    'please report this with the file attached',
  ],
  tooManyCharacters: [
    { count: 60000, max: 50000 },
    'the text after the frontmatter is 60,000 characters long; a file may hold at most 50,000',
    'shorten it: keep to what customers need to know, and link to a longer write-up',
  ],
  tooManyLines: [
    { count: 1200, max: 1000 },
    'the text after the frontmatter has 1,200 lines; a file may have at most 1,000',
    'shorten it: keep to what customers need to know, and link to a longer write-up',
  ],
  nestedTooDeep: [
    { count: 9, max: 8 },
    'this line is nested 9 levels deep in lists and quotes; at most 8 levels are allowed',
    'flatten the list or quote (two spaces of indentation count as a level, and so does each `>`, `-`, `*`, `+` or `1.` that starts the line)',
  ],
  tooManyListItems: [
    { count: 1500, max: 1000 },
    'this file has 1,500 list items and quote marks (`>`); a file may have at most 1,000',
    'shorten it: keep to what customers need to know, and link to a longer write-up',
  ],
  tooManyUnderlines: [
    { count: 101, max: 100 },
    'this file has 101 lines of only `=` or `-`; a file may have at most 100',
    'write headings as `### Heading` rather than underlining them, and rules as `***`',
  ],
  tooManyMarks: [
    { count: 6000, max: 5000 },
    'this file has 6,000 formatting characters (`*`, `_`, `~`, `[`, `]`, `<`) outside code; a file may have at most 5,000',
    'shorten it: keep to what customers need to know, and link to a longer write-up; put code between backticks, and escape a character that is meant literally with a backslash, like `\\*`',
  ],
  tooManyParagraphMarks: [
    { count: 600, max: 500, kind: 'paragraph' },
    'this paragraph has 600 formatting characters (`*`, `_`, `~`, `[`, `]`, `<`); at most 500 are allowed in one paragraph',
    'split it into shorter paragraphs; put code between backticks, and escape a character that is meant literally with a backslash, like `\\*`',
  ],
  tooManyImages: [
    { count: 9, max: 8, kind: 'table cell' },
    'this table cell has 9 images; at most 8 are allowed in one table cell',
    'split it into shorter paragraphs, and never put an image inside the description of another',
  ],
  tableTooLarge: [
    { columns: 100, rows: 60, max: 5000 },
    'this table has 100 columns and 60 rows (6,000 cells); a table may have at most 5,000 cells',
    'split it into smaller tables, or write the details as a list',
  ],
  tooManyUpdates: [
    { count: 201, max: 200 },
    'this file has 201 level-2 headings; an incident may have at most 200 updates',
    'an incident that goes on this long is several incidents: resolve this one and open a new one for what continues',
  ],
  headingTooLong: [
    { count: 250, max: 200 },
    'this heading is 250 characters long; a level-2 heading may be at most 200',
    'write it like `## 2026-11-20 14:05 UTC · Investigating`, and the text on the lines under it',
  ],
  summaryTooLong: [
    { count: 12000, max: 10000 },
    'the text before the first update is 12,000 characters long; it may be at most 10,000',
    'shorten it, and say the rest in the updates',
  ],
  updateTooLong: [
    { count: 10001, max: 10000 },
    'this update is 10,001 characters long; it may be at most 10,000',
    'split it into two updates, or move the detail to the post-incident report',
  ],
  titleTooLong: [
    { length: '1,234', max: 200 },
    'the title is 1,234 characters long; the limit is 200',
    'keep the title to what customers need at a glance, and move the detail into the first update',
  ],
  hiddenCharacter: [
    { places: 'U+200B ZERO WIDTH SPACE at column 12', count: 1 },
    'the title holds U+200B ZERO WIDTH SPACE at column 12, which readers cannot see',
    'delete it: a character readers cannot see can make the title read differently from what it says',
  ],
  hiddenCharacterInName: [
    { field: 'components[1].name', places: 'U+202E RIGHT-TO-LEFT OVERRIDE at column 11', count: 1 },
    '`components[1].name` holds U+202E RIGHT-TO-LEFT OVERRIDE at column 11, which readers cannot see',
    'delete it: the name is shown on every page, in the feeds and in chat messages, where such a character can make it read differently from what it says',
  ],
  rawHtml: [
    { tag: 'br' },
    'raw HTML <br> is not allowed and would be removed from the page',
    'end the line with a backslash `\\` for a line break, or leave a blank line for a new paragraph',
  ],
  unsafeUrl: [
    { url: 'javascript:alert(1)' },
    'the link "javascript:alert(1)" uses a scheme that is not allowed',
    'link with https://, http://, mailto: or tel:',
  ],
  describedImage: [
    { alt: 'graph of errors' },
    'the picture "graph of errors" is shown as a link, not in the page: a status page loads nothing from another host',
    'nothing to fix if a link will do; or describe the picture in words instead',
  ],
  undescribedImage: [
    {},
    'the picture is shown as a link, not in the page: a status page loads nothing from another host',
    'say what the picture shows between the brackets, e.g. ![graph of error rates](https://…): the link reads "Image: graph of error rates"',
  ],
  updateInFuture: [
    { now: '2026-11-22 00:00 UTC' },
    'this update is dated after now (2026-11-22 00:00 UTC)',
    'check the date, the hour and the time zone of the heading',
  ],
  startedInFuture: [{}, '`started` is after now', 'an incident cannot start in the future; schedule planned work as `kind: maintenance`'],
  resolvedInFuture: [{}, '`resolved` is after now', 'set `resolved` when the incident has actually ended, or leave it out'],
  updateBeforeStart: [{}, 'this update is dated before the incident `started`', 'correct the update time or `started`'],
  endsBeforeStart: [
    { ended: '2026-11-20 13:00 UTC', start: '2026-11-20 14:00 UTC' },
    'the incident ends (2026-11-20 13:00 UTC) before it starts (2026-11-20 14:00 UTC)',
    'check the dates and time zones of `started`, `resolved` and the updates',
  ],
  windowOrder: [{}, 'the maintenance window ends before it starts', 'make `window.end` later than `window.start`'],
  badSuppression: [
    { id: 'style-jargn', suggestion: '; did you mean "style-jargon"?', rules: ['style-jargon', 'style-blame'] },
    '"style-jargn" is not a rule that can be switched off; did you mean "style-jargon"?',
    'the rules are: style-jargon, style-blame',
  ],
  rulesFailed: [
    { error: 'boom' },
    'could not run the policy and style rules on this file: boom',
    'please report this with the file attached; the rest of the check read it without errors',
  ],
  firstUpdateLate: [
    { delay: '45 min', started: '2026-11-20 14:00 UTC', minutes: 30 },
    'the first update came 45 min after the incident started (2026-11-20 14:00 UTC); the policy asks for one within 30 min',
    'post a first update as soon as you know customers are affected, even if you know little yet: what they see, and when the next update comes',
  ],
  updateGap: [
    { gap: '1 h 10 min', before: '14:05', after: '15:15', minutes: 60, count: 2 },
    '2 gaps between updates were longer than the policy’s 60 min while the incident was open; the longest, 1 h 10 min, was between the updates at 14:05 and 15:15 UTC',
    'post an update at least every interval while the incident is open, even when there is no news: say what you are doing and when the next update comes',
  ],
  updateOverdue: [
    { age: '2 h', due: '2026-11-20 16:00 UTC', promised: true, id: '2026-11-20-api' },
    'overdue: this incident is open and its latest update is 2 h old; the next one was due by 2026-11-20 16:00 UTC, as that update promised',
    'post an update now: `npm run status -- update 2026-11-20-api --message "…"`',
  ],
  noNextUpdate: [
    { due: '14:35' },
    'this incident is open, but its latest update gives no ETA and does not say when the next update comes',
    'end the update with “Next update by 14:35 UTC.”, or set `eta` in the frontmatter',
  ],
  promiseLate: [
    { by: '14:35 UTC', came: '15:00 UTC', late: '25 min' },
    'this update promised the next one by 14:35 UTC; it came at 15:00 UTC, 25 min late',
    'post the next update by the time you gave, even if there is no news; promise a later time when you need one',
  ],
  promiseOpen: [
    { by: '14:35 UTC', late: '1 h' },
    'this update promised the next one by 14:35 UTC, and none has come (1 h late)',
    'post the next update by the time you gave, even if there is no news; promise a later time when you need one',
  ],
  noResolvedUpdate: [
    { resolved: '2026-11-20 16:00 UTC', id: '2026-11-20-api' },
    'this incident ended (2026-11-20 16:00 UTC) but has no Resolved update',
    'add a final update: `npm run status -- resolve 2026-11-20-api --at "2026-11-20 16:00 UTC"`',
  ],
  noCompletedUpdate: [
    { end: '2026-11-21 04:00 UTC', id: '2026-11-21-db' },
    'this maintenance window ended (2026-11-21 04:00 UTC) but there is no Completed update',
    'say that the work is done and whether anything changed for customers: `npm run status -- maintenance complete 2026-11-21-db`',
  ],
  reportDue: [
    { impact: 'major', due: '2026-11-25 16:00 UTC', minutes: 7200, id: '2026-11-20-api' },
    'this major incident needs a post-incident report; it was due by 2026-11-25 16:00 UTC, 7200 min after it was resolved',
    'add one with `npm run status -- report 2026-11-20-api` and fill in its sections',
  ],
  reportSectionsMissing: [
    { missing: ['Impact', 'Support'], sections: ['Summary', 'Impact', 'Support'] },
    'the post-incident report has no “Impact”, “Support” sections',
    'say it in the report, in a paragraph or under `### Impact`, `### Support`; the handbook’s sections are: Summary, Impact, Support',
  ],
  reportSectionsEmpty: [
    { empty: ['Timeline'] },
    'the post-incident report’s “Timeline” section is still empty',
    'write each section in plain language before publishing the report',
  ],
  noticeShort: [
    { notice: '2 h', start: '2026-11-21 02:00 UTC', hours: 48, scheduled: 'Scheduled' },
    'this maintenance was announced only 2 h before its window (2026-11-21 02:00 UTC); the policy asks for at least 48 h notice',
    'announce planned work earlier, with a `Scheduled` update; customers need time to prepare',
  ],
  noticeAtStart: [
    { start: '2026-11-21 02:00 UTC', hours: 48, scheduled: 'Scheduled' },
    'this maintenance was first announced as its window started (2026-11-21 02:00 UTC); the policy asks for at least 48 h notice',
    'announce planned work earlier, with a `Scheduled` update; customers need time to prepare',
  ],
  noticeAfterStart: [
    { after: '10 min', start: '2026-11-21 02:00 UTC', hours: 48, scheduled: 'Scheduled' },
    'this maintenance was first announced 10 min after its window started (2026-11-21 02:00 UTC); the policy asks for at least 48 h notice',
    'announce planned work earlier, with a `Scheduled` update; customers need time to prepare',
  ],
  speculation: [
    { words: '“probably”' },
    '“probably” guesses at the cause; say only what you know',
    'say what you know and what you are doing to find out, e.g. “We are investigating the cause.”',
  ],
  promise: [
    { words: '“never happen again”' },
    '“never happen again” is a promise you may not be able to keep',
    'say what you are changing to make it less likely, e.g. “We are adding alerts so we notice this sooner.”',
  ],
  blame: [
    { words: '“not our fault”' },
    '“not our fault” blames someone else',
    'own the problem: say what customers see and what you are doing about it, e.g. “We lost the connection to a partner’s systems and are restoring it.”',
  ],
  blameByCause: [
    { words: '“caused by a mistake at our provider”' },
    '“caused by a mistake at our provider” puts the blame on someone else',
    'own the problem: say what customers see and what you are doing about it, e.g. “We lost the connection to a partner’s systems and are restoring it.”',
  ],
  jargon: [
    { words: '“DNS”', plain: 'the address book of the internet' },
    '“DNS” is jargon customers may not know; write “the address book of the internet” or similar',
    'use the words customers use, e.g. “the address book of the internet”; the list is `style.jargon` in status.config.yaml',
  ],
  longSentence: [
    { words: 42, max: 35 },
    'this sentence has 42 words; keep sentences under 36 words',
    'split it into two or three short sentences; readers skim status pages under stress',
  ],
};

/** Other branches of a template, with the entry they belong to. */
const VARIANTS: [keyof typeof CATALOG, object, string, string | undefined][] = [
  [
    'rawHtml',
    { tag: undefined },
    'raw HTML is not allowed and would be removed from the page',
    'use Markdown instead: **bold**, *italic*, [links](https://example.com), lists and tables',
  ],
  [
    'rawHtml',
    { tag: 'script' },
    'raw HTML <script> is not allowed and would be removed from the page',
    'scripts, frames and styles are never published; describe the problem in plain Markdown',
  ],
  [
    'unreadable',
    { code: 'EWHAT', error: 'something odd' },
    'cannot read this: something odd',
    'make it readable (for example `chmod a+r`), or remove it',
  ],
  ['duplicateKey', { name: 'title', firstLine: undefined }, '`title` is written twice', 'keep one `title:` and remove the other'],
  [
    'unclosedQuote',
    { quote: "'", closed: undefined },
    "the `'` quote that starts here is not closed",
    "end the text with another `'` on the same line",
  ],
  [
    'specialStart',
    { char: '`', before: 'title: ', quoted: '"`x`"' },
    'a value that starts with a backtick (`) must be in quotes',
    'put the whole value in quotes: title: "`x`"',
  ],
  ['tabIndentAligned', { column: 0, like: undefined }, 'this line is indented with a tab', 'remove the tab'],
  [
    'badFileName',
    { name: 'a b.md', unseen: undefined },
    '"a b.md" cannot be used in a URL',
    'name the file like 2026-11-20-api-errors.md: letters, digits and dashes',
  ],
  ['unknownField', { key: 'x', where: 'frontmatter', guess: undefined, allowed: [] }, 'unknown field "x" in frontmatter', undefined],
  ['wrongType', { field: 'name', expected: 'string', value: undefined, description: 'The name' }, 'name: must be text', 'The name'],
  [
    'hiddenCharacter',
    { places: 'U+200B ZERO WIDTH SPACE at column 8 and U+200B ZERO WIDTH SPACE at column 9', count: 2 },
    'the title holds U+200B ZERO WIDTH SPACE at column 8 and U+200B ZERO WIDTH SPACE at column 9, which readers cannot see',
    'delete them: a character readers cannot see can make the title read differently from what it says',
  ],
  [
    'reportSectionsEmpty',
    { empty: ['Timeline', 'Impact'] },
    'the post-incident report’s “Timeline”, “Impact” sections are still empty',
    'write each section in plain language before publishing the report',
  ],
  [
    'updateOverdue',
    { age: '2 h', due: '2026-11-20 16:00 UTC', promised: false, id: 'x' },
    'overdue: this incident is open and its latest update is 2 h old; the next one was due by 2026-11-20 16:00 UTC',
    'post an update now: `npm run status -- update x --message "…"`',
  ],
];

/** Entries reported with another severity than their code's default, on purpose. */
const OTHER_SEVERITY: Partial<Record<keyof typeof CATALOG, 'error' | 'warning'>> = {
  rulesFailed: 'warning',
  olderSchemaLine: 'warning',
  noCatalog: 'warning',
  olderLanguageField: 'warning',
  languageBesideLocale: 'warning',
};

const entries = Object.entries(CATALOG) as [keyof typeof CATALOG, MessageEntry<object>][];
const defaults = new Map<string, string>([
  ...Object.entries(CONTENT_CODES).map(([code, info]) => [code, info.defaultSeverity] as [string, string]),
  ...ALL_RULES.map((r) => [r.id, r.defaultSeverity] as [string, string]),
]);

describe('the catalog of diagnostics', () => {
  it('has a row in the table for every entry, and no row for an entry it lacks', () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(CATALOG).sort());
  });

  it('has no two areas with an entry of the same name (one would hide the other)', () => {
    const names = Object.values(MESSAGE_AREAS).flatMap((area) => Object.keys(area));
    expect(names.length).toBe(new Set(names).size);
    expect(names.length).toBe(Object.keys(CATALOG).length);
  });

  it.each(entries)('%s says exactly what the table says', (name, entry) => {
    const [params, message, hint] = TABLE[name];
    expect(render(entry, params)).toEqual({ code: entry.code, severity: entry.severity, message, ...(hint === undefined ? {} : { hint }) });
  });

  it.each(VARIANTS)('%s, in another situation, says exactly %s', (name, params, message, hint) => {
    const said = render(CATALOG[name] as MessageEntry<object>, params);
    expect([said.message, said.hint]).toEqual([message, hint]);
  });

  it.each(entries)('%s carries a known code, with its default severity unless it says why not', (name, entry) => {
    expect(defaults.has(entry.code)).toBe(true);
    expect(entry.severity).toBe(OTHER_SEVERITY[name] ?? defaults.get(entry.code));
  });

  it('words every content code and every rule in at least one entry', () => {
    const worded = new Set<string>(entries.map(([, e]) => e.code));
    expect([...defaults.keys()].filter((code) => !worded.has(code))).toEqual([]);
  });

  it('reports through the bag with the entry’s code, severity and wording, at the place given', () => {
    const bag = new DiagnosticBag('incidents/a.md');
    bag.report(CATALOG.emptyUpdate, { line: 9, column: 1 });
    bag.report(CATALOG.unknownComponent, { line: 4, column: 13 }, { id: 'apu', suggestion: '; did you mean "api"?', known: ['api'] });
    expect(bag.items).toEqual([
      {
        severity: 'warning',
        code: 'empty-update',
        file: 'incidents/a.md',
        line: 9,
        column: 1,
        message: 'this update has no text',
        hint: 'say what customers see, what you are doing and when the next update comes',
      },
      {
        severity: 'error',
        code: 'unknown-component',
        file: 'incidents/a.md',
        line: 4,
        column: 13,
        message: '"apu" is not a component; did you mean "api"?',
        hint: 'the components in status.config.yaml are: api',
      },
    ]);
    expect(bag.hasErrors).toBe(true);
  });
});
