/** An attribute, with its namespace URI resolved (empty when it has none). */
export interface XmlAttribute {
  /** The name as written, prefix included. */
  name: string;
  local: string;
  ns: string;
  value: string;
}

/** An element; `children` holds text (already decoded) and child elements in order. */
export interface XmlElement {
  /** The name as written, prefix included. */
  name: string;
  local: string;
  /** Namespace URI, resolved from xmlns declarations; empty when none applies. */
  ns: string;
  attrs: XmlAttribute[];
  children: Array<XmlElement | string>;
}

/** A well-formedness error, with the line it was found on. */
export class XmlError extends Error {
  constructor(message: string, line: number);
  readonly line: number;
}

/** Parses a whole document and returns its root element; throws `XmlError`. */
export function parseXml(source: string): XmlElement;

export function childrenNamed(parent: XmlElement, ns: string, local: string): XmlElement[];
export function childNamed(parent: XmlElement, ns: string, local: string): XmlElement | undefined;
export function textContent(element: XmlElement | undefined): string;
export function attribute(element: XmlElement, local: string): string | undefined;
