// Koa middleware for the test server: serves the committed demo data under
// /api/ through the same handler the demo server uses, so tests read the
// contract exactly as the demo does.
import { handleApi } from '../../demo/api.mjs';

export function testEndpoint() {
  return async (ctx, next) => {
    const reply = await handleApi(ctx.path, ctx.URL.searchParams);
    if (!reply) return next();
    ctx.status = reply.status;
    for (const [name, value] of Object.entries(reply.headers ?? {})) ctx.set(name, value);
    ctx.body = reply.body;
  };
}
