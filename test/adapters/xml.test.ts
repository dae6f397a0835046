// The small XML reader behind the arXiv adapter: what it accepts, what it
// refuses, and that hostile input cannot stall it.
import { expect } from '@open-wc/testing';
import {
  attribute,
  childNamed,
  parseXml,
  textContent,
  XmlError,
  type XmlElement,
} from '../../bin/lib/xml.js';

function errorOf(source: string): XmlError {
  try {
    parseXml(source);
  } catch (error) {
    if (error instanceof XmlError) return error;
    throw error;
  }
  throw new Error(`no error for ${source}`);
}

function only(el: XmlElement): XmlElement {
  const child = el.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!child) throw new Error(`<${el.name}> has no child element`);
  return child;
}

describe('parseXml: what it reads', () => {
  it('decodes the five entities, decimal and hex references, and CDATA', () => {
    const root = parseXml(
      '<a>&lt;&gt;&amp;&quot;&apos; &#233;&#xE9;&#x1D49C; <![CDATA[<b>&amp;</b>]]></a>',
    );

    expect(textContent(root)).to.equal('<>&"\' \u00e9\u00e9\u{1d49c} <b>&amp;</b>');
  });

  it('resolves namespaces by their URI, whatever the prefix', () => {
    const root = parseXml(
      '<f xmlns="urn:atom" xmlns:x="urn:ext"><x:doi>1</x:doi>' +
        '<e xmlns:y="urn:ext"><y:doi y:k="v" k="w">2</y:doi></e></f>',
    );
    const inner = only(childNamed(root, 'urn:atom', 'e')!);

    expect(root.ns).to.equal('urn:atom');
    expect(textContent(childNamed(root, 'urn:ext', 'doi'))).to.equal('1');
    expect(inner).to.include({ ns: 'urn:ext', local: 'doi', name: 'y:doi' });
    expect(attribute(inner, 'k'), 'unprefixed attributes have no namespace').to.equal('w');
    expect(inner.attrs.find((a) => a.name === 'y:k')).to.include({ ns: 'urn:ext', value: 'v' });
  });

  it('lets an inner declaration override an outer one, only inside it', () => {
    const root = parseXml('<a xmlns="urn:1"><b xmlns="urn:2"><c/></b><d/></a>');
    const [b, d] = root.children.filter((c): c is XmlElement => typeof c !== 'string');

    expect(only(b).ns).to.equal('urn:2');
    expect(d.ns).to.equal('urn:1');
  });

  it('skips the declaration, comments, processing instructions and a BOM', () => {
    const root = parseXml(
      '\ufeff<?xml version="1.0"?>\n<!-- a -->\n<a><!-- b --><?pi x?>t</a>\n<!-- c -->\n',
    );

    expect(root.children).to.deep.equal(['t']);
  });

  it('normalises line ends in text and whitespace in attribute values', () => {
    const root = parseXml('<a k="x\ty\nz&#10;">1\r\n2\r3</a>');

    expect(textContent(root)).to.equal('1\n2\n3');
    expect(attribute(root, 'k')).to.equal('x y z\n');
  });
});

describe('parseXml: what it refuses', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an unclosed element', '<a><b></b>', /<a> is never closed/],
    ['a crossed closing tag', '<a><b></a></b>', /<\/a> closes <b>/],
    ['an HTML entity', '<a>&nbsp;</a>', /unknown entity &nbsp;/],
    ['a bare ampersand', '<a>R&D</a>', /'&' must start a reference/],
    ['a reference to NUL', '<a>&#0;</a>', /&#0; is not an XML character/],
    ['a raw control character', '<a>\u0001</a>', /U\+1 is not allowed/],
    ['a DOCTYPE (entity definitions)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /DOCTYPE/],
    ['an undeclared prefix', '<p:a/>', /undeclared namespace prefix in p:a/],
    ['a prefix named like an Object method', '<toString:a/>', /undeclared/],
    ['a repeated attribute', '<a k="1" k="2"/>', /attribute k appears twice/],
    ['an unquoted attribute', '<a k=1/>', /attribute k is not quoted/],
    ['two roots', '<a/><b/>', /a second root element/],
    ['text after the root', '<a/>tail', /text outside the root element/],
    ['no root', '<!-- only a comment -->', /no root element/],
  ];
  for (const [what, source, message] of cases) {
    it(`refuses ${what}`, () => {
      expect(errorOf(source).message).to.match(message);
    });
  }

  it('names the line of the fault', () => {
    const error = errorOf('<a>\n<b>\n</c>\n</a>');

    expect(error.line).to.equal(3);
    expect(error.message).to.match(/\(line 3\)$/);
  });
});

describe('parseXml: hostile input', () => {
  // Guards against super-linear behaviour; the bounds are generous on purpose.
  it('reads a 10 MB feed of 20,000 entries in bounded time', () => {
    const entry = '<entry><title>T &amp; T</title><name>N</name></entry>';
    const source = `<feed>${entry.repeat(20000)}</feed>`.padEnd(10_000_000, ' ');
    const started = performance.now();

    const root = parseXml(source);

    expect(root.children.length).to.be.at.least(20000);
    expect(performance.now() - started).to.be.below(5000);
  });

  it('stops deep nesting early, and long attribute lists fast', () => {
    const started = performance.now();

    expect(errorOf('<a>'.repeat(100000)).message).to.match(/nested too deeply/);
    const attrs = Array.from({ length: 50000 }, (_, i) => `k${i}="${i}"`).join(' ');
    expect(parseXml(`<a ${attrs}/>`).attrs).to.have.length(50000);
    expect(performance.now() - started).to.be.below(5000);
  });
});
