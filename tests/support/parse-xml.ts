import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Parses XML with a real, namespace-aware parser; any error (not only a fatal one) fails the test. */
export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`Not well-formed XML: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

/** Elements by namespace and local name, as an array. */
export const elementsNS = (node: Document | Element, namespace: string, name: string): Element[] => Array.from(node.getElementsByTagNameNS(namespace, name));

/** The single element of that name; fails when there is none or more than one. */
export function onlyNS(node: Document | Element, namespace: string, name: string): Element {
  const found = elementsNS(node, namespace, name);
  if (found.length !== 1) throw new Error(`Expected one <${name}>, found ${found.length}`);
  return found[0]!;
}
