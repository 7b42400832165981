import GithubSlugger from 'github-slugger';
import type { Messages } from '../../i18n/message-key.ts';
import { configMessages } from './config-messages.ts';
import { CONTENT_CONTRACT, CONTRACT_KEY } from './contract.ts';
import { ConfigSchema, type ComponentConfig, type SiteConfig } from './config-schema.ts';
import { CATALOG } from '../../diagnostics/catalog/catalog.ts';
import { DiagnosticBag, FILE_START, type Diagnostic } from '../../diagnostics/diagnostics.ts';
import { readFileIn } from '../files/file-read.ts';
import { contentBoundary } from '../files/file-tree.ts';
import { checkConfigName } from '../text/readable-text.ts';
import { reportIssues } from '../yaml/schema-issues.ts';
import { CONFIG_FILE } from '../../shared/content-layout.ts';
import { YamlSource } from '../yaml/yaml-source.ts';

export interface ComponentGroup {
  /** Slug of the group name, stable across builds. */
  id: string;
  name: string;
  components: ComponentConfig[];
}

export interface LoadedConfig {
  config: SiteConfig;
  /** Components in config order, grouped; ungrouped components form groups of their own with `name` ''. */
  groups: ComponentGroup[];
  componentsById: Map<string, ComponentConfig>;
  /** The page's language (BCP 47): `locale`, or the older `language`, or "en". */
  locale: string;
  /** Every message of the page in that language (see config-messages.ts). */
  messages: Messages;
}

export function loadConfig(root: string): { loaded?: LoadedConfig; diagnostics: Diagnostic[] } {
  const bag = new DiagnosticBag(CONFIG_FILE);
  const read = readFileIn(contentBoundary(root), CONFIG_FILE);
  if (!read) {
    bag.report(CATALOG.configMissing, { line: 0, column: 0 }, { root });
    return { diagnostics: bag.items };
  }
  if ('problem' in read) return { diagnostics: [read.problem] };
  return parseConfig(read.text, bag);
}

export function parseConfig(text: string, bag = new DiagnosticBag(CONFIG_FILE)): { loaded?: LoadedConfig; diagnostics: Diagnostic[] } {
  const src = new YamlSource(text);
  if (!src.reportSyntax(bag)) return { diagnostics: bag.items };
  const raw = src.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    bag.report(CATALOG.configNotAMap, FILE_START);
    return { diagnostics: bag.items };
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    reportIssues(parsed.error.issues, ConfigSchema, src, bag, CONFIG_FILE);
    return { diagnostics: bag.items };
  }
  const config = parsed.data;
  const declared = config[CONTRACT_KEY];
  if (declared !== undefined && declared > CONTENT_CONTRACT) {
    bag.report(CATALOG.contractTooNew, src.position([CONTRACT_KEY]), { declared, known: CONTENT_CONTRACT });
    return { diagnostics: bag.items };
  }
  const componentsById = new Map<string, ComponentConfig>();
  const firstIndex = new Map<string, number>();
  config.components.forEach((c, i) => {
    const first = firstIndex.get(c.id);
    if (first !== undefined) {
      const firstLine = src.position(['components', first, 'id']).line;
      bag.report(CATALOG.duplicateComponent, src.position(['components', i, 'id']), { id: c.id, firstLine });
    } else {
      firstIndex.set(c.id, i);
      componentsById.set(c.id, c);
    }
  });
  if (bag.hasErrors) return { diagnostics: bag.items };
  checkShownNames(config, src, text, bag);
  const { locale, messages } = configMessages(config, src, bag);
  if (bag.hasErrors) return { diagnostics: bag.items };
  // As a browser reads it (lower-case host, no default port), ending in "/" so links resolve under it.
  config.url = new URL(config.url).href.replace(/\/?$/, '/');
  return { loaded: { config, groups: groupComponents(config.components), componentsById, locale, messages }, diagnostics: bag.items };
}

/** Every text of the config a reader sees, by its path in the YAML and the name the config gives it. */
function shownTexts(config: SiteConfig): { path: (string | number)[]; field: string; text: string | undefined }[] {
  return [
    { path: ['name'], field: 'name', text: config.name },
    { path: ['description'], field: 'description', text: config.description },
    { path: ['support', 'phone'], field: 'support.phone', text: config.support?.phone },
    ...(config.links ?? []).map((l, i) => ({ path: ['links', i, 'label'], field: `links[${i}].label`, text: l.label })),
    ...config.components.flatMap((c, i) => [
      { path: ['components', i, 'name'], field: `components[${i}].name`, text: c.name },
      { path: ['components', i, 'group'], field: `components[${i}].group`, text: c.group },
      { path: ['components', i, 'description'], field: `components[${i}].description`, text: c.description },
    ]),
  ];
}

/** A warning for each such text holding a character readers cannot see, as for an incident's title. */
function checkShownNames(config: SiteConfig, src: YamlSource, text: string, bag: DiagnosticBag): void {
  const lines = text.split('\n');
  for (const { path, field, text: shown } of shownTexts(config)) {
    if (shown)
      checkConfigName(
        field,
        shown,
        () => src.position(path),
        (line) => lines[line - 1] ?? '',
        bag,
      );
  }
}

function groupComponents(components: ComponentConfig[]): ComponentGroup[] {
  const slugger = new GithubSlugger();
  const groups: ComponentGroup[] = [];
  const byName = new Map<string, ComponentGroup>();
  for (const c of components) {
    if (!c.group) {
      groups.push({ id: '', name: '', components: [c] });
      continue;
    }
    let group = byName.get(c.group);
    if (!group) {
      group = { id: slugger.slug(c.group), name: c.group, components: [] };
      byName.set(c.group, group);
      groups.push(group);
    }
    group.components.push(c);
  }
  return groups;
}
