import { describe, expect, it } from 'vitest';
import type { CountryHelp } from '../core/helplines';
import { assertHelplinesFresh, buildDayOf } from './helpline-check';

const table = (checkedOn: string): CountryHelp[] => [
  {
    country: 'XX',
    name: 'Test',
    lines: [
      { name: 'A line', number: '123', how: 'call', purpose: 'crisis', source: 'https://example.org', checkedOn },
    ],
    emergency: null,
  },
];

describe('the zip check', () => {
  it('lets a table checked within a year through', () => {
    expect(() => assertHelplinesFresh('2027-12-01', table('2026-12-01'))).not.toThrow();
  });

  it('refuses a table checked more than a year before, naming the entry and its date', () => {
    expect(() => assertHelplinesFresh('2027-12-02', table('2026-12-01'))).toThrow(
      /1 help-line entry was checked more than 365 days before 2027-12-02[\s\S]*XX: A line 123 \(checked 2026-12-01\)/,
    );
  });

  it('takes the build day as the UTC calendar day', () => {
    expect(buildDayOf(new Date(Date.UTC(2027, 0, 2, 23, 59)))).toBe('2027-01-02');
  });
});
