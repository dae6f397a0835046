#!/usr/bin/env node
// `npm run bench`: builds the production bundle, serves it with the bench pages on 127.0.0.1,
// drives headless Chromium through six scenarios, prints a table (median, min–max, target) and
// writes every run's figures to bench-results/latest.json. docs/benchmarks.md explains each
// scenario.
//
//   npm run bench                    7 runs per scenario
//   npm run bench -- --runs 15       more runs
//   npm run bench -- --quick         1 run each, 100-card long feed: proves the harness works
//   npm run bench -- --profile       adds a profiled run to scenarios 1-3 (where the time goes)
//   npm run bench -- --only math,bytes --no-build
//
// CHROME_PATH overrides /usr/bin/chromium. Exit status: 0 when every scenario ran (targets
// missed included, unless --strict), 1 when one failed, 2 when Chromium or the build is missing.

import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchSetupError, CHROME_FLAGS, chromePath, launch } from './lib/browser.mjs';
import { buildBundle } from './lib/bundle.mjs';
import { setDistRoot } from './lib/profile.mjs';
import { load, machine, profileSummary, table } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { bytesScenario } from './scenarios/bytes.mjs';
import { layoutShiftScenario } from './scenarios/layout-shift.mjs';
import { listingScenario } from './scenarios/listing.mjs';
import { longFeedScenario } from './scenarios/long-feed.mjs';
import { mathScenario } from './scenarios/math.mjs';
import { requestsScenario } from './scenarios/requests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const SCENARIOS = [
  ['listing', '1. Listing render (real cs.LG listing)', listingScenario],
  ['long-feed', '2. Long feed (synthetic, abstracts collapsed)', longFeedScenario],
  ['math', '3. Math (all 32 abstracts opened)', mathScenario],
  ['bytes', '4. Bytes', bytesScenario],
  ['layout-shift', '5. Layout shift (demo page)', layoutShiftScenario],
  ['requests', '6. Requests (five identical feeds)', requestsScenario],
];

function parseArgs(argv) {
  const options = { runs: 7, quick: false, profile: false, build: true, strict: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice(7));
    else if (arg === '--only') options.only = argv[++i]?.split(',');
    else if (arg.startsWith('--only=')) options.only = arg.slice(7).split(',');
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new BenchSetupError(`unknown option ${arg} (see --help)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1 || options.runs > 100) {
    throw new BenchSetupError('--runs takes a whole number from 1 to 100');
  }
  if (options.quick) options.runs = 1;
  const known = SCENARIOS.map(([id]) => id);
  const unknown = options.only?.filter((id) => !known.includes(id)) ?? [];
  if (unknown.length) {
    throw new BenchSetupError(`unknown scenario ${unknown.join(', ')}; known: ${known.join(', ')}`);
  }
  return options;
}

const log = (line) => process.stderr.write(`${line}\n`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${readUsage()}\n`);
    return 0;
  }
  chromePath();
  const info = machine();

  const resources = { server: undefined, browser: undefined };
  const stop = installWatchdog(resources, options.quick ? 115_000 : 30 * 60_000);
  try {
    info.source = sourceState();
    const distDir = await prepareBundle(options);
    info.bundle = relative(root, distDir);
    setDistRoot(distDir);

    resources.server = await startServer(root, distDir);
    resources.browser = await launch();
    info.chromium = await resources.browser.version();
    info.chromeFlags = CHROME_FLAGS;
    printMachine(info, options);

    const context = {
      browser: resources.browser,
      server: resources.server,
      root,
      distDir,
      runs: options.runs,
      cards: options.quick ? 100 : 1000,
      profile: options.profile,
      log,
    };
    const results = {};
    const sections = [];
    for (const [id, title, scenario] of SCENARIOS) {
      if (options.only && !options.only.includes(id)) continue;
      log(`${title}…`);
      results[id] = await scenario(context);
      sections.push({ title, metrics: results[id].metrics });
    }

    info.loadAtEnd = load();
    process.stdout.write(`\n${table(sections)}\n`);
    const warnings = Object.values(results).flatMap((result) => result.warnings ?? []);
    for (const warning of warnings) process.stdout.write(`\nWARNING: ${warning}\n`);
    const { loadAtStart, loadAtEnd, cores } = info;
    const loads = `${loadAtStart} at start, ${loadAtEnd} at end, ${cores} cores`;
    process.stdout.write(`\nLoad average (1 min): ${loads}.\n`);
    if (options.profile) {
      process.stdout.write(`\nWhere the time goes (profiled runs):\n${profileSummary(results)}\n`);
    }
    const file = await writeResults(info, options, results);
    process.stdout.write(`\nEvery run's figures: ${file}\n`);
    const missed = sections.flatMap((s) => s.metrics).filter((m) => m.pass === false);
    return options.strict && missed.length ? 1 : 0;
  } finally {
    stop();
    await shutdown(resources);
  }
}

