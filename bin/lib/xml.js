// A small, strict XML reader: enough for Atom feeds, identical in browsers and
// in Node (which has no DOMParser), so the arXiv adapter behaves the same in a
// page and in the command-line tool.
//
// Supported: elements, attributes, text, CDATA, comments, processing
// instructions, the five predefined entities, numeric character references and
// namespaces (declared with xmlns / xmlns:prefix, resolved to URIs).
// Refused on purpose: DOCTYPE declarations. They are the only way to define new
// entities, and expanding those is how "billion laughs" replies attack parsers;
// Atom never needs them.

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const BASE_SCOPE = Object.assign(Object.create(null), { xml: XML_NS });

// Nesting deeper than this is not a feed; the limit keeps memory bounded.
const MAX_DEPTH = 512;

const NAME = /[A-Za-z_\u00C0-\uFFFF][\w.\-:\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\n]*/y;
// Control characters that XML 1.0 forbids anywhere, even as references.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** A well-formedness error, with the line it was found on. */
export class XmlError extends Error {
  /**
   * @param {string} message
   * @param {number} line
   */
  constructor(message, line) {
    super(`${message} (line ${line})`);
    this.name = 'XmlError';
    this.line = line;
  }
}

/**
 * Parses a whole document and returns its root element.
 * @param {string} source
 * @returns {import('./xml.js').XmlElement}
 */
export function parseXml(source) {
  // XML reads every line ending as a single newline, and ignores a leading BOM.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const reader = new Reader(text);
  const bad = text.search(NOT_XML_CHAR);
  if (bad !== -1) {
    reader.failAt(bad, `character U+${text.charCodeAt(bad).toString(16)} is not allowed`);
  }
  return reader.document();
}

