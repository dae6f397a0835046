import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createClient, defaultClient } from '../../src/client/client.js';
import type { ListingReply } from '../../src/contract/types.js';
import type { Loaded } from '../../src/client/types.js';
import { failsWith, freshKey, mockUrl, networkCount } from './mock.js';

/** A fetch that remembers the signals it was given. */
function spyingFetch(): { fetch: typeof fetch; signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const spy: typeof fetch = (input, init) => {
    if (init?.signal) signals.push(init.signal);
    return fetch(input, init);
  };
  return { fetch: spy, signals };
}

/** Waits until the request for `key` has reached the endpoint. */
async function reached(key: string): Promise<void> {
  await waitUntil(async () => (await networkCount(key)) > 0, 'the request never arrived');
}

describe('client: sharing one request', () => {
  it('makes one network request for five identical concurrent calls', async () => {
    const key = freshKey();
    const client = createClient();
    const url = mockUrl('listing', { key, delay: 100 });
    const replies = await Promise.all(Array.from({ length: 5 }, () => client.listing(url)));

    expect(await networkCount(key)).to.equal(1);
    for (const reply of replies) expect(reply).to.equal(replies[0]);
  });

  it('does not share between a listing and a paper at the same URL', async () => {
    const key = freshKey();
    const client = createClient();
    const url = mockUrl('listing', { key, delay: 100 });
    const [listing, paper] = await Promise.allSettled([client.listing(url), client.paper(url)]);

    expect(listing.status).to.equal('fulfilled');
    expect(paper.status).to.equal('rejected');
    expect(await networkCount(key)).to.equal(2);
  });

  it('lets one caller abort while the others still get the reply', async () => {
    const key = freshKey();
    const spy = spyingFetch();
    const client = createClient({ fetch: spy.fetch });
    const url = mockUrl('listing', { key, delay: 2000 });
    const quitter = new AbortController();
    const aborted = client.listing(url, { signal: quitter.signal });
    const stays = new AbortController();
    const others = [client.listing(url), client.listing(url, { signal: stays.signal })];

    await reached(key);
    quitter.abort();
    await failsWith(aborted, 'aborted');
    expect(spy.signals.map((s) => s.aborted)).to.deep.equal([false]);
    const replies = await Promise.all(others);
    expect(replies[0].value.items).to.have.length(5);
    expect(await networkCount(key)).to.equal(1);
  });

  it('aborts the request when every caller has aborted, and starts afresh after', async () => {
    const key = freshKey();
    const spy = spyingFetch();
    const client = createClient({ fetch: spy.fetch });
    const url = mockUrl('listing', { key, delay: 2000 });
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const calls = controllers.map((c) => client.listing(url, { signal: c.signal }));

    await reached(key);
    controllers.forEach((c) => c.abort());
    for (const call of calls) await failsWith(call, 'aborted');
    expect(spy.signals.map((s) => s.aborted)).to.deep.equal([true]);

    const loaded = await client.listing(url);
    expect(loaded.value.items).to.have.length(5);
    expect(await networkCount(key)).to.equal(2);
  });

  it('rejects at once, with no request, when the signal is already aborted', async () => {
    const key = freshKey();
    const signal = AbortSignal.abort();
    await failsWith(createClient().listing(mockUrl('listing', { key }), { signal }), 'aborted');
    expect(await networkCount(key)).to.equal(0);
  });

  it('shares the default client across callers', async () => {
    const key = freshKey();
    const url = mockUrl('listing', { key, delay: 100 });
    const [a, b] = await Promise.all([defaultClient.listing(url), defaultClient.listing(url)]);
    expect(a).to.equal(b);
    expect(await networkCount(key)).to.equal(1);
  });
});

