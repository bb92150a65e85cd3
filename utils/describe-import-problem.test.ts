// A bad file names the row and the field that is wrong, in plain words.
import { describe, expect, it } from 'vitest';
import { type ImportProblem, parseImport } from '@/core/import';
import { describeImportProblem } from './describe-import-problem';

const header = 'id,time,tzOffsetMin,mood,pain,sleep,regions,tags,note,source';
const row = 'abcdef-0001,2026-11-24T14:05:00+01:00,60,4,3,,,,,popup';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n');
const backup = (checkIns: unknown[], extra = {}) =>
  JSON.stringify({
    format: 'limber-backup',
    schemaVersion: 1,
    exportedAt: '2026-11-24T13:05:00.000Z',
    checkIns,
    ...extra,
  });
const good = { id: 'abcdef-0001', at: 1795000000000, tzOffsetMin: 60, mood: 4, pain: 3, source: 'popup' };

function firstProblem(text: string, fileName: string): ImportProblem {
  const result = parseImport(text, fileName, new Set());
  if (result.ok) throw new Error('accepted');
  return result.problems[0] as ImportProblem;
}

describe('import problems in plain words', () => {
  it.each([
    [
      'pain 11 on the third row',
      csv(row, row.replace('0001', '0002'), row.replace('0001', '0003').replace(',4,3,', ',4,11,')),
      'x.csv',
      'Row 4: pain must be a whole number from 0 to 10. Correct it in the file, or delete the row, then import again.',
    ],
    [
      'mood as a word',
      csv(row.replace(',4,3,', ',good,3,')),
      'x.csv',
      'Row 2: mood must be a whole number from 1 to 5. Correct it in the file, or delete the row, then import again.',
    ],
    [
      'a broken time',
      csv(row.replace('2026-11-24T14:05:00+01:00', '24/11/2026 14:05')),
      'x.csv',
      'Row 2: the time is not valid; it should look like 2026-11-24T14:05:00+01:00. Correct it in the file, or delete the row, then import again.',
    ],
    [
      'a zone that disagrees with the time',
      csv(row.replace(',60,', ',120,')),
      'x.csv',
      'Row 2: the time zone does not match the time. Correct it in the file, or delete the row, then import again.',
    ],
    [
      'an unknown source',
      csv(row.replace('popup', 'phone')),
      'x.csv',
      'Row 2: the source must be popup, break, reminder or import. Correct it in the file, or delete the row, then import again.',
    ],
    ['a repeated id', csv(row, row), 'x.csv', 'Row 3 repeats the id of row 2.'],
    ['an extra column', `${header},extra\r\n${row},1`, 'x.csv', 'The column “extra” is not part of a Limber export.'],
    [
      'a missing column',
      'id,time,mood,source\r\nabcdef-0001,2026-11-24T14:05:00+01:00,4,popup',
      'x.csv',
      'The column “pain” is missing.',
    ],
    [
      'an unclosed quote',
      csv(`${row.slice(0, -6)}"popup`),
      'x.csv',
      'Row 2: the file’s quotes or commas are out of place. Correct them in the file, then import again.',
    ],
    ['some other CSV', 'date,steps\r\n2026-11-24,4000', 'x.csv', 'This is not a Limber backup or check-ins export.'],
    ['broken JSON', '{"format": "limber-backup",', 'x.json', 'The file is not valid JSON.'],
    [
      'a newer backup',
      backup([], { schemaVersion: 9 }),
      'x.json',
      'This backup comes from a newer version of Limber. Update Limber, then try again.',
    ],
    [
      'a backup check-in with sleep 12',
      backup([good, { ...good, id: 'abcdef-0002', sleep: 12 }]),
      'x.json',
      'Row 2: sleep must be a whole number from 0 to 10, or empty. Correct it in the file, or delete the row, then import again.',
    ],
    [
      'a backup check-in with an extra field',
      backup([{ ...good, admin: true }]),
      'x.json',
      'Row 1: “admin” is not part of a check-in. Correct it in the file, or delete the row, then import again.',
    ],
    ['a backup row that is not an object', backup([42]), 'x.json', 'Row 1 is not a check-in.'],
    ['a backup with a bad part', backup([good], { phq2: 'lots' }), 'x.json', 'The backup’s “phq2” part is not valid.'],
  ])('%s', (_, text, fileName, words) => {
    expect(describeImportProblem(firstProblem(text, fileName))).toBe(words);
  });

  it('says how large a file may be', () => {
    expect(describeImportProblem({ kind: 'tooLarge', maxBytes: 20 * 1024 * 1024 })).toBe(
      'The file is larger than 20 MB.',
    );
  });
});
