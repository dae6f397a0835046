import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/contract/validate.js';

// Each of these would run script, load something other than http(s), or point
// somewhere other than it appears to once a browser has cleaned it up.
const HOSTILE: Array<[string, string]> = [
  ['javascript: scheme', 'javascript:alert(1)'],
  ['upper-case scheme', 'JAVASCRIPT:alert(1)'],
  ['mixed-case scheme', 'JaVaScRiPt:alert(document.domain)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['data: SVG image', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://example.org/0b7e2c4e'],
  ['ftp:', 'ftp://example.org/paper.pdf'],
  ['mailto:', 'mailto:someone@example.org'],
  ['leading space before javascript:', ' javascript:alert(1)'],
  ['leading NUL before javascript:', '\u0000javascript:alert(1)'],
  ['tab inside the scheme', 'java\tscript:alert(1)'],
  ['newline inside the scheme', 'java\nscript:alert(1)'],
  ['carriage return inside the scheme', 'java\rscript:alert(1)'],
  ['NUL before the colon', 'javascript\u0000:alert(1)'],
  ['tab turning a path into protocol-relative', '/\t/evil.example/x.png'],
  ['backslash protocol-relative', '/\\evil.example/x.png'],
  ['double backslash', '\\\\evil.example\\x.png'],
  ['zero-width space in the scheme', 'java\u200bscript:alert(1)'],
  ['byte-order mark first', '\ufeffjavascript:alert(1)'],
  ['right-to-left override', 'https://example.org/\u202egnp.exe'],
  ['non-breaking space', 'https://exa\u00a0mple.org/'],
  ['C1 control', 'https://example.org/\u0085'],
  ['http with no host', 'https://'],
  ['unparseable host', 'http://exa mple.org/'],
  ['over-long URL', `https://example.org/${'a'.repeat(5000)}`],
  ['empty string', ''],
];

const ACCEPTED: Array<[string, string]> = [
  ['https', 'https://arxiv.org/abs/2605.12345v2'],
  ['http', 'http://example.org/paper.pdf'],
  ['upper-case http scheme', 'HTTPS://example.org/a.png'],
  ['relative path', 'figures/1-small.png'],
  ['root-relative path', '/figures/1.png'],
  ['query only', '?page=2'],
  ['protocol-relative, clean', '//cdn.example.org/fig.png'],
  ['percent-encoded colon stays a path', 'javascript%3Aalert(1)'],
  ['entity-like text stays a path', '&#106;avascript:alert(1)'],
];

describe('safeUrl', () => {
  for (const [name, raw] of HOSTILE) {
    it(`refuses ${name}`, () => {
      expect(safeUrl(raw)).to.equal(undefined);
      expect(safeUrl(raw, 'https://endpoint.example/api/listing')).to.equal(undefined);
    });
  }

  for (const [name, raw] of ACCEPTED) {
    it(`keeps ${name}, and resolves it to http(s) against a base`, () => {
      expect(safeUrl(raw)).to.equal(raw);
      const resolved = new URL(safeUrl(raw, 'https://endpoint.example/api/listing')!);
      expect(['http:', 'https:']).to.include(resolved.protocol);
    });
  }

  it('refuses values that are not strings', () => {
    for (const value of [42, null, undefined, {}, ['https://example.org/']]) {
      expect(safeUrl(value)).to.equal(undefined);
    }
  });

  it('resolves relative URLs against the base it is given', () => {
    const base = 'https://endpoint.example/api/cs.LG/listing.json';
    expect(safeUrl('page-2.json', base)).to.equal('https://endpoint.example/api/cs.LG/page-2.json');
    expect(safeUrl('/fig/1.png', base)).to.equal('https://endpoint.example/fig/1.png');
    expect(safeUrl('https://other.example/x', base)).to.equal('https://other.example/x');
  });
});
