#!/usr/bin/env node
// Draws the demo's figure images. The transcribed listing says only that a
// card showed a figure, never what it was, so the project draws its own
// plot-like placeholders: SVG, no text, no fonts, nothing fetched. The
// drawing depends only on the paper key, so re-running gives identical files.
//
//   node scripts/make-figures.mjs [listing.json]   (default demo/data/listing-cs.LG.json)

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the SVG files are written, and the URL path the demo serves them under. */
export const FIGURE_DIR = join(repoRoot, 'demo', 'figures');
export const FIGURE_URL_PATH = '/demo/figures';

/** Intrinsic sizes in CSS pixels; the thumbnail's goes into the contract. */
export const THUMB_SIZE = { width: 240, height: 150 };
export const FULL_SIZE = { width: 960, height: 600 };

const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00'];
const KINDS = ['lines', 'scatter', 'bars'];

/**
 * Root-relative URLs of a paper's two images. Root-relative so that they
 * resolve the same from the demo server and from the test runner, which both
 * serve the repository root's `demo/` folder at `/demo/`.
 * @param {string} key paper key (an item id without its reading suffix)
 */
export function figureUrls(key) {
  return {
    thumbnail: `${FIGURE_URL_PATH}/${key}-thumb.svg`,
    full: `${FIGURE_URL_PATH}/${key}-full.svg`,
  };
}

