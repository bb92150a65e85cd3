// Comments that point somewhere (`see utils/engine.ts`, "core/checkins.ts `parseMonth`")
// point at something that is there: every path named in a comment exists, and a name
// written right after it (in backticks, or a name like CheckInSchema or REGIONS) is in
// that file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const DIRS = ['core', 'utils', 'entrypoints', 'components', 'scripts', 'tests', 'bench'];
const TOP = ['wxt.config.ts', 'vitest.config.ts'];
const SOURCE = /\.(tsx?|mjs|css|html)$/;

function files(): string[] {
  const out = TOP.map((f) => join(root, f));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.startsWith('.')) continue; // generated folders (the bench's profiles)
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) out.push(path);
    }
  };
  for (const dir of DIRS) walk(join(root, dir));
  return out;
}

/** The comment text of a line: after `//`, or the whole line inside a block comment. */
function comments(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inBlock = false;
  for (const [i, line] of text.split('\n').entries()) {
    const trimmed = line.trim();
    if (inBlock || trimmed.startsWith('/*') || trimmed.startsWith('<!--')) {
      out.push({ line: i + 1, text: line });
      inBlock = !/\*\/|-->/.test(line);
      continue;
    }
    // A `//` that is not part of a URL or a string's "://".
    const at = line.search(/(^|[^:'"`])\/\/(?!\/)/);
    if (at >= 0) out.push({ line: i + 1, text: line.slice(at) });
  }
  return out;
}

const PATH =
  /(?<![\w@~/.-])(core|utils|entrypoints|components|scripts|tests|bench|locales|docs|assets)\/[\w./*-]*[\w*]/g;
/** A name right after a path: in backticks, or one with a capital, digit or underscore. */
const NAME_AFTER = /^\s+(?:`([\w.]+)(?:\([^`]*\))?`|([A-Za-z_]\w*[A-Z0-9_]\w*)\b)/;

interface Pointer {
  where: string;
  path: string;
  name?: string;
}

const pointers: Pointer[] = files().flatMap((file) =>
  comments(readFileSync(file, 'utf8')).flatMap(({ line, text }) =>
    [...text.matchAll(PATH)].map((m): Pointer => {
      const after = NAME_AFTER.exec(text.slice((m.index ?? 0) + m[0].length));
      const name = after?.[1] ?? after?.[2];
      return { where: `${relative(root, file)}:${line}`, path: m[0], ...(name ? { name } : {}) };
    }),
  ),
);

/**
 * Stale pointers in files being rewritten in another branch, left for the merge to fix
 * (then this list is empty again). Each names the file, the pointer and where it should point.
 */
const STALE: { file: string; path: string; shouldBe: string }[] = [];
const isStale = (p: Pointer) => STALE.some((s) => p.where.startsWith(`${s.file}:`) && p.path === s.path);

/** A path, or a glob like utils/describe-*.ts: the first file it names. */
const resolvePath = (path: string): string | undefined => (path.includes('*') ? resolveGlob(path) : resolveFile(path));
const resolveGlob = (path: string): string | undefined => {
  const dir = join(root, path.slice(0, path.lastIndexOf('/')));
  const name = new RegExp(
    `^${path
      .slice(path.lastIndexOf('/') + 1)
      .replace(/[.]/g, '\\.')
      .replace(/\*/g, '.*')}$`,
  );
  return existsSync(dir) ? readdirSync(dir).find((f) => name.test(f)) && dir : undefined;
};
const resolveFile = (path: string): string | undefined =>
  [path, `${path}.ts`, `${path}.tsx`, `${path}.mjs`].map((p) => join(root, p)).find((p) => existsSync(p));

describe('comment pointers', () => {
  it('finds the pointers', () => {
    expect(pointers.length).toBeGreaterThan(50);
  });

  it('name files and folders that exist', () => {
    const broken = pointers.filter((p) => !resolvePath(p.path) && !isStale(p));
    expect(broken.map((p) => `${p.where} ${p.path}`)).toEqual([]);
  });

  it('lists as stale only pointers that are still broken, and points them at a file that exists', () => {
    for (const s of STALE) {
      expect(pointers.some((p) => p.where.startsWith(`${s.file}:`) && p.path === s.path)).toBe(true);
      expect(resolvePath(s.shouldBe)).toBeDefined();
    }
  });

  it('name things that are in the file they point at', () => {
    const missing = pointers.flatMap(({ where, path, name }) => {
      const file = resolvePath(path);
      if (!name || !file || statSync(file).isDirectory()) return [];
      const base = name.split('.')[0] as string;
      return new RegExp(`\\b${base}\\b`).test(readFileSync(file, 'utf8')) ? [] : [`${where} ${path} ${name}`];
    });
    expect(missing).toEqual([]);
  });
});