describe('client: cache', () => {
  it('answers a repeated request from memory', async () => {
    const key = freshKey();
    const client = createClient();
    const url = mockUrl('listing', { key });
    const first = await client.listing(url);
    const second = await client.listing(url);

    expect(second).to.equal(first);
    expect(await networkCount(key)).to.equal(1);
  });

  it('treats a relative and an absolute URL for one reply as the same entry', async () => {
    const key = freshKey();
    const client = createClient();
    const relative = mockUrl('listing', { key });
    await client.listing(relative);
    await client.listing(new URL(relative, location.href).href);
    expect(await networkCount(key)).to.equal(1);
  });

  it('freezes replies, which every caller shares', async () => {
    const loaded = await createClient().listing(mockUrl('listing', { n: 1 }));
    expect(Object.isFrozen(loaded)).to.equal(true);
    expect(Object.isFrozen(loaded.value.items[0].authors)).to.equal(true);
  });

  it('serves a stale reply at once and reports the refreshed one', async () => {
    const key = freshKey();
    const client = createClient({ cacheTtlMs: 100 });
    const url = mockUrl('listing', { key, vary: 1 });
    const first = await client.listing(url);
    await aTimeout(200);

    let fresh: Loaded<unknown> | undefined;
    const stale = await client.listing(url, { onRevalidate: (value) => (fresh = value) });
    expect(stale).to.equal(first);
    await waitUntil(() => fresh !== undefined, 'onRevalidate was not called');

    const category = (fresh as Loaded<ListingReply>).value.category!.name;
    expect(category).to.equal('Synthetic papers (reply 2)');
    expect(await networkCount(key)).to.equal(2);
    expect(await client.listing(url)).to.equal(fresh);
  });

  it('does not report a refresh that brought nothing new', async () => {
    const key = freshKey();
    const client = createClient({ cacheTtlMs: 100 });
    const url = mockUrl('listing', { key });
    const first = await client.listing(url);
    await aTimeout(200);

    let called = false;
    await client.listing(url, { onRevalidate: () => (called = true) });
    await waitUntil(async () => (await networkCount(key)) === 2, 'no refresh was made');
    await aTimeout(100);
    expect(called).to.equal(false);
    expect(await client.listing(url)).to.equal(first);
  });

  it('does not report a refresh to a caller that has aborted since', async () => {
    const key = freshKey();
    const client = createClient({ cacheTtlMs: 50 });
    const url = mockUrl('listing', { key, vary: 1, delay: 100 });
    await client.listing(url);
    await aTimeout(100);

    let called = false;
    const controller = new AbortController();
    await client.listing(url, { signal: controller.signal, onRevalidate: () => (called = true) });
    controller.abort();
    await waitUntil(async () => (await networkCount(key)) === 2, 'no refresh was made');
    await aTimeout(250);
    expect(called).to.equal(false);
  });

  it('waits for the network once a reply is older than the stale window', async () => {
    const key = freshKey();
    const client = createClient({ cacheTtlMs: 50, staleTtlMs: 50 });
    const url = mockUrl('listing', { key, vary: 1 });
    const first = await client.listing(url);
    await aTimeout(200);

    const second = await client.listing(url);
    expect(second).to.not.equal(first);
    expect(second.value.category!.name).to.equal('Synthetic papers (reply 2)');
  });

  it('forgets the least recently used reply when full', async () => {
    const keys = [freshKey(), freshKey(), freshKey()];
    const client = createClient({ cacheSize: 2 });
    const [a, b, c] = keys.map((key) => mockUrl('listing', { key }));
    await client.listing(a);
    await client.listing(b);
    await client.listing(a);
    await client.listing(c);
    await client.listing(a);
    await client.listing(b);

    const counts = await Promise.all(keys.map(networkCount));
    expect(counts).to.deep.equal([1, 2, 1]);
  });

  it('does not cache a failure', async () => {
    const key = freshKey();
    const client = createClient({ retries: 0 });
    const url = mockUrl('flaky', { key, fail: 1, code: 500 });
    await failsWith(client.listing(url), 'http');
    const loaded = await client.listing(url);
    expect(loaded.value.items).to.have.length(5);
  });
});

describe('client: quiet on normal paths', () => {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  let originals: Array<(...args: unknown[]) => void> = [];
  let calls: string[] = [];

  beforeEach(() => {
    calls = [];
    // Kept unbound, to be put back exactly as found.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    originals = methods.map((name) => console[name]);
    for (const name of methods) console[name] = () => calls.push(name);
  });
  afterEach(() => methods.forEach((name, i) => (console[name] = originals[i]!)));

  it('writes nothing to the console while loading, failing, repairing and aborting', async () => {
    const client = createClient({ timeoutMs: 2000 });
    await client.listing(mockUrl('listing', { n: 3, bad: 2 }));
    await client.listing(mockUrl('hostile'));
    await failsWith(client.listing(mockUrl('html')), 'not-json');
    await failsWith(client.listing(mockUrl('status', { code: 404 })), 'http');
    await failsWith(client.listing('/mock/hang', { signal: AbortSignal.timeout(100) }), 'aborted');
    expect(calls).to.deep.equal([]);
  });
});
