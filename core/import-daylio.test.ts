import { describe, expect, it } from 'vitest';
import { parseImport } from './import';
import { DAYLIO_DEFAULT_MOODS, parseDaylioTime, plainNote } from './import-daylio';
import type { ImportedData } from './import-read';

const HEADER = 'full_date,date,weekday,time,mood,activities,note_title,note';
const csv = (...rows: string[]) => [HEADER, ...rows].map((r) => `${r}\n`).join('');
const now = Date.UTC(2026, 10, 24, 12);
const none = new Set<string>();

function read(text: string, options: Parameters<typeof parseImport>[3] = {}): ImportedData {
  const result = parseImport(text, 'daylio_export.csv', none, { now, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('parseDaylioTime', () => {
  it.each<[string, number | undefined]>([
    ['20:05', 20 * 60 + 5],
    ['08:05', 8 * 60 + 5],
    ['0:00', 0],
    ['8:05 pm', 20 * 60 + 5],
    ['8:05 PM', 20 * 60 + 5],
    ['12:30 am', 30],
    ['12:30 pm', 12 * 60 + 30],
    ['11:54 p.m.', 23 * 60 + 54],
    ['20:05:30', 20 * 60 + 5],
    ['24:00', undefined],
    ['13:00 pm', undefined],
    ['0:10 am', undefined],
    ['8.05', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseDaylioTime(text)).toBe(expected);
  });
});

describe('plainNote', () => {
  it.each([
    ['plain', 'plain'],
    ['line one<br>line two', 'line one\nline two'],
    ['<b>bold</b> &amp; &lt;ok&gt;', 'bold & <ok>'],
    ['  spaced&nbsp;out  ', 'spaced out'],
  ])('%j → %j', (html, expected) => {
    expect(plainNote(html)).toBe(expected);
  });
});

describe('parseImport: a Daylio export', () => {
  it('reads mood-only check-ins in the zone given, with the title as the note’s first line', () => {
    const data = read(
      csv(
        '2026-11-20,November 20,Friday,20:05,good,work | friends,Long day,"Back ok, <br>tired"',
        '2026-11-19,November 19,Thursday,8:00 am,awful,,,',
      ),
      { daylio: { offsetAt: () => 60 } },
    );
    expect(data.fileType).toBe('daylio');
    expect(data.checkIns.map(({ id, ...c }) => c)).toEqual([
      {
        at: Date.UTC(2026, 10, 20, 19, 5),
        tzOffsetMin: 60,
        mood: 4,
        tags: ['work', 'friends'],
        note: 'Long day\nBack ok,\ntired',
        source: 'import',
      },
      { at: Date.UTC(2026, 10, 19, 7, 0), tzOffsetMin: 60, mood: 1, source: 'import' },
    ]);
    expect(data.daylio).toEqual({
      moods: [
        { name: 'good', count: 1, choice: 4 },
        { name: 'awful', count: 1, choice: 1 },
      ],
      unmapped: 0,
      skipped: 0,
    });
  });

  it.each([
    ['after the note', `${HEADER},scales\n2026-11-20,November 20,Friday,20:05,rad,walk,Title,text,"{}"\n`],
    [
      'before the title',
      'full_date,date,weekday,time,mood,activities,scales,note_title,note\n2026-11-20,November 20,Friday,20:05,rad,walk,,Title,text\n',
    ],
  ])('reads the newer layout with a scales column %s', (_, text) => {
    expect(read(text).checkIns).toMatchObject([{ mood: 5, tags: ['walk'], note: 'Title\ntext' }]);
  });

  it('keeps activities in the note when the person chooses so', () => {
    const data = read(csv('2026-11-20,November 20,Friday,20:05,meh,work | walk,,stiff'), {
      daylio: { activities: 'note', activitiesLabel: 'Activities' },
    });
    expect(data.checkIns[0]).toMatchObject({ mood: 3, note: 'stiff\nActivities: work, walk' });
    expect(data.checkIns[0]?.tags).toBeUndefined();
  });

  it('leaves a renamed mood out until it has a face, then maps it as chosen', () => {
    const text = csv(
      '2026-11-20,November 20,Friday,20:05,Super,,,',
      '2026-11-19,November 19,Thursday,20:05,super,,,',
      '2026-11-18,November 18,Wednesday,20:05,bad,,,',
    );
    const unmapped = read(text);
    expect(unmapped.checkIns).toHaveLength(1);
    expect(unmapped.daylio).toEqual({
      moods: [
        { name: 'Super', count: 2, choice: undefined },
        { name: 'bad', count: 1, choice: 2 },
      ],
      unmapped: 2,
      skipped: 0,
    });
    const mapped = read(text, { daylio: { mapping: { super: 5, bad: 1 } } });
    expect(mapped.checkIns.map((c) => c.mood)).toEqual([5, 5, 1]);
  });

  it.each<[string, Record<string, number | 'skip'>, (number | undefined)[], number, number]>([
    ['a custom name skipped', { super: 'skip' }, [2], 0, 2],
    ['a default name skipped, the custom one mapped', { super: 4, bad: 'skip' }, [4, 4], 0, 1],
    ['everything skipped', { super: 'skip', bad: 'skip' }, [], 0, 3],
    ['nothing chosen', {}, [2], 2, 0],
  ])('%s: the rows left out are counted', (_, mapping, moods, unmapped, skipped) => {
    const text = csv(
      '2026-11-20,November 20,Friday,20:05,Super,,,',
      '2026-11-19,November 19,Thursday,20:05,super,,,',
      '2026-11-18,November 18,Wednesday,20:05,bad,,,',
    );
    const data = read(text, { daylio: { mapping } });
    expect(data.checkIns.map((c) => c.mood)).toEqual(moods);
    expect(data.daylio?.unmapped).toBe(unmapped);
    expect(data.daylio?.skipped).toBe(skipped);
    expect(data.daylio?.moods.map((m) => m.choice)).toEqual([mapping.super, mapping.bad ?? 2]);
    expect(data.preview.count).toBe(moods.length);
  });

  it('gives the same ids to the same file, and different ids to rows repeated exactly', () => {
    const text = csv('2026-11-20,November 20,Friday,20:05,good,,,', '2026-11-20,November 20,Friday,20:05,good,,,');
    const first = read(text).checkIns.map((c) => c.id);
    expect(new Set(first).size).toBe(2);
    expect(read(text).checkIns.map((c) => c.id)).toEqual(first);
  });

  it('maps Daylio’s five moods to 5…1 by default', () => {
    expect(DAYLIO_DEFAULT_MOODS).toEqual({ rad: 5, good: 4, meh: 3, bad: 2, awful: 1 });
  });

  it.each([
    ['a date that does not exist', '2026-02-30,x,x,20:05,good,,,', 'daylio.full_date', undefined],
    ['a time it cannot read', '2026-11-20,x,x,8h05,good,,,', 'daylio.time', undefined],
    ['an empty mood', '2026-11-20,x,x,20:05,,,,', 'daylio.mood', undefined],
    ['a day more than a day ahead', '2026-11-27,x,x,20:05,good,,,', 'daylio.full_date', 'future'],
    ['a note over 500 characters', `2026-11-20,x,x,20:05,good,,,${'x'.repeat(501)}`, 'daylio.note', 'tooLong'],
    ['an activity over 40 characters', `2026-11-20,x,x,20:05,good,${'y'.repeat(41)},,`, 'daylio.activities', 'tooLong'],
  ])('refuses %s, naming the row and the field', (_, row, field, reason) => {
    const result = parseImport(csv('2026-11-21,x,x,20:05,good,,,', row), 'd.csv', none, { now });
    expect(result).toEqual({
      ok: false,
      problems: [reason ? { kind: 'badField', row: 3, field, reason } : { kind: 'badField', row: 3, field }],
    });
  });
});
