// XML text → a small element tree (saxes underneath: strict, never fetches anything). Keeps text,
// CDATA and namespaces; drops comments and processing instructions. Refuses DOCTYPEs that declare
// entities (XXE, entity-expansion bombs) and caps nesting and size so no document can hang us.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { fail } from '../errors';
import { MAX_DEPTH, MAX_ELEMENTS } from '../limits';
import { HTML_ENTITIES } from './entities';

export interface XmlElement {
  type: 'element';
  /** Local name, as written ("p", "newsItem"). */
  name: string;
  /** Namespace URI ('' when none). */
  ns: string;
  /** Attributes by qualified name as written ("href", "xml:lang", "rtr:msgType"). */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export interface XmlText {
  type: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlDocument {
  root: XmlElement;
  warnings: string[];
}

/** A DOCTYPE may point at a DTD (never loaded) but may not declare general entities. */
function checkDoctype(doctype: string, warnings: string[]): void {
  const general = /<!ENTITY\s+(?!%)([^\s"'>]{1,60})\s+(SYSTEM|PUBLIC|["'])/i.exec(doctype);
  if (general) {
    const name = general[1]!;
    if (general[2] === '"' || general[2] === "'") {
      fail('unsupported', `the XML declares its own entities (&${name};…), which Slugline refuses to expand (entity-expansion attack)`);
    }
    fail(
      'external-entity',
      `the XML declares an external entity (&${name}; → ${general[2]!.toUpperCase()} …); external entities are never loaded`,
    );
  }
  if (/\b(SYSTEM|PUBLIC)\b/i.test(doctype)) warnings.push('the DOCTYPE names an external DTD; it was not loaded');
}

export function parseXml(text: string): XmlDocument {
  const warnings: string[] = [];
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    // Agency XML sometimes uses a prefix it never declares; read it rather than refuse the item.
    resolvePrefix: (prefix: string) => `urn:x-unbound:${prefix}`,
  });
  // Entities an external DTD would define (&nbsp; &eacute;): fixed characters, never expanded further.
  Object.assign(parser.ENTITIES, HTML_ENTITIES);

  const top: XmlElement = { type: 'element', name: '#document', ns: '', attrs: {}, children: [] };
  const stack: XmlElement[] = [top];
  let elements = 0;
  let unbound = false;

  const appendText = (t: string): void => {
    const parent = stack[stack.length - 1]!;
    const last = parent.children[parent.children.length - 1];
    if (last && last.type === 'text') last.text += t;
    else parent.children.push({ type: 'text', text: t });
  };

  parser.on('error', (err: Error) => {
    const message = err.message.replace(/^\d+:\d+: /, '');
    if (message.startsWith('unbound namespace prefix')) {
      unbound = true;
      return;
    }
    const truncated = /^(?:unclosed tag|unexpected end)/.test(message) ? ' (the file ends too early: truncated?)' : '';
    fail('malformed', `malformed XML at line ${parser.line}, column ${parser.column}: ${message.replace(/\.$/, '')}${truncated}`);
  });
  parser.on('doctype', (doctype: string) => checkDoctype(doctype, warnings));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length > MAX_DEPTH) fail('malformed', `XML nested more than ${MAX_DEPTH} elements deep`);
    if (++elements > MAX_ELEMENTS) fail('malformed', `XML with more than ${MAX_ELEMENTS} elements`);
    const attrs: Record<string, string> = {};
    for (const [qname, attr] of Object.entries(tag.attributes)) attrs[qname] = typeof attr === 'string' ? attr : attr.value;
    const el: XmlElement = { type: 'element', name: tag.local, ns: tag.uri, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);

  parser.write(text).close();

  const root = top.children.find((n): n is XmlElement => n.type === 'element');
  if (!root) fail('malformed', 'malformed XML: no root element');
  if (unbound) warnings.push('the XML uses namespace prefixes it never declares');
  return { root, warnings };
}
