import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import type { ApiDocumentName } from '../../src/core/outputs/api/index.ts';

/**
 * Real parsers and schemas for every machine output: a strict XML validator and an XML parser, a feed parser
 * library, ajv with the JSON Schemas in `schemas/`, and an iCalendar parser.
 */

/** Text a pull request may carry: quotes, ampersands (also an entity-looking `&amp;`), `<`, `]]>`, emoji, right-to-left text, a very long word. */
export const LONG_WORD = `Donaudampfschifffahrtsgesellschaftskapitänswitwe${'x'.repeat(300)}`;
/** As a title it keeps to the 200-character limit of a title: its long word is cut to 120 characters. */
export const HOSTILE = `Tom & "Jerry" <b>bold</b> &amp; ]]> ]]> 'quoted' 🚀👩‍👩‍👧 مرحبا بالعالم שלום ${LONG_WORD.slice(0, 120)}`;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
ajv.addSchema(JSON.parse(readFileSync('schemas/statuspage-v2.schema.json', 'utf8')));
ajv.addSchema(JSON.parse(readFileSync('schemas/jsonfeed-1.1.schema.json', 'utf8')));
ajv.addSchema(JSON.parse(readFileSync('schemas/embed.schema.json', 'utf8')));

export const API_SCHEMA_DEFS: Record<ApiDocumentName, string> = {
  summary: 'summary',
  status: 'statusDocument',
  components: 'componentsDocument',
  incidents: 'incidentsDocument',
  'incidents/unresolved': 'unresolvedDocument',
  'scheduled-maintenances': 'scheduledMaintenancesDocument',
  'scheduled-maintenances/upcoming': 'upcomingDocument',
  'scheduled-maintenances/active': 'activeDocument',
};

function validator(ref: string): ValidateFunction {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`no schema ${ref}`);
  return validate;
}

/** Throws with ajv's errors unless `doc` matches the documented shape of that API file. */
export function assertApiDocument(name: ApiDocumentName, doc: unknown): void {
  const validate = validator(`statuspage-v2.schema.json#/$defs/${API_SCHEMA_DEFS[name]}`);
  if (!validate(doc)) throw new Error(`api/v2/${name}.json does not match the schema: ${JSON.stringify(validate.errors, null, 2)}`);
}

/** Throws with ajv's errors unless `doc` matches the named definition of the Statuspage schema (e.g. `incidentDocument`). */
export function assertStatuspageDef(def: string, doc: unknown, what: string): void {
  const validate = validator(`statuspage-v2.schema.json#/$defs/${def}`);
  if (!validate(doc)) throw new Error(`${what} does not match the schema: ${JSON.stringify(validate.errors, null, 2)}`);
}

export function assertStatuspageShape(def: string, doc: unknown): boolean {
  return validator(`statuspage-v2.schema.json#/$defs/${def}`)(doc);
}

export function assertJsonFeed(doc: unknown): void {
  const validate = validator('jsonfeed-1.1.schema.json');
  if (!validate(doc)) throw new Error(`not a JSON Feed 1.1: ${JSON.stringify(validate.errors, null, 2)}`);
}

/** Throws with ajv's errors unless `doc` is what `/embed.js` reads (schemas/embed.schema.json). */
export function assertEmbedDocument(doc: unknown): void {
  const validate = validator('embed.schema.json');
  if (!validate(doc)) throw new Error(`not an embed.json: ${JSON.stringify(validate.errors, null, 2)}`);
}

/** Throws unless `xml` is well-formed XML (illegal control characters included). */
export function assertWellFormedXml(xml: string): void {
  if (SyntaxValidator.validate(xml) !== true) throw new Error('not well-formed XML');
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, path) => ['rss.channel.item', 'rss.channel.atom:link', 'feed.entry', 'feed.link'].includes(String(path)),
});

/** The XML as a tree, entities decoded and CDATA unwrapped, values as strings. */
export function parseXml(xml: string): Record<string, any> {
  assertWellFormedXml(xml);
  return xmlParser.parse(xml) as Record<string, any>;
}

/** What a feed reader sees (RSS or Atom), through a feed parser library. */
export function readFeed(xml: string) {
  assertWellFormedXml(xml);
  return parseFeed(xml);
}

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  status: string;
  start: string;
  end: string;
  stamp: string;
  sequence: number;
}

/** Parses an iCalendar file with ical.js; also checks RFC 5545's line rules (CRLF, ≤ 75 octets). */
export function readCalendar(text: string): { name: string; events: IcsEvent[] } {
  const lines = text.split('\r\n');
  expectNoBareNewline(text);
  for (const line of lines) if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line longer than 75 octets: ${line}`);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const time = (name: string) => (v.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      description: String(v.getFirstPropertyValue('description')),
      url: String(v.getFirstPropertyValue('url')),
      status: String(v.getFirstPropertyValue('status')),
      start: time('dtstart'),
      end: time('dtend'),
      stamp: time('dtstamp'),
      sequence: Number(v.getFirstPropertyValue('sequence')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

function expectNoBareNewline(text: string): void {
  if (/[^\r]\n/.test(text)) throw new Error('iCalendar lines must end with CRLF');
}
