/** Helpers for talking to the mock endpoint (test/support/mock-endpoint.mjs). */
import { expect } from '@open-wc/testing';
import { PithError, type PithErrorKind } from '../../src/client/types.js';

/** A key no other test (or the other browser of the run) uses. */
export function freshKey(): string {
  return `k${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

/** URL of a mock route with its query parameters. */
export function mockUrl(route: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/mock/${route}?${query}`;
}

/** How many requests for `key` reached the mock endpoint. */
export async function networkCount(key: string): Promise<number> {
  const reply = await fetch(mockUrl('count', { key }));
  return ((await reply.json()) as { count: number }).count;
}

/** The PithError a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<PithError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PithError);
    return error as PithError;
  }
  throw new Error('expected the request to fail');
}

/** Asserts that a promise rejects with a PithError of `kind`, and returns it. */
export async function failsWith(promise: Promise<unknown>, kind: PithErrorKind) {
  const error = await rejection(promise);
  expect(error.kind, error.message).to.equal(kind);
  return error;
}