/** The commit measured, and the files under src/ that differ from it (read-only git calls). */
function sourceState() {
  const git = (...args) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', timeout: 10_000 });
  try {
    // Porcelain lines are "XY path": two status columns and a space, which trimming would shift.
    const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean);
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    return { commit, changedInSrc: changed.map((line) => line.slice(3)) };
  } catch {
    return { commit: 'unknown', changedInSrc: [] };
  }
}

/**
 * Builds into bench-results/dist (see buildBundle); with --no-build, uses the last such build,
 * or dist/ when there is none.
 */
async function prepareBundle(options) {
  const own = join(root, 'bench-results', 'dist');
  if (options.build) {
    log('Building the production bundle (rollup -c, into bench-results/dist)…');
    await buildBundle(root, own, 180_000).catch((error) => {
      throw new BenchSetupError(error.message);
    });
  }
  const distDir = options.build || existsSync(join(own, 'define.js')) ? own : join(root, 'dist');
  if (!existsSync(join(distDir, 'define.js'))) {
    throw new BenchSetupError(`${join(distDir, 'define.js')} is missing; run without --no-build.`);
  }
  return distDir;
}

function printMachine(info, options) {
  const changed = info.source.changedInSrc.length;
  const lines = [
    `Machine:  ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.os}`,
    `Node:     ${info.node}`,
    `Chromium: ${info.chromium} (headless, ${chromePath()})`,
    `Source:   commit ${info.source.commit}` +
      (changed ? `, with ${changed} file(s) in src/ changed since (see the JSON)` : ''),
    `Bundle:   ${info.bundle}/define.js`,
    `Runs:     ${options.runs} per scenario${options.quick ? ' (--quick: small sizes)' : ''}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function writeResults(info, options, results) {
  const dir = join(root, 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const body = { date: new Date().toISOString(), machine: info, options, results };
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

/** Closes the browser and the server whatever happened; a stuck browser is killed. */
async function shutdown(resources) {
  const { browser, server } = resources;
  resources.browser = undefined;
  resources.server = undefined;
  if (browser) {
    const closed = browser.close().catch(() => {});
    const timeout = new Promise((done) => setTimeout(done, 10_000).unref());
    await Promise.race([closed, timeout]);
    const child = browser.process();
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  if (server) await server.close();
}

// A hard limit on the whole run, and clean exits on Ctrl-C or SIGTERM.
let stopping = false;

function installWatchdog(resources, ms) {
  const bail = (message, code) => {
    if (stopping) return;
    stopping = true;
    log(message);
    shutdown(resources).finally(() => process.exit(code));
  };
  const timer = setTimeout(() => bail(`bench: gave up after ${ms / 1000} s`, 1), ms);
  const onInt = () => bail('bench: interrupted', 130);
  const onTerm = () => bail('bench: terminated', 143);
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  return () => {
    clearTimeout(timer);
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
}

function readUsage() {
  return [
    'Usage: npm run bench -- [--runs N] [--quick] [--profile] [--only a,b] [--no-build] [--strict]',
    `Scenarios: ${SCENARIOS.map(([id]) => id).join(', ')}`,
    'See docs/benchmarks.md.',
  ].join('\n');
}

// Once a signal or the time limit has started the shutdown, it sets the exit status; what
// fails meanwhile (calls into a closing browser) is a consequence, not news.
main().then(
  (code) => stopping || process.exit(code),
  (error) => {
    if (stopping) return;
    if (error instanceof BenchSetupError) {
      log(`bench: ${error.message}`);
      process.exit(2);
    }
    log(`bench failed: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
