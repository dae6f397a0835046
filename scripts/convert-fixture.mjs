#!/usr/bin/env node
// Converts the transcribed listing page (shared/fixtures/listing-cs.LG.json)
// into a contract v1 listing reply for the demo, then draws its figures.
// Only what the page showed is carried over: no paper links, no arXiv ids,
// no counter labels. Output is byte-for-byte the same on every run.
//
//   node scripts/convert-fixture.mjs [path-to-fixture]

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { figureUrls, THUMB_SIZE, writeFigures } from './make-figures.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_FIXTURE = resolve(repoRoot, '../shared/fixtures/listing-cs.LG.json');
export const OUTPUT = join(repoRoot, 'demo', 'data', 'listing-cs.LG.json');

/**
 * The page printed its footer links without addresses, so each points at one
 * placeholder page in the demo that says so, rather than at a made-up URL.
 */
const PLACEHOLDER_PAGE = '/demo/elsewhere.html';
const FOOTER_RELS = [
  [/^browse\b/i, 'browse'],
  [/\barchive\b/i, 'archive'],
  [/^search\b/i, 'search'],
  [/^sub-?categories\b/i, 'subcategories'],
];

function shortHash(text, length) {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, length);
}

/** Lower-case ASCII slug: accents dropped, anything else becomes a hyphen. */
function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Key of the paper itself, shared by all its readings: first author's
 * surname, year, and a hash of the title. Depends on nothing positional, so
 * reordering the page keeps every key.
 */
export function paperKey(item) {
  const surname = slug(item.authorsShown[0]?.trim().split(/\s+/).pop() ?? '') || 'anon';
  const year = /^\d{4}/.exec(item.date ?? '')?.[0] ?? 'nd';
  const title = item.title.trim().replace(/\s+/g, ' ');
  return `${surname}-${year}-${shortHash(title, 6)}`;
}

/** Item id: the paper key plus a hash of the headline, one per reading. */
export function itemId(item) {
  return `${paperKey(item)}-${shortHash(item.headline ?? '', 4)}`;
}

function convertItem(item) {
  const paper = { id: itemId(item), title: item.title };
  if (item.headline) paper.headline = item.headline;
  if (item.takeaway) paper.takeaway = item.takeaway;
  paper.authors = [...item.authorsShown];
  if (item.authorsTotal > item.authorsShown.length) paper.authorsTotal = item.authorsTotal;
  if (item.primaryCategory) paper.primaryCategory = item.primaryCategory;
  if (item.date) paper.date = item.date;
  if (item.theorems != null) paper.theorems = item.theorems;
  if (item.badge != null) paper.badge = item.badge;
  if (item.score != null) paper.score = item.score;
  if (item.footerCounts?.length) paper.counters = item.footerCounts.map((value) => ({ value }));
  if (item.hasFigure) paper.figure = convertFigure(item);
  if (item.abstract) paper.abstract = item.abstract;
  return paper;
}

function convertFigure(item) {
  return {
    ...figureUrls(paperKey(item)),
    alt: `Figure from “${item.title}”`,
    width: THUMB_SIZE.width,
    height: THUMB_SIZE.height,
  };
}

function convertLink(text) {
  const match = FOOTER_RELS.find(([pattern]) => pattern.test(text));
  if (!match) throw new Error(`no rel known for footer link "${text}"`);
  return { rel: match[1], label: text, href: `${PLACEHOLDER_PAGE}#${match[1]}` };
}

/**
 * Converts a parsed fixture into a listing reply (contract v1), keeping the
 * page's order. Throws if two items would get the same id.
 * @param {any} fixture
 */
export function convertListing(fixture) {
  const items = fixture.items.map(convertItem);
  const seen = new Set();
  for (const { id } of items) {
    if (seen.has(id)) throw new Error(`duplicate item id ${id}`);
    seen.add(id);
  }

  const { id, name, description } = fixture.category;
  const reply = { version: 1, kind: 'listing', category: { id, name } };
  if (description) reply.category.description = description;
  reply.items = items;
  if (fixture.footerLinks?.length) reply.links = fixture.footerLinks.map(convertLink);
  return reply;
}

/** The committed file's exact text for a reply. */
export function serialize(reply) {
  return `${JSON.stringify(reply, null, 2)}\n`;
}

async function main() {
  const fixturePath = resolve(process.argv[2] ?? DEFAULT_FIXTURE);
  const fixture = JSON.parse(await readFile(fixturePath, 'utf8'));
  const reply = convertListing(fixture);

  await mkdir(dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, serialize(reply));
  const figures = await writeFigures(reply);
  process.stdout.write(
    `wrote ${reply.items.length} items to ${OUTPUT} and ${figures.length} figure files\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    process.stderr.write(`convert-fixture: ${error.message}\n`);
    process.exitCode = 1;
  });
}
