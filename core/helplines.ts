// Crisis and emergency lines by country: a small, dated table. DESIGN.md "Care";
// FIELD.md "How to talk about health".
//
// Numbers change. Every entry was checked against what was known on `HELPLINES_CHECKED_ON`;
// re-check them all before that date is a year old, and update the date.
// TODO [2027-11-01]: re-check every number and the hours, then move the date.
//
// Line names are proper names (what the caller hears when the line answers), so they
// stay in the local language. Everything else — "call", "text", "open all day and
// night" — is data that the help page words through locales/.

export const HELPLINES_CHECKED_ON = '2026-11-01';

/** Always offered, whatever the country: it lists lines worldwide and is kept current. */
export const FIND_A_HELPLINE = { name: 'Find A Helpline', url: 'https://findahelpline.com' } as const;

export type HowToReach = 'call' | 'text' | 'call or text';

export interface HelpLine {
  /** The line's own name. */
  name: string;
  /** As written locally, for reading aloud and display. */
  number: string;
  how: HowToReach;
  /** Omitted where the hours were not confirmed. */
  hours?: '24/7';
  /** 'crisis' for emotional distress and suicide; 'medical' for urgent, non-emergency health advice. */
  purpose: 'crisis' | 'medical';
}

export interface CountryHelp {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** English name, a fallback for pickers (pages should prefer Intl.DisplayNames). */
  name: string;
  lines: readonly HelpLine[];
  /** Emergency numbers, the general one first. */
  emergency: readonly string[];
}

export const HELPLINES: readonly CountryHelp[] = [
  {
    country: 'US',
    name: 'United States',
    lines: [
      { name: '988 Suicide & Crisis Lifeline', number: '988', how: 'call or text', hours: '24/7', purpose: 'crisis' },
    ],
    emergency: ['911'],
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    lines: [
      { name: 'Samaritans', number: '116 123', how: 'call', hours: '24/7', purpose: 'crisis' },
      // 111 covers England, Scotland (NHS 24) and Wales; Northern Ireland's 111 is more limited.
      { name: 'NHS 111', number: '111', how: 'call', hours: '24/7', purpose: 'medical' },
    ],
    emergency: ['999', '112'],
  },
  {
    country: 'IE',
    name: 'Ireland',
    lines: [{ name: 'Samaritans', number: '116 123', how: 'call', hours: '24/7', purpose: 'crisis' }],
    emergency: ['112', '999'],
  },
  {
    country: 'CA',
    name: 'Canada',
    lines: [
      { name: '9-8-8 Suicide Crisis Helpline', number: '988', how: 'call or text', hours: '24/7', purpose: 'crisis' },
    ],
    emergency: ['911'],
  },
  {
    country: 'AU',
    name: 'Australia',
    lines: [
      { name: 'Lifeline', number: '13 11 14', how: 'call', hours: '24/7', purpose: 'crisis' },
      // Lifeline's text service has run around the clock since February 2022.
      { name: 'Lifeline', number: '0477 13 11 14', how: 'text', hours: '24/7', purpose: 'crisis' },
    ],
    // 112 also reaches 000 from mobile phones.
    emergency: ['000'],
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    lines: [
      { name: 'Need to talk? 1737', number: '1737', how: 'call or text', hours: '24/7', purpose: 'crisis' },
      { name: 'Lifeline', number: '0800 543 354', how: 'call', hours: '24/7', purpose: 'crisis' },
    ],
    emergency: ['111'],
  },
  {
    country: 'IN',
    name: 'India',
    lines: [
      { name: 'Tele-MANAS', number: '14416', how: 'call', hours: '24/7', purpose: 'crisis' },
      { name: 'Tele-MANAS', number: '1800 891 4416', how: 'call', hours: '24/7', purpose: 'crisis' },
    ],
    emergency: ['112'],
  },
  {
    country: 'DE',
    name: 'Germany',
    lines: [
      { name: 'TelefonSeelsorge', number: '0800 111 0 111', how: 'call', hours: '24/7', purpose: 'crisis' },
      { name: 'TelefonSeelsorge', number: '0800 111 0 222', how: 'call', hours: '24/7', purpose: 'crisis' },
    ],
    emergency: ['112'],
  },
  {
    country: 'FR',
    name: 'France',
    lines: [
      {
        name: '3114 – numéro national de prévention du suicide',
        number: '3114',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
      },
    ],
    // 15 is the SAMU (medical emergencies).
    emergency: ['112', '15'],
  },
  {
    country: 'ES',
    name: 'Spain',
    lines: [
      {
        name: 'Línea 024 de atención a la conducta suicida',
        number: '024',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
      },
    ],
    emergency: ['112'],
  },
  {
    country: 'NL',
    name: 'Netherlands',
    lines: [
      { name: '113 Zelfmoordpreventie', number: '113', how: 'call', hours: '24/7', purpose: 'crisis' },
      // The same line, free of charge.
      { name: '113 Zelfmoordpreventie', number: '0800 0113', how: 'call', hours: '24/7', purpose: 'crisis' },
    ],
    emergency: ['112'],
  },
  {
    country: 'ID',
    name: 'Indonesia',
    lines: [
      // UNCERTAIN: the Ministry of Health's mental-health line has been "119 ext 8"
      // since 2020, and was relaunched as Healing119 (healing119.id) in July 2025 with
      // WhatsApp and web chat as well; news reports describe long waits. Hours not
      // confirmed, so none are claimed.
      { name: 'Healing119', number: '119 ext 8', how: 'call', purpose: 'crisis' },
    ],
    // UNCERTAIN: 112 is run by local governments and its reach varies by city; 119 is
    // the Ministry of Health's national medical-emergency line (PSC 119).
    emergency: ['112', '119'],
  },
];

