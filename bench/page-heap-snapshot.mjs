// @ts-check
// Where the popup's heap goes: a heap snapshot of the popup (status and three check-ins
// today shown, as bench/run.mjs popup.heapRatio has it) and of a blank extension page,
// summed by node type, by type:name, and by the script each function's code belongs
// to. A diagnostic for popup.heapRatio, not part of `npm run bench`.
//   node bench/page-heap-snapshot.mjs [extensionDir]
// HEAP_SAVE=prefix also writes both .heapsnapshot files.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../tests/e2e/harness.mjs';

const built = resolve(process.argv[2] ?? '.output/chrome-mv3');
const dir = mkdtempSync(join(tmpdir(), 'limber-page-heap-'));
cpSync(built, dir, { recursive: true });
writeFileSync(
  join(dir, 'blank.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><button>OK</button></body></html>',
);

/**
 * @typedef {{ snapshot: { meta: { node_fields: string[], node_types: [string[]], edge_fields: string[], edge_types: [string[]] } },
 *   nodes: number[], edges: number[], strings: string[] }} Snapshot
 */

/**
 * Sums a snapshot by node type, by type:name, and (for functions' code and metadata)
 * by the script they came from: each SharedFunctionInfo's `script` edge names it.
 * @param {Snapshot} s
 */
function summarize(s) {
  const { meta } = s.snapshot;
  const nf = meta.node_fields;
  const ef = meta.edge_fields;
  const types = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const N = nf.length;
  const E = ef.length;
  const iType = nf.indexOf('type');
  const iName = nf.indexOf('name');
  const iSize = nf.indexOf('self_size');
  const iEdges = nf.indexOf('edge_count');
  const eType = ef.indexOf('type');
  const eName = ef.indexOf('name_or_index');
  const eTo = ef.indexOf('to_node');
  /** @type {Record<string, number>} */
  const byType = {};
  /** @type {Record<string, number>} */
  const byName = {};
  let total = 0;
  const count = s.nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += Number(s.nodes[i * N + iEdges]) * E;
    firstEdge[i + 1] = e;
  }
  const nameOf = (/** @type {number} */ i) => s.strings[Number(s.nodes[i * N + iName])] ?? '';
  const typeOf = (/** @type {number} */ i) => String(types[Number(s.nodes[i * N + iType])]);
  /** Outgoing edges of node i as [edgeName, toNodeIndex]. */
  const edgesOf = function* (/** @type {number} */ i) {
    for (let e = firstEdge[i] ?? 0; e < (firstEdge[i + 1] ?? 0); e += E) {
      const t = String(edgeTypes[Number(s.edges[e + eType])]);
      const raw = Number(s.edges[e + eName]);
      const name = t === 'element' || t === 'hidden' ? String(raw) : (s.strings[raw] ?? '');
      yield/** @type {const} */ ([name, Number(s.edges[e + eTo]) / N]);
    }
  };
  for (let i = 0; i < count; i++) {
    const type = typeOf(i);
    const size = Number(s.nodes[i * N + iSize]);
    total += size;
    byType[type] = (byType[type] ?? 0) + size;
    const key = `${type}:${nameOf(i).slice(0, 60)}`;
    byName[key] = (byName[key] ?? 0) + size;
  }
  // Per script: each (shared function info)'s own size plus what it points at that is
  // code or metadata (bytecode, scope info, feedback metadata), and the script source.
  /** @type {Record<string, number>} */
  const byScript = {};
  for (let i = 0; i < count; i++) {
    if (!nameOf(i).startsWith('system / SharedFunctionInfo') && typeOf(i) !== 'code') continue;
    if (!nameOf(i).includes('SharedFunctionInfo')) continue;
    let script = '?';
    let size = Number(s.nodes[i * N + iSize]);
    for (const [edge, to] of edgesOf(i)) {
      if (edge === 'script') {
        for (const [e2, to2] of edgesOf(to)) if (e2 === 'name') script = nameOf(to2).split('/').pop() ?? '?';
      } else if (edge === 'function_data' || edge === 'bytecode' || edge === 'name_or_scope_info') {
        size += Number(s.nodes[to * N + iSize]);
      }
    }
    byScript[script] = (byScript[script] ?? 0) + size;
  }
  return { total, byType, byName, byScript };
}

const env = await launch({ extensionDir: dir });
try {
  const seed = await env.context.newPage();
  await seed.goto(`${env.base}/blank.html`);
  await seed.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      const at = Date.now() - i * 60_000;
      const checkIn = { id: `heap-${i}`, at, tzOffsetMin: -new Date(at).getTimezoneOffset(), mood: 3, pain: 4 };
      await chrome.runtime.sendMessage({ type: 'checkin/add', checkIn: { ...checkIn, source: 'popup' } });
    }
  });
  await seed.close();
  const snap = async (/** @type {string} */ path, /** @type {string} */ selector) => {
    const page = await env.context.newPage();
    await page.goto(`${env.base}/${path}`);
    await page.waitForSelector(selector);
    if (path === 'popup.html')
      await page.waitForFunction(() => document.querySelectorAll('.today-list li').length >= 3);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const cdp = await env.context.newCDPSession(page);
    let chunks = '';
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => {
      chunks += event.chunk;
    });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.detach();
    await page.close();
    if (process.env.HEAP_SAVE) writeFileSync(`${process.env.HEAP_SAVE}-${path}.heapsnapshot`, chunks);
    return { usedSize, ...summarize(JSON.parse(chunks)) };
  };
  // Warm up both once, as the bench does.
  await snap('blank.html', 'button');
  await snap('popup.html', '[data-testid="next-nudge"]');
  const b = await snap('blank.html', 'button');
  const a = await snap('popup.html', '[data-testid="next-nudge"]');
  console.log(`usedSize popup ${a.usedSize} blank ${b.usedSize} ratio ${(a.usedSize / b.usedSize).toFixed(3)}`);
  console.log(`snapshot popup ${a.total} blank ${b.total} diff ${a.total - b.total}`);
  const sizeOf = (/** @type {Record<string, number>} */ sizes, /** @type {string} */ key) => sizes[key] ?? 0;
  const diff = (/** @type {Record<string, number>} */ x, /** @type {Record<string, number>} */ y, top = 1e9) =>
    [...new Set([...Object.keys(x), ...Object.keys(y)])]
      .map((k) => /** @type {const} */ ([k, sizeOf(x, k), sizeOf(x, k) - sizeOf(y, k)]))
      .sort((p, q) => q[2] - p[2])
      .slice(0, top);
  console.log('\nby type (popup, popup - blank):');
  for (const [k, v, d] of diff(a.byType, b.byType)) console.log(String(v).padStart(9), String(d).padStart(9), k);
  console.log('\nfunction metadata by script (popup, popup - blank):');
  for (const [k, v, d] of diff(a.byScript, b.byScript)) console.log(String(v).padStart(9), String(d).padStart(9), k);
  console.log('\ntop names by excess over blank:');
  for (const [k, , d] of diff(a.byName, b.byName, Number(process.env.HEAP_TOP ?? 60)))
    console.log(String(d).padStart(9), k);
} finally {
  await env.close();
  rmSync(dir, { recursive: true, force: true });
}
