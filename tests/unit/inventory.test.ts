// Every pure module in core/ has its test beside it (STYLE.md: "a test beside each file").
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = join(import.meta.dirname, '../../core');
const files = readdirSync(core);
const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const modules = files.filter((f) => /\.tsx?$/.test(f) && !isTest(f) && !f.endsWith('.d.ts'));

describe('core/ inventory', () => {
  it('finds the core modules', () => {
    expect(modules.length).toBeGreaterThan(20);
  });

  it.each(modules)('core/%s has a test beside it', (file) => {
    const base = file.replace(/\.tsx?$/, '');
    const tests = files.filter(
      (f) => isTest(f) && (f.startsWith(`${base}.test.`) || f.startsWith(`${base}.property.test.`)),
    );
    expect(tests, `core/${base}.test.ts or core/${base}.property.test.ts`).not.toEqual([]);
  });
});

// README "How it fits together" is the newcomer's map: it names every core/ and utils/
// module (a `*-store.ts` pattern counts for the files it matches), and every file it
// names exists somewhere in the tree.
describe('README layout', () => {
  const root = join(import.meta.dirname, '../..');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const from = readme.indexOf('## How it fits together');
  const open = readme.indexOf('```', from);
  const layout = readme.slice(open, readme.indexOf('```', open + 3));
  const named = [...new Set(layout.match(/[\w*.-]+\.(?:tsx?|mjs|yml|css)\b/g) ?? [])];
  const patterns = named
    .filter((n) => n.includes('*'))
    .map((n) => new RegExp(`^${n.replace(/[.]/g, '\\.').replace(/\*/g, '[\\w-]+')}$`));
  const isNamed = (file: string) => named.includes(file) || patterns.some((p) => p.test(file));

  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [e.name],
    );
  const tree = new Set(
    ['core', 'utils', 'components', 'entrypoints', 'scripts', 'tests', 'bench', 'locales'].flatMap(walk),
  );
  const sources = (dir: string) =>
    readdirSync(join(root, dir)).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'));

  it('finds the layout and the files it names', () => {
    expect(named.length).toBeGreaterThan(60);
  });

  it.each([...sources('core').map((f) => `core/${f}`), ...sources('utils').map((f) => `utils/${f}`)])(
    '%s is named in it',
    (path) => {
      expect(isNamed(path.slice(path.indexOf('/') + 1))).toBe(true);
    },
  );

  it('names only files that exist', () => {
    const missing = named.filter((n) => !n.includes('*') && !tree.has(n));
    expect(missing).toEqual([]);
  });

  it('has each pattern match at least one file', () => {
    for (const p of patterns)
      expect(
        [...tree].some((f) => p.test(f)),
        String(p),
      ).toBe(true);
  });
});

// One home for lengths of time (issue 11): core/time.ts for the app, tests/time-units.mjs
// for the plain-JavaScript scripts. Nowhere else writes a day or an hour out in ms.
describe('lengths of time', () => {
  const root = join(import.meta.dirname, '../..');
  const homes = new Set(['core/time.ts', 'tests/time-units.mjs']);
  const files = ['core', 'utils', 'components', 'entrypoints', 'scripts', 'tests', 'bench'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(tsx?|mjs)$/.test(e.name))
      .map((e) => relative(root, join(e.parentPath, e.name))),
  );

  it('finds the sources', () => {
    expect(files).toContain('core/time.ts');
    expect(files).toContain('tests/time-units.mjs');
  });

  it('writes a day or an hour in ms only in core/time.ts and tests/time-units.mjs', () => {
    const bare = /\b(86_?400_?000|3_?600_?000)\b/;
    const found = files.filter((f) => !homes.has(f) && bare.test(readFileSync(join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
