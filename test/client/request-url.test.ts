import { expect } from '@open-wc/testing';
import { createClient } from '../../src/client/client.js';
import { failsWith } from './mock.js';

describe('client request URLs', () => {
  it('refuses a non-http(s) endpoint at once, without fetching or retrying', async () => {
    let calls = 0;
    const client = createClient({ fetch: () => (calls++, Promise.resolve(new Response('{}'))) });
    for (const url of [
      'javascript:alert(1)//cs.LG',
      'data:application/json,{}',
      'file:///etc/passwd',
    ]) {
      const error = await failsWith(client.listing(url), 'network');
      expect(error.message).to.contain('Not a usable URL');
    }
    expect(calls).to.equal(0);
  });
});