/** A deterministic generator of numbers in [0, 1), seeded from a string. */
function seededRandom(seed) {
  const digest = createHash('sha256').update(seed).digest();
  let state = digest.readUInt32LE(0);
  return () => {
    // mulberry32: small, fast, and identical on every Node version.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The plot in unit coordinates (x, y in [0, 1], y upwards), independent of size. */
function plotData(key) {
  const random = seededRandom(key);
  const kind = KINDS[Math.floor(random() * KINDS.length)];
  const seriesCount = 2 + Math.floor(random() * 2);
  const series = [];
  for (let s = 0; s < seriesCount; s++) series.push(makeSeries(kind, random, s, seriesCount));
  return { kind, series };
}

function makeSeries(kind, random, index, count) {
  if (kind === 'bars') {
    return Array.from({ length: 6 }, () => 0.15 + random() * 0.8);
  }
  if (kind === 'scatter') {
    const cx = 0.2 + random() * 0.6;
    const cy = 0.2 + random() * 0.6;
    return Array.from({ length: 14 }, () => [
      clamp(cx + (random() - 0.5) * 0.4),
      clamp(cy + (random() - 0.5) * 0.4),
    ]);
  }
  // A noisy decaying or rising curve, like a loss or accuracy plot.
  const start = 0.3 + random() * 0.6;
  const end = 0.05 + random() * 0.5;
  const rate = 2 + random() * 4;
  const offset = (index / count) * 0.1;
  return Array.from({ length: 24 }, (_, i) => {
    const x = i / 23;
    const y = end + (start - end) * Math.exp(-rate * x) + (random() - 0.5) * 0.04 + offset;
    return [x, clamp(y)];
  });
}

function clamp(value) {
  return Math.min(0.98, Math.max(0.02, value));
}

const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeXml(text) {
  return text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

const round = (n) => Math.round(n * 10) / 10;

/** Maps unit coordinates into the plot area of an image of the given size. */
function frame({ width, height }) {
  const pad = Math.round(Math.min(width, height) * 0.1);
  const plot = { left: pad, top: pad * 0.6, right: width - pad * 0.6, bottom: height - pad };
  const px = (x) => round(plot.left + x * (plot.right - plot.left));
  const py = (y) => round(plot.bottom - y * (plot.bottom - plot.top));
  return { plot, px, py, stroke: Math.max(1, round(width / 240)) };
}

function drawAxes({ plot, px, py, stroke }, detailed) {
  const lines = [];
  const ticks = detailed ? 5 : 3;
  for (let i = 1; i <= ticks; i++) {
    const y = py(i / ticks);
    lines.push(`<path d="M${plot.left} ${y}H${plot.right}" stroke="#e3e6ea"/>`);
  }
  lines.push(
    `<path d="M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}" stroke="#6b7280" ` +
      `stroke-width="${stroke}" fill="none"/>`,
  );
  if (detailed) {
    for (let i = 0; i <= ticks; i++) {
      const x = px(i / ticks);
      lines.push(`<path d="M${x} ${plot.bottom}v${stroke * 4}" stroke="#6b7280"/>`);
    }
  }
  return lines;
}

function drawSeries(kind, series, geometry) {
  const { px, py, stroke } = geometry;
  if (kind === 'bars') return drawBars(series, geometry);
  if (kind === 'scatter') {
    return series.flatMap((points, s) =>
      points.map(
        ([x, y]) =>
          `<circle cx="${px(x)}" cy="${py(y)}" r="${stroke * 2.5}" fill="${PALETTE[s]}" ` +
          `fill-opacity="0.75"/>`,
      ),
    );
  }
  return series.map((points, s) => {
    const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)} ${py(y)}`).join('');
    return `<path d="${d}" stroke="${PALETTE[s]}" stroke-width="${stroke * 1.5}" fill="none"/>`;
  });
}

function drawBars(series, { plot, px, py }) {
  const groups = series[0].length;
  const groupWidth = 1 / groups;
  const barWidth = (groupWidth * 0.8) / series.length;
  const shapes = [];
  series.forEach((values, s) =>
    values.forEach((value, g) => {
      const x0 = g * groupWidth + groupWidth * 0.1 + s * barWidth;
      const x = px(x0);
      const w = round(px(x0 + barWidth) - x);
      const y = py(value);
      shapes.push(
        `<rect x="${x}" y="${y}" width="${w}" height="${round(plot.bottom - y)}" ` +
          `fill="${PALETTE[s]}"/>`,
      );
    }),
  );
  return shapes;
}

/**
 * One figure as an SVG document.
 * @param {string} key paper key; the only input to the drawing
 * @param {{width: number, height: number}} size intrinsic size in CSS pixels
 * @param {string} alt text alternative, put in the SVG's `<title>`
 */
export function drawFigure(key, size, alt) {
  const { kind, series } = plotData(key);
  const geometry = frame(size);
  const detailed = size.width >= FULL_SIZE.width;
  const { width, height } = size;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(alt)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...drawAxes(geometry, detailed),
    ...drawSeries(kind, series, geometry),
    '</svg>',
    '',
  ].join('\n');
}

/**
 * Writes both images for every figure in a listing reply and removes SVG
 * files no item refers to any more.
 * @param {{items: Array<{figure?: {thumbnail: string, full: string, alt: string}}>}} listing
 * @param {string} [dir]
 * @returns {Promise<string[]>} names of the files written
 */
export async function writeFigures(listing, dir = FIGURE_DIR) {
  const wanted = new Map();
  for (const item of listing.items) {
    if (!item.figure) continue;
    const thumb = item.figure.thumbnail.split('/').pop();
    const full = item.figure.full.split('/').pop();
    const key = thumb.replace(/-thumb\.svg$/, '');
    wanted.set(thumb, drawFigure(key, THUMB_SIZE, item.figure.alt));
    wanted.set(full, drawFigure(key, FULL_SIZE, item.figure.alt));
  }

  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (name.endsWith('.svg') && !wanted.has(name)) await rm(join(dir, name));
  }
  for (const [name, svg] of wanted) await writeFile(join(dir, name), svg);
  return [...wanted.keys()];
}

async function main() {
  const listingPath = resolve(process.argv[2] ?? join(repoRoot, 'demo/data/listing-cs.LG.json'));
  const listing = JSON.parse(await readFile(listingPath, 'utf8'));
  const written = await writeFigures(listing);
  process.stdout.write(`wrote ${written.length} figure files to ${FIGURE_DIR}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    process.stderr.write(`make-figures: ${error.message}\n`);
    process.exitCode = 1;
  });
}
