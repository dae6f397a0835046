#!/usr/bin/env node
// The demo server: plain node:http, no dependencies. Serves the page at /,
// the built library under /dist/, demo assets under /demo/, and the contract
// endpoint under /api/ (see demo/api.mjs).
//
//   npm start            builds, then serves on http://localhost:8000/
//   PORT=9000 HOST=0.0.0.0 node demo/server.mjs

import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { handleApi } from './api.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

const COMMON_HEADERS = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };

/**
 * Creates (but does not start) the demo server.
 * @param {{root?: string, distDir?: string}} [options] repository root, and
 *   the build output folder (default `<root>/dist`)
 * @returns {import('node:http').Server}
 */
export function createDemoServer({ root = repoRoot, distDir = join(root, 'dist') } = {}) {
  const mounts = [
    ['/dist/', resolve(distDir)],
    ['/demo/', resolve(root, 'demo')],
  ];
  const indexFile = resolve(root, 'demo', 'index.html');

  return createServer((request, response) => {
    route(request, response, mounts, indexFile).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });
}

async function route(request, response, mounts, indexFile) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed');
  }

  const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0];
  const decoded = safeDecode(rawPath);
  if (decoded === null || isTraversal(decoded)) return sendText(response, 400, 'Bad path');

  const url = new URL(request.url ?? '/', 'http://localhost');
  const api = await handleApi(url.pathname, url.searchParams);
  if (api) return send(response, api.status, api.headers, api.body);

  if (decoded === '/' || decoded === '/index.html') return sendFile(request, response, indexFile);
  for (const [prefix, base] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const file = resolve(base, `.${decoded.slice(prefix.length - 1)}`);
    if (file !== base && !file.startsWith(base + sep)) return sendText(response, 400, 'Bad path');
    return sendFile(request, response, file);
  }
  return sendText(response, 404, 'Not found');
}

function safeDecode(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

// Checked on the decoded path, so `%2e%2e` and `..%2f` are caught as well as
// a plain `..`; backslashes count as separators for the sake of Windows.
function isTraversal(path) {
  return path.includes('\0') || path.split(/[/\\]/).some((segment) => segment === '..');
}

async function sendFile(request, response, file) {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return sendText(response, 404, 'Not found');

  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, {
    ...COMMON_HEADERS,
    'content-type': type,
    'content-length': info.size,
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response);
}

function send(response, status, headers, body) {
  response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function sendText(response, status, text) {
  send(response, status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' }, text);
}

function start() {
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST || '127.0.0.1';
  const server = createDemoServer();

  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) {
    process.stderr.write(
      'pith-elements demo: dist/ has no build; run `npm run build` first ' +
        '(`npm start` builds before serving). The page will not load its elements.\n',
    );
  }
  server.on('error', (error) => {
    process.stderr.write(
      `pith-elements demo: cannot listen on ${host}:${port}: ` + `${error.message}\n`,
    );
    process.exitCode = 1;
  });
  server.listen(port, host, () => {
    const shown = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host) ? 'localhost' : host;
    process.stdout.write(`pith-elements demo: http://${shown}:${server.address().port}/\n`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) start();
