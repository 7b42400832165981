import type { RuleInfo } from './rule-info.ts';

/**
 * Every finding about the content that is not a configurable rule: a file that cannot be read,
 * YAML or frontmatter that is wrong, an update that cannot be understood. Unlike the rules they
 * cannot be switched off. The wording of each situation a code covers is an entry of the catalog
 * (`catalog.ts`, from `messages/`). The README's table under "Check your content" lists the same
 * codes, in the same order.
 */
export interface ContentCodeInfo {
  /** A few words naming the finding. */
  title: string;
  /** The severity its catalog entries are reported with, unless an entry names another. */
  defaultSeverity: RuleInfo['defaultSeverity'];
  /** One line: what is wrong. */
  description: string;
}

export const CONTENT_CODES = {
  'config-missing': {
    title: 'No config file',
    defaultSeverity: 'error',
    description: 'There is no `status.config.yaml` in the content root.',
  },
  'yaml-syntax': {
    title: 'YAML that cannot be read',
    defaultSeverity: 'error',
    description: 'The YAML of the config or a frontmatter has a mistake: indentation, a tab, a missing space or quote.',
  },
  'unknown-field': {
    title: 'Unknown field',
    defaultSeverity: 'error',
    description: 'A field that does not exist, usually a typo.',
  },
  'missing-field': {
    title: 'Missing field',
    defaultSeverity: 'error',
    description: 'A required field is missing.',
  },
  'invalid-field': {
    title: 'Invalid field',
    defaultSeverity: 'error',
    description: 'A field has the wrong type or value.',
  },
  'duplicate-component': {
    title: 'Duplicate component id',
    defaultSeverity: 'error',
    description: 'Two components in the config share an id.',
  },
  'content-contract': {
    title: 'Another content contract',
    defaultSeverity: 'error',
    description:
      'The config names a content contract newer than this Statusmark; as a warning, a form an older Statusmark wrote, which `statusmark upgrade` rewrites.',
  },
  'page-message': {
    title: 'A message of the page that cannot be used',
    defaultSeverity: 'error',
    description:
      'An entry of `messages:` in the config that is not a message of the page, is not ICU MessageFormat, or lacks or adds a placeholder; as a warning, a `locale` Statusmark has no messages for.',
  },
  'missing-frontmatter': {
    title: 'No frontmatter',
    defaultSeverity: 'error',
    description: 'An incident file does not start with a `---` block.',
  },
  'title-too-long': {
    title: 'Title too long',
    defaultSeverity: 'error',
    description: 'A title over 200 characters.',
  },
  'hidden-character': {
    title: 'Hidden character in a title or a name',
    defaultSeverity: 'warning',
    description: 'A title, or a name in the config, holds a character readers cannot see.',
  },
  'bad-file-name': {
    title: 'File name unusable in a URL',
    defaultSeverity: 'error',
    description: 'The file name cannot be used in a URL.',
  },
  'unknown-component': {
    title: 'Unknown component',
    defaultSeverity: 'error',
    description: 'A component id that is not in the config.',
  },
  'unknown-component-status': {
    title: 'Unknown component status',
    defaultSeverity: 'error',
    description: 'A component status that does not exist.',
  },
  'bad-component-change': {
    title: 'Malformed component change',
    defaultSeverity: 'error',
    description: 'A `Components:` entry that is not `id = status`.',
  },
  'time-no-zone': {
    title: 'Time without a zone',
    defaultSeverity: 'error',
    description: 'A time that does not say its zone.',
  },
  'invalid-time': {
    title: 'Invalid time',
    defaultSeverity: 'error',
    description: 'Not a time, a date that does not exist, or an offset no place uses.',
  },
  'not-an-update': {
    title: 'Heading that is not an update',
    defaultSeverity: 'error',
    description: 'A level-2 heading that is neither an update nor the post-incident report.',
  },
  'bad-update-heading': {
    title: 'Update heading without a separator',
    defaultSeverity: 'error',
    description: 'An update heading without a separator between time and status.',
  },
  'unknown-status': {
    title: 'Unknown status',
    defaultSeverity: 'error',
    description: 'A status that does not exist, or one of maintenance in an incident (or the other way round).',
  },
  'no-updates': {
    title: 'No updates',
    defaultSeverity: 'error',
    description: 'An incident with no update, or maintenance with no announcement.',
  },
  'empty-update': {
    title: 'Empty update',
    defaultSeverity: 'warning',
    description: 'An update with a heading but no text.',
  },
  'update-in-future': {
    title: 'Update dated in the future',
    defaultSeverity: 'error',
    description: 'An update dated after now.',
  },
  'time-in-future': {
    title: 'Start or end in the future',
    defaultSeverity: 'error',
    description: '`started` or `resolved` is after now.',
  },
  'update-before-start': {
    title: 'Update before the start',
    defaultSeverity: 'error',
    description: 'An update dated before `started`.',
  },
  'resolved-before-started': {
    title: 'Ends before it starts',
    defaultSeverity: 'error',
    description: 'The incident ends before it starts.',
  },
  'window-order': {
    title: 'Maintenance window the wrong way round',
    defaultSeverity: 'error',
    description: 'A maintenance window that ends before it starts.',
  },
  'duplicate-id': {
    title: 'Duplicate incident id',
    defaultSeverity: 'error',
    description: 'Two files with the same name in different folders.',
  },
  'raw-html': {
    title: 'Raw HTML',
    defaultSeverity: 'error',
    description: 'Raw HTML in Markdown, which would be removed from the page.',
  },
  'image-as-link': {
    title: 'Picture shown as a link',
    defaultSeverity: 'warning',
    description: 'A picture in Markdown, which a page shows as a link named by its words.',
  },
  'unsafe-url': {
    title: 'Link with an unsafe scheme',
    defaultSeverity: 'error',
    description: 'A link whose scheme is not `https`, `http`, `mailto` or `tel`.',
  },
  'over-limit': {
    title: 'Over a content limit',
    defaultSeverity: 'error',
    description: 'The file holds more than Statusmark reads.',
  },
  'no-incidents': {
    title: 'No incidents',
    defaultSeverity: 'warning',
    description: 'The `incidents/` folder is empty or missing.',
  },
  'bad-suppression': {
    title: 'Unknown rule in a suppression',
    defaultSeverity: 'warning',
    description: 'A `statusmark-disable` comment names a rule that does not exist.',
  },
  'not-a-file': {
    title: 'Not a plain file',
    defaultSeverity: 'error',
    description: 'A content entry is a folder, a pipe or a device.',
  },
  'file-too-large': {
    title: 'File too large',
    defaultSeverity: 'error',
    description: 'A content file holds more than 1 MB.',
  },
  'symlink-outside': {
    title: 'Symlink outside the boundary',
    defaultSeverity: 'error',
    description: 'A symlink leads outside the content root (or, in `public/`, the repository).',
  },
  'git-folder': {
    title: 'A .git folder',
    defaultSeverity: 'error',
    description: 'A symlink leads into a `.git` folder, or `public/` holds one.',
  },
  'broken-symlink': {
    title: 'Broken symlink',
    defaultSeverity: 'error',
    description: 'A symlink leads to nothing.',
  },
  'symlink-loop': {
    title: 'Symlink loop',
    defaultSeverity: 'error',
    description: 'A folder symlink leads back to a folder that holds it, to one read already, or round in a circle.',
  },
  'unreadable-file': {
    title: 'Unreadable file',
    defaultSeverity: 'error',
    description: 'The file system refused to read a file.',
  },
  'public-headers': {
    title: 'A header rule of public/_headers clashes or cannot be read',
    defaultSeverity: 'error',
    description:
      'A rule of `public/_headers` sets a header that the build’s own rules set for the same file, or a line that Netlify cannot read.',
  },
  'internal-error': {
    title: 'Internal error',
    defaultSeverity: 'error',
    description: 'Statusmark failed on this file; a warning when only the policy and style rules failed.',
  },
} as const satisfies Record<string, ContentCodeInfo>;

export type ContentCode = keyof typeof CONTENT_CODES;
