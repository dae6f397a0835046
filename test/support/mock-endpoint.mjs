// Koa middleware for a misbehaving endpoint under /mock/ (filled in by the
// data-layer tests).
export function mockEndpoint() {
  return async (_ctx, next) => next();
}
