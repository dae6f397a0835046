import { expect } from '@open-wc/testing';
import { checkedUrl, isPlainUrl, safeUrl } from '../../src/contract/safe-url.js';
import { URL_PAYLOADS, HOSTILE_BASE } from '../support/xss-corpus.js';

// URLs the cards see every day: these must take the fast path.
const PLAIN = [
  'https://arxiv.org/abs/2605.12345v2',
  'http://example.org/paper.pdf',
  'HTTPS://Example.org/a.png',
  'https://example.org:8080/fig.png?w=320#top',
  'https://a-b.c-d.example/x/y/z.png',
  '/figures/1.png',
  '/',
  `${HOSTILE_BASE}missing.png?"onerror="__pwned('url-quote')`,
];

// Close to plain, but each one differs in a way only the full check may judge.
const NEAR = [
  'https://',
  'https://999.1.1.1/x',
  'https://1.2.3/x',
  'https://a.0xff/x',
  'https://xn--a.example/x',
  'https://example.xn--zz/x',
  'https://example.org:99999/x',
  'https://example.org:/x',
  'https://user@example.org/x',
  'https://user:pw@example.org/x',
  'https://[::1]/x',
  'https://[::1/x',
  'https://exa mple.org/',
  'https://example.org./x',
  'https://.example.org/x',
  'https://example..org/x',
  'https://ex%41mple.org/x',
  'https://example.org/\\evil',
  'https://example.org/\u202egnp.exe',
  'https://example.org/\u00e9',
  'https:example.org',
  'http:/example.org',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  '/\t/evil.example/x.png',
  '/a b',
  'relative/path.png',
  '?page=2',
  `https://example.org/${'a'.repeat(5000)}`,
];

describe('safeUrl fast path', () => {
  const all = [...URL_PAYLOADS.map((payload) => payload.url), ...PLAIN, ...NEAR];

  it('gives the result of the full check for every URL of the XSS corpus and more', () => {
    for (const raw of all) {
      expect(safeUrl(raw), JSON.stringify(raw)).to.equal(checkedUrl(raw));
    }
  });

  it('accepts only URLs the full check keeps unchanged', () => {
    for (const raw of all.filter(isPlainUrl)) {
      expect(checkedUrl(raw), JSON.stringify(raw)).to.equal(raw);
    }
  });

  it('is taken by ordinary links and by no hostile URL of the corpus', () => {
    expect(PLAIN.filter((raw) => !isPlainUrl(raw))).to.deep.equal([]);
    const refused = URL_PAYLOADS.filter((payload) => payload.refused);
    expect(refused.filter((payload) => isPlainUrl(payload.url)).map((p) => p.id)).to.deep.equal([]);
  });
});
