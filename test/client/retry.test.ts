import { expect } from '@open-wc/testing';
import { RETRY_TIMING, isRetryable, parseRetryAfter, retryDelay } from '../../src/client/retry.js';
import { PithError, type PithErrorKind } from '../../src/client/types.js';

function failure(kind: PithErrorKind, status?: number, retryAfterMs?: number): PithError {
  const details: PithError['details'] = {};
  if (status !== undefined) details.status = status;
  if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs;
  return new PithError(kind, 'test', details);
}

describe('retry policy', () => {
  it('retries network errors, 5xx, 408 and 429 only', () => {
    const retried = [
      failure('network'),
      failure('http', 500),
      failure('http', 503),
      failure('http', 408),
      failure('http', 429),
    ];
    const final = [
      failure('http', 400),
      failure('http', 404),
      failure('http', 410),
      failure('timeout'),
      failure('not-json'),
      failure('contract'),
      failure('version'),
      failure('too-large'),
      failure('aborted'),
    ];
    expect(retried.map(isRetryable)).to.deep.equal(retried.map(() => true));
    expect(final.map(isRetryable)).to.deep.equal(final.map(() => false));
  });

  it('waits a random time under a ceiling that doubles with each retry', () => {
    const almostOne = () => 0.9999;
    const ceilings = [0, 1, 2, 3, 4, 5].map((n) => retryDelay(failure('network'), n, almostOne));
    expect(ceilings).to.deep.equal([499, 999, 1999, 3999, 7999, 7999]);
    expect(retryDelay(failure('network'), 3, () => 0)).to.equal(0);
  });

  it('waits what Retry-After asks, up to its cap, and not at all beyond it', () => {
    const max = RETRY_TIMING.maxRetryAfterMs;
    expect(retryDelay(failure('http', 429, 1000), 0)).to.equal(1000);
    expect(retryDelay(failure('http', 429, max), 0)).to.equal(max);
    expect(retryDelay(failure('http', 429, max + 1), 0)).to.equal(undefined);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-05-06T12:00:00Z');
    expect(parseRetryAfter('1', now)).to.equal(1000);
    expect(parseRetryAfter(' 120 ', now)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 06 May 2026 12:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Wed, 06 May 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
