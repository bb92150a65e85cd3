// Health words are calm and plain (FIELD.md "How to talk about health"; issue 13
// item 8): no string in any locale claims a cause or a benefit, names a diagnosis, or
// carries guilt. Each pattern below is one kind of slip the health audit found or
// warned of (../shared/research/health-audit.md §4). A string that must use such a
// word (to say Limber does not diagnose, or to quote the PHQ-2 verbatim) is listed
// in ALLOWED with its reason, and only for that pattern.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const localeFiles = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.yml'));

const PATTERNS = {
  // Causes and promised benefits.
  causal:
    /\b(caused by|due to|leads? to|linked to|results? in|because (of )?(your|you)|will do you good|(helps|cures|heals|relieves|treats|prevents|fixes) (your|back|pain|mood))\b/i,
  benefit: /\b(talking to someone helps|it helps|this helps)\b/i,
  // Diagnoses and labels.
  diagnostic:
    /\b(diagnos\w*|depress\w*|disorder|syndrome|cauda equina|sciatica|slipped disc|herniat\w*|arthritis|medical device|you have (a|an) )/i,
  // Guilt and streaks.
  guilt:
    /\b(streaks?|you (failed|missed|forgot|broke)|lazy|should have|don'?t break|no excuses?|shame|disappoint\w*|only managed)\b/i,
} as const;
type Kind = keyof typeof PATTERNS;

/** key → the patterns it may match, and why. */
const ALLOWED: Record<string, { kinds: Kind[]; why: string }> = {
  'purpose.statement': { kinds: ['diagnostic'], why: 'says Limber is not intended to diagnose' },
  'report.footer': { kinds: ['diagnostic'], why: 'says Limber is not intended to diagnose' },
  'phq2.intro': { kinds: ['diagnostic'], why: '"It never diagnoses anything"' },
  'phq2.notDiagnosis': { kinds: ['diagnostic'], why: '"This is not a diagnosis"' },
  'report.phq2.note': { kinds: ['diagnostic'], why: 'the PHQ-2 item, quoted verbatim' },
};

describe('health words in every locale', () => {
  it.each(localeFiles)('%s: no causal, diagnostic or guilt words', async (file) => {
    const messages = await parseMessagesFile(join(root, 'locales', file));
    const found: string[] = [];
    for (const m of messages) {
      const key = m.key.join('.');
      if (key.startsWith('@@')) continue;
      // A simple message has `message`; a plural one its forms under `plurals`.
      const text =
        'message' in m ? String(m.message) : Object.values((m as { plurals?: object }).plurals ?? {}).join(' | ');
      expect(text.length, key).toBeGreaterThan(0);
      for (const [kind, pattern] of Object.entries(PATTERNS) as [Kind, RegExp][]) {
        if (pattern.test(text) && !ALLOWED[key]?.kinds.includes(kind)) found.push(`${key} (${kind}): ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('catches the lines the audit quoted, so the patterns are not toothless', () => {
    const quoted: [string, Kind][] = [
      ['Talking to someone helps.', 'benefit'],
      ['When it ends, a short walk will do you good.', 'causal'],
      ['It is not a medical device and does not diagnose anything.', 'diagnostic'],
      ['You broke your 5-day streak!', 'guilt'],
      ['Your pain is caused by sitting.', 'causal'],
      ['You may have sciatica.', 'diagnostic'],
    ];
    for (const [text, kind] of quoted) expect(PATTERNS[kind].test(text), text).toBe(true);
  });

  it('allows only keys that exist and still need it, so the list cannot rot', async () => {
    const texts = new Map(
      (await parseMessagesFile(join(root, 'locales/en.yml'))).map((m) => [
        m.key.join('.'),
        'message' in m ? String(m.message) : '',
      ]),
    );
    for (const [key, { kinds }] of Object.entries(ALLOWED)) {
      for (const kind of kinds) expect(PATTERNS[kind].test(texts.get(key) ?? ''), `${key} ${kind}`).toBe(true);
    }
  });
});
