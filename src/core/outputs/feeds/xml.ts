import { DOMImplementation, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { xmlChars } from '../../shared/text-safety.ts';

/**
 * The one place feed XML is written: a tree of elements, text and CDATA becomes a DOM (xmldom) and
 * its serializer escapes every value exactly once. Nothing here or in the feeds escapes by hand, so
 * a title reaches a reader as it was written, `&`, `<`, `]]>` and all.
 */

export interface XmlElement {
  /** A qualified name; its prefix (`atom:link`) must be one of the namespaces given to `writeXml`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlChild[];
}

/** A string is text; `cdata()` keeps text readable in the file, which suits HTML. */
export type XmlChild = XmlElement | string | { cdata: string };

export function el(name: string, attributes: Record<string, string> = {}, children: XmlChild[] = []): XmlElement {
  return { name, attributes, children };
}

export function cdata(text: string): { cdata: string } {
  return { cdata: text };
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const INDENT = '    ';

/**
 * An XML 1.0 file with `root` as its document element. `namespaces` maps prefixes (`''` for the
 * default namespace) to their URIs; they are declared on the root, after its own attributes.
 * Elements that hold only elements are indented; text is never touched.
 */
export function writeXml(root: XmlElement, namespaces: Record<string, string>): string {
  const doc = new DOMImplementation().createDocument(null, '');
  // The serializer writes no XML declaration of its own; as this node it comes out as one.
  doc.appendChild(doc.createProcessingInstruction('xml', 'version="1.0" encoding="utf-8"'));
  doc.appendChild(doc.createTextNode('\n'));
  const element = toDom(doc, root, namespaces, 0);
  for (const [prefix, uri] of Object.entries(namespaces)) element.setAttributeNS(XMLNS, prefix ? `xmlns:${prefix}` : 'xmlns', uri);
  doc.appendChild(element);
  return new XMLSerializer().serializeToString(doc);
}

function toDom(doc: Document, node: XmlElement, namespaces: Record<string, string>, depth: number): Element {
  const prefix = node.name.includes(':') ? node.name.split(':')[0]! : '';
  const uri = namespaces[prefix];
  if (prefix && uri === undefined) throw new Error(`no namespace declared for "${node.name}"`);
  const element = doc.createElementNS(uri ?? null, node.name);
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, xmlChars(value));
  const indent = node.children.length > 0 && node.children.every((c) => typeof c === 'object' && 'name' in c);
  for (const child of node.children) {
    if (indent) element.appendChild(doc.createTextNode(`\n${INDENT.repeat(depth + 1)}`));
    for (const part of childNodes(doc, child, namespaces, depth + 1)) element.appendChild(part);
  }
  if (indent) element.appendChild(doc.createTextNode(`\n${INDENT.repeat(depth)}`));
  return element;
}

function childNodes(doc: Document, child: XmlChild, namespaces: Record<string, string>, depth: number): Node[] {
  if (typeof child === 'string') return [doc.createTextNode(xmlChars(child))];
  if ('name' in child) return [toDom(doc, child, namespaces, depth)];
  return cdataSections(xmlChars(child.cdata)).map((part) => doc.createCDATASection(part));
}

/** A CDATA section ends at the first `]]>`, so text holding some is split between sections there. */
function cdataSections(text: string): string[] {
  const parts = text.split(']]>');
  return parts.map((part, i) => `${i > 0 ? '>' : ''}${part}${i < parts.length - 1 ? ']]' : ''}`);
}
