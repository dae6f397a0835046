// The front's fast path returns text as it is when `needsTex` says no. That is right only if the
// TeX module would show exactly that text: this runs every string of the committed fixtures,
// pieces of them and many generated strings through both and compares.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { parseTex, texToPlainText } from '../../src/tex/decode.js';
import { tex as fullTex } from '../../src/tex/directive.js';
import { needsTex } from '../../src/tex/front.js';
import { MAX_TEXT_LENGTH } from '../../src/tex/limits.js';

const JSON_FIXTURES = [
  '/demo/data/listing-cs.LG.json',
  '/test/fixtures/hostile/listing.json',
  '/test/fixtures/lab/scored.json',
  '/test/fixtures/listing-wrong-version.json',
];
const XML_FIXTURES = ['query-page-0', 'query-page-2', 'query-page-4', 'quirks', 'ids'].map(
  (name) => `/test/fixtures/arxiv/${name}.xml`,
);

async function fetchText(url: string): Promise<string> {
  const reply = await fetch(url);
  if (!reply.ok) throw new Error(`${url}: HTTP ${reply.status}`);
  return reply.text();
}

function stringsIn(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, into));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => stringsIn(v, into));
  return into;
}

/** Every string value of the JSON fixtures and every element's text in the arXiv ones. */
async function fixtureStrings(): Promise<string[]> {
  const strings: string[] = [];
  for (const url of JSON_FIXTURES) stringsIn(JSON.parse(await fetchText(url)), strings);
  for (const url of XML_FIXTURES) {
    const xml = new DOMParser().parseFromString(await fetchText(url), 'application/xml');
    for (const element of xml.querySelectorAll('*')) {
      if (element.children.length === 0) strings.push(element.textContent ?? '');
    }
  }
  return strings;
}

/** The strings, their lines and their words: the pieces an element may be given alone. */
function withPieces(strings: string[]): string[] {
  const pieces = strings.flatMap((s) => [s, ...s.split('\n'), ...s.split(/\s+/), s.trim()]);
  return [...new Set(pieces)];
}

// Characters next to what the TeX module acts on, or that it might be thought to change
// (combining marks, which it never normalises; RTL; a surrogate pair), and the TeX characters
// themselves, rarely, so that both answers of `needsTex` occur often.
const COMMON = [...'abcxyzAÉ019 .,;:()[]<>/@*+=|!?"#%&^_-\'`\n\t\u00a0'];
const RARE = [...'\\${}~', 'e\u0301', '\u0301', '\u0627\u0644', '\u{1d53c}', 'ﬁ', 'Å', 'Å'];

/** Deterministic pseudo-random strings (mulberry32), up to 40 characters long. */
function generatedStrings(count: number): string[] {
  let seed = 0x7e1;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const length = Math.floor(random() * 41);
    return Array.from({ length }, () => (random() < 0.05 ? pick(RARE) : pick(COMMON))).join('');
  });
}

/** Asserts that the TeX module shows `text` exactly as given. */
function expectShownAsGiven(text: string) {
  const nodes = parseTex(text);
  expect(nodes, JSON.stringify(text)).to.deep.equal(text === '' ? [] : [{ kind: 'text', text }]);
  expect(texToPlainText(text), JSON.stringify(text)).to.equal(text);
}

describe('the front’s test for text without TeX', () => {
  it('accepts only fixture strings that the TeX module shows as they are', async () => {
    const strings = withPieces(await fixtureStrings());
    const plain = strings.filter((s) => !needsTex(s));
    const target = document.createElement('div');
    for (const text of plain) {
      expectShownAsGiven(text);
      render(html`${fullTex(text)}`, target);
      expect(target.textContent, JSON.stringify(text)).to.equal(text);
      expect(target.children, JSON.stringify(text)).to.have.length(0);
    }
    // The run means something only if both answers occur, on real titles and abstracts alike.
    expect(plain.length).to.be.above(1000);
    expect(strings.length - plain.length).to.be.above(100);
    expect(plain.some((s) => s.length > 500)).to.equal(true);
  });

  it('accepts only generated strings that the TeX module shows as they are', () => {
    const strings = generatedStrings(20_000);
    const plain = strings.filter((s) => !needsTex(s));
    plain.forEach(expectShownAsGiven);

    expect(plain.length).to.be.above(5000);
    expect(strings.length - plain.length).to.be.above(5000);
    for (const needle of ['-', "'", '`', '^', '_', '\u0301', 'Å', '\u00a0', '%']) {
      expect(
        plain.some((s) => s.includes(needle)),
        needle,
      ).to.equal(true);
    }
  });

  it('sends each thing the TeX module changes to it', () => {
    for (const text of ["G\\'a", '$x$', '{a}', 'a~b', 'a--b', '``a', "a''", '\\(x\\)']) {
      expect(needsTex(text), text).to.equal(true);
      expect(parseTex(text), text).not.to.deep.equal([{ kind: 'text', text }]);
    }
  });

  it('sends text longer than the TeX module keeps to it, which cuts it', () => {
    const longest = 'a'.repeat(MAX_TEXT_LENGTH);
    expect(needsTex(longest)).to.equal(false);
    expectShownAsGiven(longest);
    expect(needsTex(`${longest}a`)).to.equal(true);
    expect(texToPlainText(`${longest}a`)).to.equal(`${longest}…`);
  });
});
