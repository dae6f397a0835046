import { expect } from '@open-wc/testing';
import { createClient } from '../../src/client/client.js';
import { CONTRACT_LIMITS } from '../../src/contract/limits.js';
import { failsWith, freshKey, mockUrl, networkCount } from './mock.js';

describe('client: replies that load', () => {
  it('returns a validated listing with the final URL and no unknown fields', async () => {
    const key = freshKey();
    const loaded = await createClient().listing(mockUrl('listing', { key, n: 3 }));

    expect(loaded.value.items.map((p) => p.id)).to.deep.equal(['p-1', 'p-2', 'p-3']);
    expect(loaded.url).to.equal(new URL(mockUrl('listing', { key, n: 3 }), location.href).href);
    expect(loaded.value).to.not.have.property('extra');
    expect(loaded.value.items[0]).to.not.have.property('unknownField');
    expect(loaded.skipped).to.deep.equal([]);
    expect(loaded.warnings).to.deep.equal([]);
  });

  it('resolves relative URLs in the reply against the reply URL', async () => {
    const loaded = await createClient().listing(mockUrl('listing', { n: 1 }));
    const base = new URL('/mock/', location.href).href;
    expect(loaded.value.items[0].figure!.thumbnail).to.equal(`${base}fig/1-small.png`);
    expect(loaded.value.links![0].href).to.equal(`${base}browse?category=cs.XX`);
  });

  it('resolves a relative next against the URL reached after a redirect', async () => {
    const target = mockUrl('elsewhere/listing', { n: 1, next: 'page-2?n=1' });
    const loaded = await createClient().listing(mockUrl('redirect', { to: target }));
    expect(loaded.url).to.equal(new URL(target, location.href).href);
    expect(loaded.value.next).to.equal(new URL('/mock/elsewhere/page-2?n=1', location.href).href);
  });

  it('keeps the good items of a partly broken page and says why the others went', async () => {
    const loaded = await createClient().listing(mockUrl('listing', { n: 3, bad: 7 }));
    expect(loaded.value.items).to.have.length(3);
    expect(loaded.skipped.map((s) => s.reason)).to.deep.equal([
      'items[3].title: expected a non-empty string',
      'items[4].id: expected a non-empty string',
      'items[5].authors: expected an array',
      'items[6].score: expected a finite number',
      'items[7].date: expected a date that exists',
      'items[8].theorems: expected a non-negative integer',
      'items[9]: expected an object',
    ]);
  });

  it('drops hostile URLs without losing the papers that carried them', async () => {
    const loaded = await createClient().listing(mockUrl('hostile'));
    const [first, second, third] = loaded.value.items;

    expect(loaded.value.items).to.have.length(3);
    expect(first).to.not.have.property('figure');
    expect(second.links).to.deep.equal({ pdf: new URL('/mock/x.pdf', location.href).href });
    expect(third).to.not.have.property('links');
    expect(loaded.value).to.not.have.any.keys('next', 'links');
    expect(loaded.warnings!.map((w) => w.field)).to.deep.equal([
      'items[0].figure.thumbnail',
      'items[1].links.abs',
      'items[2].links.page',
      'next',
      'links[0].href',
    ]);
  });

  it('loads a single paper', async () => {
    const loaded = await createClient().paper(mockUrl('paper', { id: '2605.00001' }));
    expect(loaded.value.kind).to.equal('paper');
    expect(loaded.value.paper.id).to.equal('2605.00001');
  });

  it('accepts JSON sent as text/plain', async () => {
    const loaded = await createClient().listing(mockUrl('listing', { n: 2, type: 'text/plain' }));
    expect(loaded.value.items).to.have.length(2);
  });
});

describe('client: replies that fail', () => {
  it('reports an HTML page as not-json and names its type', async () => {
    const key = freshKey();
    const error = await failsWith(createClient().listing(mockUrl('html', { key })), 'not-json');
    expect(error.message).to.contain('expected JSON, got text/html');
    expect(error.details.contentType).to.equal('text/html');
    expect(await networkCount(key)).to.equal(1);
  });

  it('reports a 404 with its status, without retrying', async () => {
    const key = freshKey();
    const url = mockUrl('status', { key, code: 404 });
    const error = await failsWith(createClient().listing(url), 'http');
    expect(error.message).to.equal('The endpoint answered 404 Not Found');
    expect(error.details.status).to.equal(404);
    expect(error.details.url).to.equal(new URL(url, location.href).href);
    expect(await networkCount(key)).to.equal(1);
  });

  it('reports JSON that does not parse, and an empty body, as not-json', async () => {
    await failsWith(createClient().listing(mockUrl('not-json')), 'not-json');
    await failsWith(createClient().listing(mockUrl('empty')), 'not-json');
  });

  it('reports another contract version as a version error', async () => {
    const key = freshKey();
    const error = await failsWith(createClient().listing(mockUrl('version', { key })), 'version');
    expect(error.details.field).to.equal('version');
    expect(await networkCount(key)).to.equal(1);
  });

  const shapes: Array<[string, string]> = [
    ['array', ''],
    ['string', ''],
    ['null', ''],
    ['no-items', 'items'],
    ['items-object', 'items'],
    ['wrong-kind', 'kind'],
    ['no-version', 'version'],
  ];
  for (const [shape, field] of shapes) {
    it(`reports a wrong top level (${shape}) as a contract error at "${field}"`, async () => {
      const error = await failsWith(createClient().listing(mockUrl('top', { shape })), 'contract');
      expect(error.details.field).to.equal(field);
    });
  }

  it('reports a listing fetched as a paper as a contract error', async () => {
    const error = await failsWith(createClient().paper(mockUrl('listing')), 'contract');
    expect(error.details.field).to.equal('kind');
  });

  it('times out on a reply that never comes', async () => {
    const start = performance.now();
    const client = createClient({ timeoutMs: 300 });
    const error = await failsWith(client.listing(mockUrl('hang')), 'timeout');
    expect(error.message).to.equal('No complete reply within 300 ms');
    expect(performance.now() - start).to.be.below(5000);
  });

  it('times out on a slow reply, and waits for one within the limit', async () => {
    const client = createClient({ timeoutMs: 1000 });
    await failsWith(client.listing(mockUrl('listing', { delay: 3000 })), 'timeout');
    const loaded = await client.listing(mockUrl('listing', { delay: 200 }));
    expect(loaded.value.items).to.have.length(5);
  });

  it('reports a network failure as network', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await failsWith(createClient({ fetch, retries: 0 }).listing('/x'), 'network');
    expect(error.message).to.equal('The endpoint could not be reached');
  });
});

