import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DOCUMENTED_KEYS, readEverything, readMonths } from './storage';
import { CHECKINS, isDeclaredKey, KEY, keptSourceOf, OUTCOMES } from './storage-keys';

const ROOT = join(__dirname, '..');

describe('keptSourceOf: what each key holds, for the kept-aside notices', () => {
  it.each<[string, ReturnType<typeof keptSourceOf>]>([
    ['checkins:2026-11', { kind: 'checkIns', checkInMonth: '2026-11' }],
    ['outcomes:2026-11', { kind: 'breaks' }],
    ['settings', { kind: 'settings' }],
    ['engine', { kind: 'schedule' }],
    ['status', { kind: 'schedule' }],
    ['activity', { kind: 'screenTime' }],
    ['rollups', { kind: 'screenTime' }],
    ['phq2', { kind: 'phq2' }],
    ['reflections', { kind: 'reflections' }],
    ['lastMove', { kind: 'lastMove' }],
    ['quarantine', { kind: 'quarantine' }],
    ['checkins:2026', null],
    ['checkins:2026-13', null],
    ['something', null],
    ['constructor', null],
  ])('%s → %j', (key, source) => {
    expect(keptSourceOf(key)).toEqual(source);
  });

  it('knows every single key', () => {
    for (const key of Object.values(KEY)) expect(keptSourceOf(key), key).not.toBeNull();
  });
});

describe('a month family', () => {
  it.each([
    [CHECKINS, '2026-11', 'checkins:2026-11'],
    [OUTCOMES, '1999-01', 'outcomes:1999-01'],
  ])('%# names month %s %s', (family, month, key) => {
    expect(family.key(month)).toBe(key);
    expect(family.monthOf(key)).toBe(month);
  });

  it.each(['2026-13', '2026-1', '26-11', '', '2026-11 '])('refuses "%s" as a month', (month) => {
    expect(() => CHECKINS.key(month)).toThrow(/Not a month key/);
  });

  it.each([
    ['checkins:2026-11', '2026-11', null],
    ['outcomes:2026-11', null, '2026-11'],
    ['checkins:2026-13', null, null],
    ['checkins:', null, null],
    ['checkins2026-11', null, null],
    ['settings', null, null],
    ['xcheckins:2026-11', null, null],
  ])('reads %s as a check-in month %s and a break-record month %s', (key, checkIns, outcomes) => {
    expect(CHECKINS.monthOf(key)).toBe(checkIns);
    expect(OUTCOMES.monthOf(key)).toBe(outcomes);
  });

  it('lists the stored months of a family, in month order, with their raw values', () => {
    const all = { 'checkins:2026-12': 3, settings: {}, 'checkins:2025-01': 1, 'outcomes:2026-01': 2, 'checkins:x': 4 };
    expect([...CHECKINS.months(all)]).toEqual([
      ['2025-01', 1],
      ['2026-12', 3],
    ]);
    expect([...OUTCOMES.months(all)]).toEqual([['2026-01', 2]]);
  });
});

describe('readEverything', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads every key in one call, split into single keys, each family, and the list of keys', async () => {
    await fakeBrowser.storage.local.set({
      'checkins:2026-11': ['nov'],
      'checkins:2026-10': ['oct'],
      'outcomes:2026-11': ['o'],
      phq2: ['p'],
      settings: { s: 1 },
      leftOver: 'from an older version',
    });
    const stored = await readEverything();
    expect(stored.single).toEqual({ phq2: ['p'], settings: { s: 1 } });
    expect([...stored.checkIns.keys()]).toEqual(['2026-10', '2026-11']);
    expect([...stored.outcomes]).toEqual([['2026-11', ['o']]]);
    expect(stored.keys.sort()).toEqual(
      ['checkins:2026-10', 'checkins:2026-11', 'leftOver', 'outcomes:2026-11', 'phq2', 'settings'].sort(),
    );
    expect(isDeclaredKey('leftOver')).toBe(false);
    expect(stored.keys.filter((k) => !isDeclaredKey(k))).toEqual(['leftOver']);
  });

  it('reads only the months asked for', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': ['nov'], 'checkins:2026-10': ['oct'] });
    expect([...(await readMonths(CHECKINS, ['2026-11', '2027-01']))]).toEqual([['2026-11', ['nov']]]);
  });
});

/** Every non-test TypeScript source file of the extension, relative to the root. */
function sources(): string[] {
  const found: string[] = [];
  for (const dir of ['core', 'utils', 'entrypoints', 'components']) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      found.push(relative(ROOT, join(entry.parentPath, entry.name)));
    }
  }
  return found;
}

describe('the inventory of stored keys', () => {
  it('declares each key once', () => {
    const values = Object.values(KEY);
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(DOCUMENTED_KEYS).size).toBe(DOCUMENTED_KEYS.length);
  });

  it('spells no storage key outside utils/storage.ts and utils/storage-keys.ts', () => {
    const files = sources();
    expect(files).toContain('utils/storage.ts');
    expect(files).toContain('utils/storage-keys.ts');
    const rules: [string, RegExp][] = [
      ['declares a storage item', /\bdefineItem\s*[<(]/],
      ['names a storage area in a key', /['"`](local|sync|session|managed):/],
      ['names a month key', /['"`](checkins|outcomes):/],
      [
        'reads or writes a key by its name',
        /\b(storage\.\w+|area)\.(get|set|remove)\(\s*(['"`]|\[\s*['"`]|\{\s*['"`]?\w+['"`]?\s*:)/,
      ],
      ['reads the whole area itself', /\b(storage\.\w+|area)\.get\(\s*null\s*\)/],
      ['slices a month out of a key', /\.slice\(\s*9\s*\)/],
      ['matches a month key with a pattern', /\/\^\(?(checkins|outcomes)\b/],
      [
        'keeps aside under a written-out key',
        /keepAside\(\s*['"`](settings|engine|status|activity|rollups|phq2|reflections|lastMove|quarantine)/,
      ],
    ];
    const found: string[] = [];
    for (const file of files) {
      if (file === 'utils/storage.ts' || file === 'utils/storage-keys.ts') continue;
      // Comments may name keys, for the reader.
      const code = readFileSync(join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      for (const [what, pattern] of rules) if (pattern.test(code)) found.push(`${file} ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('lists every stored key in the README, and no other', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^### Stored keys$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
    const listed = [...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...DOCUMENTED_KEYS].sort());
  });
});
