import { launch, openBenchPage, callBench } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { completeEvents } from './lib/profile.mjs';
import { parseSourceMap } from './lib/sourcemap.mjs';
import { readFileSync } from 'node:fs';
const dist = process.cwd() + '/bench-results/dist';
const map = parseSourceMap(JSON.parse(readFileSync(dist + '/define.js.map', 'utf8')));
const server = await startServer(process.cwd(), dist);
const browser = await launch();
const page = process.argv[2] ?? 'listing', side = process.argv[3] ?? 'elements';
try {
  const tab = await openBenchPage(browser, `${server.origin}/bench/pages/${page}.html${page==='long-feed'?'?n=100':''}`, 30000);
  if (page === 'math') await callBench(tab.page, 'warmUp', 60000);
  await tab.page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-devtools.timeline.invalidationTracking', 'blink.user_timing'] });
  await callBench(tab.page, side, 30000);
  const trace = JSON.parse(Buffer.from(await tab.page.tracing.stop()).toString());
  const ev = completeEvents(trace.traceEvents);
  const mark = trace.traceEvents.find(e => e.name === 'pith-bench'); const key = mark.pid + ':' + mark.tid;
  const mine = ev.filter(e => e.pid + ':' + e.tid === key && (e.name === 'UpdateLayoutTree' || e.name === 'Layout'));
  const where = new Map();
  for (const e of mine) {
    const st = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    let k = '(frame)';
    if (st?.length) k = st.slice(0, 3).map(f => { const o = f.url?.includes('/dist/') ? map.lookup(f.lineNumber - 1, f.columnNumber - 1) : null; return o ? `${o.name || f.functionName} ${o.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${o.line}` : `${f.functionName} ${f.url.split('/').pop()}:${f.lineNumber}`; }).join(' < ');
    const w = where.get(e.name + ' ' + k) ?? { n: 0, ms: 0 }; w.n++; w.ms += e.dur / 1000; where.set(e.name + ' ' + k, w);
  }
  for (const e of mine) console.log(e.name, ((e.ts - mark.ts)/1000).toFixed(1), (e.dur/1000).toFixed(1), JSON.stringify(e.args?.beginData ?? {}).slice(0,200), JSON.stringify(e.args?.endData ?? {}).slice(0,200));
  const inv = trace.traceEvents.filter(e => e.pid + ':' + e.tid === key && /Invalidation/.test(e.name) && e.ts > mark.ts);
  const byReason = new Map(); for (const e of inv) { const d = e.args?.data ?? {}; const r = e.name + ' ' + (d.reason ?? '') + ' ' + (d.nodeName ?? ''); byReason.set(r, (byReason.get(r) ?? 0) + 1); }
  console.log([...byReason].sort((a,b)=>b[1]-a[1]).slice(0,15));
  for (const [k, w] of [...where].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) console.log(w.n, w.ms.toFixed(1), k);
  await tab.close();
} finally { await browser.close(); await server.close(); }