describe('client: size caps', () => {
  it('cuts a 5 MB abstract to its cap under the default size limit', async () => {
    const url = mockUrl('listing', { n: 1, abstract: 5_000_000 });
    const loaded = await createClient().listing(url);
    expect(loaded.value.items[0].abstract).to.have.length(CONTRACT_LIMITS.abstract);
    expect(loaded.warnings).to.deep.equal([
      { field: 'items[0].abstract', message: 'cut from 5000000 to 20000 characters' },
    ]);
  });

  it('refuses a reply whose content-length is over maxBytes', async () => {
    const url = mockUrl('listing', { n: 1, abstract: 5_000_000 });
    const error = await failsWith(createClient({ maxBytes: 1_000_000 }).listing(url), 'too-large');
    expect(error.message).to.contain('976.6 KiB allowed');
  });

  it('stops reading a streamed reply with no content-length once it passes maxBytes', async () => {
    let announced: string | null = 'not seen';
    const spy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      announced = response.headers.get('content-length');
      return response;
    };
    const url = mockUrl('listing', { n: 1, abstract: 5_000_000, stream: 1 });
    await failsWith(createClient({ maxBytes: 1_000_000, fetch: spy }).listing(url), 'too-large');
    expect(announced).to.equal(null);
  });

  it('reads at most the item cap from a 10,000-item page, within a generous bound', async () => {
    const start = performance.now();
    const loaded = await createClient().listing(mockUrl('listing', { n: 10_000 }));
    expect(performance.now() - start).to.be.below(3000);
    expect(loaded.value.items).to.have.length(CONTRACT_LIMITS.items);
    expect(loaded.warnings).to.deep.equal([
      { field: 'items', message: '10000 items, read only the first 1000' },
    ]);
  });
});

describe('client: retries', () => {
  it('retries a 500 and succeeds on the next reply', async () => {
    const key = freshKey();
    const loaded = await createClient().listing(mockUrl('flaky', { key, fail: 1, code: 500 }));
    expect(loaded.value.items).to.have.length(5);
    expect(await networkCount(key)).to.equal(2);
  });

  it('gives up after the configured number of retries', async () => {
    const key = freshKey();
    const url = mockUrl('flaky', { key, fail: 10, code: 503 });
    const error = await failsWith(createClient({ retries: 2 }).listing(url), 'http');
    expect(error.details.status).to.equal(503);
    expect(await networkCount(key)).to.equal(3);
  });

  it('waits as long as Retry-After asks before retrying a 429', async () => {
    const key = freshKey();
    const start = performance.now();
    const url = mockUrl('flaky', { key, fail: 1, code: 429, retryAfter: 1 });
    const loaded = await createClient().listing(url);
    expect(performance.now() - start).to.be.at.least(900);
    expect(loaded.value.items).to.have.length(5);
    expect(await networkCount(key)).to.equal(2);
  });

  it('fails at once when Retry-After asks for longer than it will wait', async () => {
    const key = freshKey();
    const url = mockUrl('flaky', { key, fail: 1, code: 429, retryAfter: 3600 });
    const error = await failsWith(createClient().listing(url), 'http');
    expect(error.details.retryAfterMs).to.equal(3_600_000);
    expect(await networkCount(key)).to.equal(1);
  });

  it('does not retry a retryable failure past the time limit', async () => {
    const key = freshKey();
    const url = mockUrl('flaky', { key, fail: 1, code: 429, retryAfter: 2 });
    await failsWith(createClient({ timeoutMs: 1000 }).listing(url), 'http');
    expect(await networkCount(key)).to.equal(1);
  });

  it('retries a network failure', async () => {
    let calls = 0;
    const flaky: typeof fetch = (input, init) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('offline')) : fetch(input, init);
    };
    const loaded = await createClient({ fetch: flaky }).listing(mockUrl('listing', { n: 1 }));
    expect(loaded.value.items).to.have.length(1);
    expect(calls).to.equal(2);
  });
});
