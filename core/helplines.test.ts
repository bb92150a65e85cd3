import { describe, expect, it } from 'vitest';
import {
  type CountryHelp,
  checkedOnFor,
  chooseHelpCountry,
  countryFromLocale,
  FIND_A_HELPLINE,
  HELPLINE_MAX_AGE_DAYS,
  HELPLINES,
  helplinesFor,
  lineLinks,
  staleEntries,
} from './helplines';
import { isDayKey } from './time';

describe('the helpline table', () => {
  it('dates and sources every line and every emergency number, and findahelpline.com is always there', () => {
    expect(FIND_A_HELPLINE.url).toBe('https://findahelpline.com');
    for (const entry of HELPLINES) {
      for (const fact of [...entry.lines, ...(entry.emergency ? [entry.emergency] : [])]) {
        expect(isDayKey(fact.checkedOn), `${entry.country} ${fact.checkedOn}`).toBe(true);
        expect(fact.source).toMatch(/^https?:\/\/[^ ]+\.[^ ]+/);
      }
    }
  });

  it('has one entry per country, each with a crisis line', () => {
    const codes = HELPLINES.map((e) => e.country);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of HELPLINES) {
      expect(entry.country).toMatch(/^[A-Z]{2}$/);
      expect(entry.name).not.toBe('');
      expect(entry.lines.some((l) => l.purpose === 'crisis')).toBe(true);
      if (entry.emergency) {
        expect(entry.emergency.numbers.length).toBeGreaterThan(0);
        for (const n of entry.emergency.numbers) expect(n).toMatch(/^\d{2,3}$/);
      }
      for (const line of entry.lines) {
        expect(line.name).not.toBe('');
        expect(line.number).toMatch(/^[0-9][0-9 -]*( ext \d+)?$/);
      }
    }
  });

  it('covers the countries the audit asked for', () => {
    for (const code of ['BR', 'KR', 'PL', 'SE', 'ZA', 'SG', 'PH']) expect(helplinesFor(code)).not.toBeNull();
    expect(helplinesFor('MX')?.lines.map((l) => [l.number, l.hours])).toEqual([['800 911 2000', '24/7']]);
  });

  it.each([
    ['US', '988', ['911']],
    ['GB', '116 123', ['999', '112']],
    ['IE', '116 123', ['112', '999']],
    ['CA', '988', ['911']],
    ['AU', '13 11 14', ['000', '112']],
    ['NZ', '1737', ['111']],
    ['IN', '14416', ['112']],
    ['DE', '0800 111 0 111', ['112']],
    ['FR', '3114', ['112', '15']],
    ['ES', '024', ['112']],
    ['NL', '113', ['112']],
    ['ID', '119 ext 8', ['119']],
    ['KR', '109', ['119']],
    ['BR', '188', ['192']],
    ['MX', '800 911 2000', ['911']],
  ])('%s: first line %s, emergency %j', (country, first, emergency) => {
    const entry = helplinesFor(country);
    expect(entry?.lines[0]?.number).toBe(first);
    expect(entry?.emergency?.numbers ?? null).toEqual(emergency);
  });

  it.each([
    ['US', '988', 'call or text'],
    ['CA', '988', 'call or text'],
    ['NZ', '1737', 'call or text'],
    ['NZ', '0800 543 354', 'call'],
    ['NZ', '4357', 'text'],
    ['NZ', '0800 611 116', 'call'],
    ['AU', '0477 13 11 14', 'text'],
    ['AU', '1800 022 222', 'call'],
    ['IE', '1800 247 247', 'call'],
    ['DE', '0800 111 0 222', 'call'],
    ['DE', '116 123', 'call'],
    ['DE', '116 117', 'call'],
    ['IN', '1800 891 4416', 'call'],
    ['NL', '0800 0113', 'call'],
    ['SG', '1771', 'call'],
  ])('%s %s: %s', (country, number, how) => {
    expect(helplinesFor(country)?.lines.find((l) => l.number === number)?.how).toBe(how);
  });

  it.each([
    ['PL', ['112', '999']],
    ['SE', ['112']],
    ['SG', ['995']],
    ['PH', ['911']],
    ['BR', ['192']],
    ['MX', ['911']],
    ['ZA', null],
  ])(
    '%s: emergency numbers %j, only where a page read confirmed them (an official one, or a national paper quoting the authority)',
    (country, numbers) => {
      expect(helplinesFor(country)?.emergency?.numbers ?? null).toEqual(numbers);
    },
  );

  it('lists NHS 111 twice: option 2 for mental health (24/7), and medical advice with no UK-wide hours', () => {
    const lines = helplinesFor('GB')?.lines.filter((l) => l.number === '111') ?? [];
    expect(lines.map((l) => [l.purpose, l.hours ?? null, l.note])).toEqual([
      ['crisis', '24/7', 'nhs111MentalHealth'],
      ['medical', null, 'nhs111'],
    ]);
  });

  it('says 113 is free in the Netherlands, and cautions about Indonesia', () => {
    expect(helplinesFor('NL')?.lines[0]?.note).toBe('nlFree');
    expect(helplinesFor('ID')?.caution).toBe('slowReplies');
    expect(helplinesFor('ID')?.lines[0]?.hours).toBeUndefined();
  });

  it.each([
    ['gb', 'GB'],
    ['AT', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('helplinesFor(%j) → %s', (code, country) => {
    expect(helplinesFor(code)?.country ?? null).toBe(country);
  });
});

describe('chooseHelpCountry: the chosen country, then the locale, then ask', () => {
  it.each([
    // chosen, locale, country, from
    ['GB', 'en-US', 'GB', 'chosen'],
    ['gb', 'en-US', 'GB', 'chosen'],
    ['IE', 'en-GB', 'IE', 'chosen'],
    ['AT', 'de-DE', 'AT', 'chosen'], // not in the table: still theirs, so findahelpline.com, never Germany's lines
    [null, 'en-GB', 'GB', 'locale'],
    [null, 'de-AT', null, 'none'], // the locale names a country the table lacks
    [null, 'en', null, 'none'],
    [null, 'es-419', null, 'none'],
    ['', 'hi-IN', 'IN', 'locale'],
    ['GBR', 'nl', 'NL', 'locale'], // not a code: ignored
    [undefined, undefined, null, 'none'],
    [null, '', null, 'none'],
  ])('chosen %j, locale %j → %j from %s', (chosen, locale, country, from) => {
    expect(chooseHelpCountry(chosen, locale)).toEqual({ country, from });
  });
});

describe('staleEntries: the zip rule, checked at most a year before the build', () => {
  const checked = (checkedOn: string) => ({ source: 'https://example.org/x', checkedOn });
  const table = (lineOn: string, emergencyOn: string | null): CountryHelp[] => [
    {
      country: 'XX',
      name: 'Test',
      lines: [{ name: 'A line', number: '123', how: 'call', purpose: 'crisis', ...checked(lineOn) }],
      emergency: emergencyOn ? { numbers: ['112'], ...checked(emergencyOn) } : null,
    },
  ];

  it.each([
    // line checked, emergency checked, build day, stale facts
    ['2026-12-01', '2026-12-01', '2026-12-01', []],
    ['2026-12-01', null, '2027-12-01', []], // 365 days: still fine
    ['2026-12-01', null, '2027-12-02', ['A line 123']], // 366 days
    ['2027-02-28', null, '2028-02-29', ['A line 123']], // 366 days: 2028 has a 29 February
    ['2027-03-01', null, '2028-02-29', []], // 365 days
    ['2026-12-01', '2025-11-30', '2026-12-01', ['emergency 112']], // 366 days
    ['2025-01-01', '2025-01-01', '2026-12-01', ['A line 123', 'emergency 112']],
    ['not a day', null, '2026-12-01', ['A line 123']],
    ['2027-01-01', null, '2026-12-01', []], // checked after the build day (a clock behind): not stale
  ])('line %s, emergency %s, built %s → %j', (lineOn, emergencyOn, buildDay, stale) => {
    expect(staleEntries(table(lineOn, emergencyOn), buildDay).map((s) => s.what)).toEqual(stale);
  });

  it('names the country and the date, and refuses a build day that is not a day', () => {
    expect(staleEntries(table('2020-01-01', null), '2026-12-01')).toEqual([
      { country: 'XX', what: 'A line 123', checkedOn: '2020-01-01' },
    ]);
    expect(() => staleEntries(HELPLINES, '1 December 2026')).toThrow(RangeError);
  });

  it('passes the shipped table on the day it was checked, and its limit is a year', () => {
    expect(HELPLINE_MAX_AGE_DAYS).toBe(365);
    expect(staleEntries(HELPLINES, checkedOnFor(HELPLINES[0] as CountryHelp))).toEqual([]);
  });

  it('checkedOnFor gives the oldest check of a country', () => {
    expect(checkedOnFor(table('2026-11-02', '2026-10-01')[0] as CountryHelp)).toBe('2026-10-01');
    expect(checkedOnFor(table('2026-11-02', null)[0] as CountryHelp)).toBe('2026-11-02');
  });
});

describe('lineLinks', () => {
  it.each([
    [
      { number: '116 123', how: 'call' },
      { call: 'tel:116123', text: null },
    ],
    [
      { number: '988', how: 'call or text' },
      { call: 'tel:988', text: 'sms:988' },
    ],
    [
      { number: '0477 13 11 14', how: 'text' },
      { call: null, text: 'sms:0477131114' },
    ],
    [
      { number: '1-800-891-4416', how: 'call' },
      { call: 'tel:18008914416', text: null },
    ],
    [
      { number: '119 ext 8', how: 'call' },
      { call: null, text: null },
    ],
  ] as const)('%j → %j', (line, links) => {
    expect(lineLinks(line)).toEqual(links);
  });
});

describe('countryFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-gb', 'GB'],
    ['en_GB', 'GB'],
    ['EN-gb', 'GB'],
    [' en-GB ', 'GB'],
    ['en-UK', 'GB'],
    ['en-US', 'US'],
    ['en-IE', 'IE'],
    ['en-IN', 'IN'],
    ['hi-IN', 'IN'],
    ['fr-CA', 'CA'],
    ['fr-FR', 'FR'],
    ['nl-NL', 'NL'],
    ['nl-BE', 'BE'],
    ['de-AT', 'AT'],
    ['es-ES', 'ES'],
    ['zh-Hant-TW', 'TW'],
    ['sr-Latn-RS', 'RS'],
    ['en-US-u-ca-gregory', 'US'],
    ['de-DE-1996', 'DE'],
    ['de', 'DE'],
    ['nl', 'NL'],
    ['id', 'ID'],
    ['in', 'ID'],
    ['hi', 'IN'],
    ['ga', 'IE'],
    ['mi', 'NZ'],
    ['en', null],
    ['fr', null],
    ['es', null],
    ['pt', null],
    ['es-419', null],
    ['en-001', null],
    ['de-u-co-phonebk', 'DE'],
    ['en-x-gb', null],
    ['x-private', null],
    ['i-klingon', null],
    ['', null],
    ['not a locale', null],
  ])('%j → %s', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });
});
