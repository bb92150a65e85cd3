// @ts-check
// Where the worker's heap goes: a heap snapshot of Limber's worker and of an empty
// extension worker, summed by node type and by constructor name. A diagnostic for
// worker.heapRatio.start and .heapGrowth.day, not part of `npm run bench`. It reads the
// heap through playwright-core, which attaches to the worker (so it never stops).
//   node bench/heap-snapshot.mjs [extensionDir] [dayMs]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../tests/e2e/harness.mjs';
import { attachWorker } from './worker-session.mjs';

const limber = resolve(process.argv[2] ?? '.output/chrome-mv3');
const dayMs = Number(process.argv[3] ?? 0);
const empty = mkdtempSync(join(tmpdir(), 'empty-ext-'));
writeFileSync(
  join(empty, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'sw.js' } }),
);
writeFileSync(join(empty, 'sw.js'), 'self.addEventListener("message", () => {});\n');
const profile = mkdtempSync(join(tmpdir(), 'limber-heap-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChrome(),
  headless: true,
  args: CHROME_ARGS(`${limber},${empty}`),
});

/**
 * A V8 heap snapshot (the .heapsnapshot JSON) summed by node type and by type:name.
 * @param {{ snapshot: { meta: { node_fields: string[], node_types: [string[]] } }, nodes: number[], strings: string[] }} snapshot
 */
function summarize(snapshot) {
  const { meta } = snapshot.snapshot;
  const f = meta.node_fields;
  const types = meta.node_types[0];
  const n = f.length;
  const iType = f.indexOf('type');
  const iName = f.indexOf('name');
  const iSize = f.indexOf('self_size');
  /** @type {Record<string, number>} */
  const byType = {};
  /** @type {Record<string, number>} */
  const byName = {};
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += n) {
    const type = String(types[Number(snapshot.nodes[i + iType])]);
    const name = snapshot.strings[Number(snapshot.nodes[i + iName])];
    const size = Number(snapshot.nodes[i + iSize]);
    total += size;
    byType[type] = (byType[type] ?? 0) + size;
    const key = `${type}:${String(name).slice(0, 60)}`;
    byName[key] = (byName[key] ?? 0) + size;
  }
  return { total, byType, byName };
}

try {
  for (let i = 0; i < 50 && context.serviceWorkers().length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  const limberWorker = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
  if (!limberWorker) throw new Error("Limber's worker did not start");
  const base = `chrome-extension://${new URL(limberWorker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${base}/popup.html`);
  const end = Date.now() + dayMs;
  while (Date.now() < end) {
    const shown = await page.evaluate(() => chrome.notifications.getAll());
    if (shown['limber:nudge'])
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'engine/outcome', action: 'done' }));
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const snap = async (/** @type {{ targetId: string, url: string } | undefined} */ target) => {
    if (!target) throw new Error('a worker stopped before its heap was read');
    const worker = await attachWorker(cdp, target.targetId);
    let chunks = '';
    worker.onEvent((event) => {
      if (event.method === 'HeapProfiler.addHeapSnapshotChunk') chunks += event.params.chunk;
    });
    await worker.call('HeapProfiler.enable');
    await worker.call('HeapProfiler.collectGarbage');
    const { usedSize } = await worker.call('Runtime.getHeapUsage');
    await worker.call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await worker.detach();
    if (process.env.HEAP_SAVE)
      writeFileSync(`${process.env.HEAP_SAVE}-${target.url.includes(base) ? 'limber' : 'empty'}.heapsnapshot`, chunks);
    return { usedSize, ...summarize(JSON.parse(chunks)) };
  };
  const sw = targetInfos.filter((t) => t.type === 'service_worker');
  const a = await snap(sw.find((t) => t.url.startsWith(base)));
  const b = await snap(sw.find((t) => !t.url.startsWith(base)));
  console.log(`usedSize limber ${a.usedSize} empty ${b.usedSize} ratio ${(a.usedSize / b.usedSize).toFixed(2)}`);
  console.log(`snapshot limber ${a.total} empty ${b.total}`);
  console.log('\nby type (limber - empty):');
  const sizeOf = (/** @type {Record<string, number>} */ sizes, /** @type {string} */ key) => sizes[key] ?? 0;
  for (const t of Object.keys(a.byType).sort((x, y) => sizeOf(a.byType, y) - sizeOf(a.byType, x)))
    console.log(
      String(sizeOf(a.byType, t)).padStart(9),
      String(sizeOf(a.byType, t) - sizeOf(b.byType, t)).padStart(9),
      t,
    );
  console.log('\ntop names by excess over empty:');
  const rows = Object.keys(a.byName)
    .map((k) => /** @type {const} */ ([k, sizeOf(a.byName, k) - sizeOf(b.byName, k)]))
    .sort((x, y) => y[1] - x[1])
    .slice(0, Number(process.env.HEAP_TOP ?? 50));
  for (const [k, v] of rows) console.log(String(v).padStart(9), k);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
}
