import { launch, openPage, evaluate } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { setDistRoot } from './lib/profile.mjs';
import { parseSourceMap } from './lib/sourcemap.mjs';
import { readFileSync } from 'node:fs';
const dist = process.cwd() + '/bench-results/dist';
const map = parseSourceMap(JSON.parse(readFileSync(dist + '/define.js.map', 'utf8')));
const server = await startServer(process.cwd(), dist);
const browser = await launch();
const n = process.argv[2] || 100;
try {
  const tab = await openPage(browser, `${server.origin}/bench/pages/long-feed.html?n=${n}`);
  await tab.goto();
  await tab.page.waitForFunction(() => window.benchReady === true);
  await tab.client.send('Profiler.enable');
  await tab.client.send('Profiler.setSamplingInterval', { interval: 100 });
  await tab.client.send('Profiler.start');
  const r = await evaluate(tab.page, 'x', 60000, () => window.bench.elements());
  const { profile } = await tab.client.send('Profiler.stop');
  console.log(r);
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => { const cf = n.callFrame; const o = cf.url.includes('/dist/') ? map.lookup(cf.lineNumber, cf.columnNumber) : null; return o ? `${o.name||cf.functionName} ${o.source.replace(/^.*node_modules\//,'').replace(/^(\.\.\/)+/,'')}:${o.line}` : `${cf.functionName} ${cf.url.split('/').pop()}:${cf.lineNumber+1}`; };
  const stacks = new Map();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id); const target = process.argv[3] || 'nextNode';
    if (n.callFrame.functionName !== target) return;
    const chain = []; for (let p = parent.get(id), k = 0; p !== undefined && k < 9; p = parent.get(p), k++) chain.push(name(byId.get(p)));
    const key = chain.join(' < '); stacks.set(key, (stacks.get(key) ?? 0) + (profile.timeDeltas[i+1] ?? 0) / 1000);
  });
  for (const [k, v] of [...stacks].sort((a,b)=>b[1]-a[1]).slice(0,6)) console.log(v.toFixed(1), k, '\n');
  await tab.close();
} finally { await browser.close(); await server.close(); }
