// The benchmark's own HTTP server, on 127.0.0.1 and an ephemeral port. It serves the production
// build, the demo's assets and page, the bench pages, a few generated files, and the demo's
// endpoint (demo/api.mjs) with an adjustable delay and a count of requests per path.
//
// Text is gzipped (level 9) when the browser asks for it, so "bytes transferred" is what a
// compressing static host would send, not the raw file sizes.

import { readFile, readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlib } from 'node:zlib';
import { handleApi } from '../../demo/api.mjs';
import { syntheticListing } from './synthetic.mjs';
import { bundleTexHelpers } from './bundle.mjs';

const gzip = promisify(gzipCallback);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * Starts the server. Resolves once it listens.
 * @param {string} root repository root
 * @param {string} distDir the build to serve under /dist/
 * @returns {Promise<BenchServer>}
 */
export async function startServer(root, distDir) {
  const state = {
    apiDelayMs: 0,
    counts: new Map(),
    gzipCache: new Map(),
    synthetic: new Map(),
    helpers: undefined,
  };
  const mounts = [
    ['/dist/', resolve(distDir)],
    ['/demo/', resolve(root, 'demo')],
    ['/bench/', resolve(root, 'bench')],
  ];
  const sockets = new Set();

  const server = createServer((request, response) => {
    route({ request, response, root, distDir, mounts, state }).catch((error) => {
      if (!response.headersSent) send(request, response, 500, TYPES['.txt'], String(error));
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });

  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Delay, in ms, before every /api/ reply. */
    setApiDelay(ms) {
      state.apiDelayMs = ms;
    },
    /** Requests seen per path (query excluded) since the last reset. */
    count(path) {
      return state.counts.get(path) ?? 0;
    },
    resetCounts() {
      state.counts.clear();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

async function route({ request, response, root, distDir, mounts, state }) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  state.counts.set(path, (state.counts.get(path) ?? 0) + 1);

  if (path.startsWith('/api/')) return api(request, response, url, state);
  if (path === '/demo-page') {
    return sendFile(request, response, join(root, 'demo', 'index.html'), state);
  }
  if (path.startsWith('/bench-gen/')) {
    return generated(request, response, url, { root, distDir, state });
  }

  for (const [prefix, base] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(base, `.${decodeURIComponent(path.slice(prefix.length - 1))}`);
    if (!file.startsWith(base + sep)) {
      return send(request, response, 400, TYPES['.txt'], 'Bad path');
    }
    return sendFile(request, response, file, state);
  }
  return send(request, response, 404, TYPES['.txt'], 'Not found');
}

async function api(request, response, url, state) {
  if (state.apiDelayMs > 0) await new Promise((done) => setTimeout(done, state.apiDelayMs));
  const reply = await handleApi(url.pathname, url.searchParams);
  if (!reply) return send(request, response, 404, TYPES['.txt'], 'Not found');
  const type = reply.headers['content-type'];
  return send(request, response, reply.status, type, reply.body, reply.headers);
}

// Files the bench pages need that exist only at run time.
async function generated(request, response, url, { root, distDir, state }) {
  const json = TYPES['.json'];
  switch (url.pathname) {
    case '/bench-gen/synthetic.json': {
      const count = Math.min(Number(url.searchParams.get('n') ?? 1000) || 1000, 5000);
      if (!state.synthetic.has(count)) {
        state.synthetic.set(count, JSON.stringify(syntheticListing(count)));
      }
      const key = `synthetic:${count}`;
      return send(request, response, 200, json, state.synthetic.get(count), {}, { state, key });
    }
    case '/bench-gen/tex-helpers.js':
      state.helpers ??= bundleTexHelpers(root);
      return send(request, response, 200, TYPES['.js'], await state.helpers);
    case '/bench-gen/build.json': {
      // The KaTeX chunks carry a content hash in their names; pages ask for them here.
      const chunks = await readdir(join(distDir, 'chunks'));
      const find = (re) => chunks.find((name) => re.test(name));
      const body = {
        katex: `/dist/chunks/${find(/^katex-(?!css)[\w-]+\.js$/)}`,
        katexCss: `/dist/chunks/${find(/^katex-css-[\w-]+\.js$/)}`,
      };
      return send(request, response, 200, json, JSON.stringify(body));
    }
    default:
      return send(request, response, 404, TYPES['.txt'], 'Not found');
  }
}

async function sendFile(request, response, file, state) {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(request, response, 404, TYPES['.txt'], 'Not found');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const key = `${file}:${info.mtimeMs}`;
  const body = state.gzipCache.get(key)?.raw ?? (await readFile(file));
  return send(request, response, 200, type, body, {}, { state, key });
}

async function send(request, response, status, type, body, headers = {}, cache) {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const wantsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  let payload = raw;
  const out = { ...headers, 'content-type': type, 'cache-control': 'no-cache' };

  if (wantsGzip && COMPRESSIBLE.test(type) && raw.length > 512) {
    const cached = cache && cache.state.gzipCache.get(cache.key);
    payload = cached?.gz ?? (await gzip(raw, { level: zlib.Z_BEST_COMPRESSION }));
    if (cache && !cached) cache.state.gzipCache.set(cache.key, { raw, gz: payload });
    out['content-encoding'] = 'gzip';
    out.vary = 'accept-encoding';
  }
  out['content-length'] = payload.length;
  response.writeHead(status, out);
  response.end(request.method === 'HEAD' ? undefined : payload);
}

/**
 * @typedef {object} BenchServer
 * @property {string} origin
 * @property {(ms: number) => void} setApiDelay
 * @property {(path: string) => number} count
 * @property {() => void} resetCounts
 * @property {() => Promise<void>} close
 */
