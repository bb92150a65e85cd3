// Every pure module in core/ has its test beside it (STYLE.md: "a test beside each file").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
