import { describe, expect, it } from 'vitest';
import {
  countryFromLocale,
  FIND_A_HELPLINE,
  HELPLINES,
  HELPLINES_CHECKED_ON,
  helplinesFor,
  lineLinks,
} from './helplines';
import { isDayKey } from './time';

describe('the helpline table', () => {
  it('is dated, and findahelpline.com is always there', () => {
    expect(isDayKey(HELPLINES_CHECKED_ON)).toBe(true);
    expect(FIND_A_HELPLINE.url).toBe('https://findahelpline.com');
  });

  it('has one entry per country, each with a crisis line and an emergency number', () => {
    const codes = HELPLINES.map((e) => e.country);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of HELPLINES) {
      expect(entry.country).toMatch(/^[A-Z]{2}$/);
      expect(entry.name).not.toBe('');
      expect(entry.lines.some((l) => l.purpose === 'crisis')).toBe(true);
      expect(entry.emergency.length).toBeGreaterThan(0);
      for (const n of entry.emergency) expect(n).toMatch(/^\d{2,3}$/);
      for (const line of entry.lines) {
        expect(line.name).not.toBe('');
        expect(line.number).toMatch(/^[0-9][0-9 -]*( ext \d+)?$/);
      }
    }
  });

  it.each([
    ['US', '988', ['911']],
    ['GB', '116 123', ['999', '112']],
    ['IE', '116 123', ['112', '999']],
    ['CA', '988', ['911']],
    ['AU', '13 11 14', ['000']],
    ['NZ', '1737', ['111']],
    ['IN', '14416', ['112']],
    ['DE', '0800 111 0 111', ['112']],
    ['FR', '3114', ['112', '15']],
    ['ES', '024', ['112']],
    ['NL', '113', ['112']],
    ['ID', '119 ext 8', ['112', '119']],
  ])('%s: first line %s, emergency %j', (country, first, emergency) => {
    const entry = helplinesFor(country);
    expect(entry?.lines[0]?.number).toBe(first);
    expect(entry?.emergency).toEqual(emergency);
  });

  it.each([
    ['US', '988', 'call or text'],
    ['CA', '988', 'call or text'],
    ['NZ', '1737', 'call or text'],
    ['NZ', '0800 543 354', 'call'],
    ['AU', '0477 13 11 14', 'text'],
    ['GB', '111', 'call'],
    ['DE', '0800 111 0 222', 'call'],
    ['IN', '1800 891 4416', 'call'],
    ['NL', '0800 0113', 'call'],
  ])('%s %s: %s', (country, number, how) => {
    expect(helplinesFor(country)?.lines.find((l) => l.number === number)?.how).toBe(how);
  });

  it('marks NHS 111 as medical advice, not a crisis line', () => {
    expect(helplinesFor('GB')?.lines.find((l) => l.number === '111')?.purpose).toBe('medical');
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