const byCountry = new Map(HELPLINES.map((entry) => [entry.country, entry]));

/** The table's entry for a country code (any case), or null: the page then offers findahelpline.com alone. */
export function helplinesFor(country: string | null | undefined): CountryHelp | null {
  return country ? (byCountry.get(country.toUpperCase()) ?? null) : null;
}

/**
 * `tel:` and `sms:` links for a line, or null where the number is not plain digits
 * (an extension such as "119 ext 8" has to be dialled by hand).
 */
export function lineLinks(line: Pick<HelpLine, 'number' | 'how'>): { call: string | null; text: string | null } {
  const digits = /^[0-9][0-9 -]*$/.test(line.number) ? line.number.replace(/[ -]/g, '') : null;
  return {
    call: digits && line.how !== 'text' ? `tel:${digits}` : null,
    text: digits && line.how !== 'call' ? `sms:${digits}` : null,
  };
}

// A bare language maps to a country only where most of its speakers live in one
// country of the table (de, nl, id, hi) or the language belongs to one (ga, mi).
// English, French, Spanish and the like are spoken in too many countries: guessing
// would show a Briton or an Indian the US numbers, so they give null and the page
// asks (with findahelpline.com beside the question). The choice is always changeable.
const COUNTRY_OF_LANGUAGE: Record<string, string> = {
  de: 'DE',
  nl: 'NL',
  id: 'ID',
  in: 'ID', // the old code for Indonesian, still sent by some systems
  hi: 'IN',
  ga: 'IE',
  mi: 'NZ',
};

// Region codes people write that ISO 3166 spells differently.
const REGION_ALIASES: Record<string, string> = { UK: 'GB' };

/**
 * The country a BCP 47 locale names (`en-GB` → `GB`, `fr-CA` → `CA`), or for a bare
 * language the country most of its speakers live in (`de` → `DE`), else null
 * (`en`, `es-419`). The region is returned even when the table has no entry for it
 * (`de-AT` → `AT`): `helplinesFor` then gives null and the page falls back to
 * findahelpline.com. Accepts `_` as a separator and any case.
 */
export function countryFromLocale(locale: string): string | null {
  const subtags = locale.trim().split(/[-_]/);
  const language = subtags[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return null; // empty, private use (x-…), grandfathered (i-…)
  for (const subtag of subtags.slice(1)) {
    if (subtag.length <= 1) break; // an extension or private-use part follows
    if (/^[a-z]{2}$/i.test(subtag)) {
      const region = subtag.toUpperCase();
      return REGION_ALIASES[region] ?? region;
    }
    if (/^\d{3}$/.test(subtag)) return null; // a UN M.49 area (419 Latin America), not a country
  }
  return COUNTRY_OF_LANGUAGE[language] ?? null;
}