class Reader {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
    this.pos = 0;
    /** @type {any[]} open elements, innermost last */
    this.stack = [];
    /** @type {Record<string, string>[]} namespace bindings in force, parallel to `stack` */
    this.scopes = [];
    /** @type {any} */
    this.root = undefined;
  }

  document() {
    while (this.pos < this.text.length) {
      const lt = this.text.indexOf('<', this.pos);
      const end = lt === -1 ? this.text.length : lt;
      if (end > this.pos) this.characters(this.text.slice(this.pos, end));
      this.pos = end;
      if (lt !== -1) this.markup();
    }
    if (this.stack.length > 0) {
      this.fail(`<${this.stack[this.stack.length - 1].name}> is never closed`);
    }
    if (!this.root) this.fail('no root element');
    return this.root;
  }

  markup() {
    const text = this.text;
    if (text.startsWith('<!--', this.pos)) return this.skipPast('-->', 'comment');
    if (text.startsWith('<![CDATA[', this.pos)) return this.cdata();
    if (text.startsWith('<?', this.pos)) return this.skipPast('?>', 'processing instruction');
    if (text.startsWith('<!', this.pos)) {
      this.fail('DOCTYPE and other declarations are not supported');
    }
    if (text.startsWith('</', this.pos)) return this.endTag();
    return this.startTag();
  }

  /** @param {string} close @param {string} what */
  skipPast(close, what) {
    const end = this.text.indexOf(close, this.pos + 2);
    if (end === -1) this.fail(`unterminated ${what}`);
    this.pos = end + close.length;
  }

  cdata() {
    const start = this.pos + '<![CDATA['.length;
    const end = this.text.indexOf(']]>', start);
    if (end === -1) this.fail('unterminated CDATA section');
    this.appendText(this.text.slice(start, end), end);
    this.pos = end + 3;
  }

  /** @param {string} raw */
  characters(raw) {
    if (raw.includes(']]>')) this.fail("']]>' is not allowed in text");
    this.appendText(this.decode(raw, this.pos), this.pos);
  }

  /** @param {string} value @param {number} at */
  appendText(value, at) {
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      parent.children.push(value);
    } else if (/[^ \t\n]/.test(value)) {
      this.pos = at;
      this.fail('text outside the root element');
    }
  }

  startTag() {
    this.pos += 1;
    const name = this.name('element name');
    const rawAttrs = this.attributes();
    const selfClosing = this.text.startsWith('/>', this.pos);
    if (!selfClosing && this.text[this.pos] !== '>') this.fail(`malformed tag <${name}>`);
    this.pos += selfClosing ? 2 : 1;

    if (this.root && this.stack.length === 0) this.fail('a second root element');
    if (this.stack.length >= MAX_DEPTH) this.fail('elements nested too deeply');
    const scope = this.scopeFor(rawAttrs);
    const element = this.makeElement(name, rawAttrs, scope);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(element);
    else this.root = element;
    if (!selfClosing) {
      this.stack.push(element);
      this.scopes.push(scope);
    }
  }

  /** @returns {[string, string][]} */
  attributes() {
    /** @type {[string, string][]} */
    const attrs = [];
    const seen = new Set();
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '>' || c === '/' || c === undefined) return attrs;
      if (this.pos === before) this.fail('expected a space between attributes');
      const name = this.name('attribute name');
      this.skipSpace();
      if (this.text[this.pos] !== '=') this.fail(`attribute ${name} has no value`);
      this.pos += 1;
      this.skipSpace();
      if (seen.has(name)) this.fail(`attribute ${name} appears twice`);
      seen.add(name);
      attrs.push([name, this.attributeValue(name)]);
    }
  }

  /** @param {string} name */
  attributeValue(name) {
    const quote = this.text[this.pos];
    if (quote !== '"' && quote !== "'") this.fail(`attribute ${name} is not quoted`);
    const end = this.text.indexOf(quote, this.pos + 1);
    if (end === -1) this.fail(`attribute ${name} is not closed`);
    const raw = this.text.slice(this.pos + 1, end);
    if (raw.includes('<')) this.fail(`'<' inside attribute ${name}`);
    const at = this.pos + 1;
    this.pos = end + 1;
    // Attribute-value normalisation: literal tabs and newlines read as spaces,
    // while &#10; and friends keep the character they name.
    return this.decode(raw.replace(/[\t\n]/g, ' '), at);
  }

  /**
   * The namespace bindings of a new element: its parent's, plus its own
   * declarations. Prototype chains make the lookup cheap; the chain ends in
   * null so that a prefix such as `constructor` finds nothing inherited.
   * @param {[string, string][]} rawAttrs
   */
  scopeFor(rawAttrs) {
    const outer = this.scopes[this.scopes.length - 1] ?? BASE_SCOPE;
    /** @type {Record<string, string>} */
    const scope = Object.create(outer);
    for (const [name, value] of rawAttrs) {
      if (name === 'xmlns') scope[''] = value;
      else if (name.startsWith('xmlns:')) this.declare(scope, name.slice(6), value);
    }
    return scope;
  }

  /**
   * @param {string} qname
   * @param {[string, string][]} rawAttrs
   * @param {Record<string, string>} scope
   */
  makeElement(qname, rawAttrs, scope) {
    const [prefix, local] = this.split(qname);
    const ns = this.resolve(scope, prefix, qname, true);
    const attrs = rawAttrs.map(([name, value]) => {
      const [p, l] = this.split(name);
      const declaration = name === 'xmlns' || p === 'xmlns';
      const attrNs = declaration ? XMLNS_NS : this.resolve(scope, p, name, false);
      return { name, local: l, ns: attrNs, value };
    });
    return { name: qname, local, ns, attrs, children: [] };
  }

  /** @param {Record<string, string>} scope @param {string} prefix @param {string} uri */
  declare(scope, prefix, uri) {
    if (uri === '') this.fail(`prefix ${prefix} is bound to an empty namespace`);
    scope[prefix] = uri;
  }

  /** @param {string} qname @returns {[string, string]} */
  split(qname) {
    const colon = qname.indexOf(':');
    if (colon === -1) return ['', qname];
    const prefix = qname.slice(0, colon);
    const local = qname.slice(colon + 1);
    if (prefix === '' || local === '' || local.includes(':')) this.fail(`bad name ${qname}`);
    return [prefix, local];
  }

  /**
   * Unprefixed elements take the default namespace; unprefixed attributes
   * take none, as the Namespaces in XML rules say.
   * @param {Record<string, string>} scope @param {string} prefix
   * @param {string} qname @param {boolean} isElement
   */
  resolve(scope, prefix, qname, isElement) {
    if (prefix === '') return isElement ? scope[''] || '' : '';
    const uri = scope[prefix];
    if (!uri) this.fail(`undeclared namespace prefix in ${qname}`);
    return uri;
  }

  endTag() {
    this.pos += 2;
    const name = this.name('closing tag name');
    this.skipSpace();
    if (this.text[this.pos] !== '>') this.fail(`malformed closing tag </${name}>`);
    this.pos += 1;
    const open = this.stack.pop();
    if (!open) this.fail(`</${name}> closes nothing`);
    if (open.name !== name) this.fail(`</${name}> closes <${open.name}>`);
    this.scopes.pop();
  }

  /** @param {string} what */
  name(what) {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    if (!match) this.fail(`expected ${what}`);
    this.pos = NAME.lastIndex;
    return match[0];
  }

  skipSpace() {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  /**
   * Replaces entity and character references.
   * @param {string} raw @param {number} at where `raw` starts, for error lines
   */
  decode(raw, at) {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&(?:([A-Za-z][\w.-]*)|#([0-9]+)|#x([0-9A-Fa-f]+))?(;?)/g, (whole, ...g) => {
      const [entity, dec, hex, semi] = g;
      const where = at + /** @type {number} */ (g[4]);
      if (!semi || (!entity && !dec && !hex)) this.failAt(where, "'&' must start a reference");
      if (entity) {
        if (!Object.hasOwn(PREDEFINED, entity)) this.failAt(where, `unknown entity ${whole}`);
        return PREDEFINED[/** @type {keyof typeof PREDEFINED} */ (entity)];
      }
      const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
      if (!isXmlChar(code)) this.failAt(where, `${whole} is not an XML character`);
      return String.fromCodePoint(code);
    });
  }

  /** @param {string} message @returns {never} */
  fail(message) {
    return this.failAt(this.pos, message);
  }

  /** @param {number} index @param {string} message @returns {never} */
  failAt(index, message) {
    let line = 1;
    let newline = this.text.indexOf('\n');
    while (newline !== -1 && newline < index) {
      line += 1;
      newline = this.text.indexOf('\n', newline + 1);
    }
    throw new XmlError(message, line);
  }
}

/** @param {number} code */
function isXmlChar(code) {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * The child elements of `parent` with the given namespace URI and local name.
 * @param {import('./xml.js').XmlElement} parent @param {string} ns @param {string} local
 */
export function childrenNamed(parent, ns, local) {
  return parent.children.filter((c) => typeof c !== 'string' && c.ns === ns && c.local === local);
}

/**
 * The first child element with the given namespace URI and local name.
 * @param {import('./xml.js').XmlElement} parent @param {string} ns @param {string} local
 */
export function childNamed(parent, ns, local) {
  return childrenNamed(parent, ns, local)[0];
}

/**
 * All text inside an element, descendants included, as written.
 * @param {import('./xml.js').XmlElement | undefined} element
 * @returns {string}
 */
export function textContent(element) {
  if (!element) return '';
  let out = '';
  for (const child of element.children) {
    out += typeof child === 'string' ? child : textContent(child);
  }
  return out;
}

/**
 * The value of an attribute without a namespace, or undefined.
 * @param {import('./xml.js').XmlElement} element @param {string} local
 */
export function attribute(element, local) {
  return element.attrs.find((a) => a.ns === '' && a.local === local)?.value;
}
