// Crisis, health-advice and emergency lines by country: a small table in which every
// entry names its source and the day it was checked. DESIGN.md "Care"; FIELD.md "How
// to talk about health"; ../shared/research/health-audit.md §1.
//
// Numbers change. Each line and each country's emergency numbers carry `source` (the
// page that was read) and `checkedOn` (the day it was read). `npm run zip` refuses to
// package while any entry was checked more than HELPLINE_MAX_AGE_DAYS before the build
// (scripts/helpline-check.ts; the rule is `staleEntries`). Re-check an entry, then move its date.
// A line that no page read confirmed is not in the table: the page shows
// findahelpline.com instead of a number it cannot vouch for.
//
// Line names are proper names (what the caller hears when the line answers), so they
// stay in the local language. Everything else — "call", "text", "open all day and
// night" — is data that the help page words through locales/.

import { dayNumber, isDayKey } from './time';

/** Always offered, whatever the country: it lists lines worldwide and is kept current. */
export const FIND_A_HELPLINE = { name: 'Find A Helpline', url: 'https://findahelpline.com' } as const;

/** An entry checked longer ago than this (365 days) stops `npm run zip`. */
export const HELPLINE_MAX_AGE_DAYS = 365;

export type HowToReach = 'call' | 'text' | 'call or text';

/** Where a fact was read, and when (a local calendar day, YYYY-MM-DD). */
export interface Checked {
  source: string;
  checkedOn: string;
}

export interface HelpLine extends Checked {
  /** The line's own name. */
  name: string;
  /** As written locally, for reading aloud and display. */
  number: string;
  how: HowToReach;
  /** Omitted where the hours were not confirmed. */
  hours?: '24/7';
  /** 'crisis' for emotional distress and suicide; 'medical' for urgent, non-emergency health advice. */
  purpose: 'crisis' | 'medical';
  /** A plain-words note the page shows beside the line (a locale key under help.lines.note). */
  note?: 'nhs111' | 'nhs111MentalHealth' | 'nlFree';
}

export interface CountryHelp {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** English name, a fallback for pickers (pages should prefer Intl.DisplayNames). */
  name: string;
  lines: readonly HelpLine[];
  /**
   * Emergency numbers, the general one first, with where they were read; null where no
   * page read confirmed them (the page then says "your local emergency number").
   */
  emergency: ({ numbers: readonly string[] } & Checked) | null;
  /** A caution the page shows above the lines (a locale key under help.lines.caution). */
  caution?: 'slowReplies';
}

// The health audit (../shared/research/health-audit.md §1.1, 2026-12-01) read these
// pages for the entries it marked "confirmed"; the later entries were read on the same
// day with the search over stored pages. Each source is the one the audit or the
// search named; where only a secondary source (news, an NHS practice) was found, that
// is what is cited.
const ON = '2026-12-01';

export const HELPLINES: readonly CountryHelp[] = [
  {
    country: 'US',
    name: 'United States',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        number: '988',
        how: 'call or text',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['911'],
      source: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
      checkedOn: ON,
    },
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    lines: [
      {
        name: 'Samaritans',
        number: '116 123',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
        checkedOn: ON,
      },
      {
        // Option 2, the mental-health option: 24/7, answered by a mental-health advisor.
        name: 'NHS 111, option 2 (mental health)',
        number: '111',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        note: 'nhs111MentalHealth',
        source: 'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/',
        checkedOn: ON,
      },
      {
        // 24/7 in England, Scotland (NHS 24) and Wales. Northern Ireland has GP
        // Out-of-Hours instead (weekday evenings and nights, weekends), so no hours are
        // claimed for the whole UK and the note says so.
        name: 'NHS 111',
        number: '111',
        how: 'call',
        purpose: 'medical',
        note: 'nhs111',
        source: 'https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['999', '112'],
      source: 'https://eena.org/knowledge-hub/news/three-digit-number-save-your-life/',
      checkedOn: ON,
    },
  },
  {
    country: 'IE',
    name: 'Ireland',
    lines: [
      {
        name: 'Samaritans',
        number: '116 123',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source:
          'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html',
        checkedOn: ON,
      },
      {
        name: 'Pieta',
        number: '1800 247 247',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://iradio.ie/pieta-christmasday/',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['112', '999'],
      source: 'http://dpnlive.com/living/life-and-style/living-in-europe/953-who-are-you-going-to-call-999-or-112',
      checkedOn: ON,
    },
  },
  {
    country: 'CA',
    name: 'Canada',
    lines: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        number: '988',
        how: 'call or text',
        hours: '24/7',
        purpose: 'crisis',
        source:
          'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['911'],
      source:
        'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
      checkedOn: ON,
    },
  },
  {
    country: 'AU',
    name: 'Australia',
    lines: [
      {
        name: 'Lifeline',
        number: '13 11 14',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
        checkedOn: ON,
      },
      {
        // Lifeline's text service has run around the clock since February 2022.
        name: 'Lifeline',
        number: '0477 13 11 14',
        how: 'text',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
        checkedOn: ON,
      },
      {
        name: 'healthdirect',
        number: '1800 022 222',
        how: 'call',
        hours: '24/7',
        purpose: 'medical',
        source: 'https://mphn.org.au/healthdirect-for-community',
        checkedOn: ON,
      },
    ],
    // 112 also reaches 000 from most mobile phones.
    emergency: {
      numbers: ['000', '112'],
      source: 'https://www.triplezero.gov.au/triple-zero/other-emergency-numbers',
      checkedOn: ON,
    },
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    lines: [
      {
        name: 'Need to talk? 1737',
        number: '1737',
        how: 'call or text',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://www.pegasus.health.nz/?p=6300',
        checkedOn: ON,
      },
      {
        name: 'Lifeline',
        number: '0800 543 354',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source:
          'https://m.scoop.co.nz/stories/GE2404/S00071/lifeline-celebrates-60th-year-but-pressure-has-never-been-greater.htm',
        checkedOn: ON,
      },
      {
        // HELP on a phone keypad. Hours: the launch notice says it is meant to be there 24/7.
        name: 'Lifeline (text HELP)',
        number: '4357',
        how: 'text',
        purpose: 'crisis',
        source:
          'https://www.scoop.co.nz/stories/GE1803/S00053/lifeline-expands-to-offer-text-support-for-those-in-distress.htm',
        checkedOn: ON,
      },
      {
        name: 'Healthline',
        number: '0800 611 116',
        how: 'call',
        hours: '24/7',
        purpose: 'medical',
        source:
          'https://www.health.govt.nz/your-health/services-and-support/health-care-services/healthline/common-questions-about-healthline',
        checkedOn: ON,
      },
    ],
    emergency: { numbers: ['111'], source: 'https://healthify.nz/health-a-z/s/sciatica', checkedOn: ON },
  },
  {
    country: 'IN',
    name: 'India',
    lines: [
      {
        name: 'Tele-MANAS',
        number: '14416',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source:
          'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
        checkedOn: ON,
      },
      {
        name: 'Tele-MANAS',
        number: '1800 891 4416',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source:
          'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['112'],
      source:
        'https://healthysoch.com/morning-medtalks/emergency-response-support-system-a-single-emergency-number-112',
      checkedOn: ON,
    },
  },
  {
    country: 'DE',
    name: 'Germany',
    lines: [
      {
        name: 'TelefonSeelsorge',
        number: '0800 111 0 111',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://www.domradio.de/glossar/telefonseelsorge-0',
        checkedOn: ON,
      },
      {
        name: 'TelefonSeelsorge',
        number: '0800 111 0 222',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://www.domradio.de/glossar/telefonseelsorge-0',
        checkedOn: ON,
      },
      {
        name: 'TelefonSeelsorge',
        number: '116 123',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'http://ansbach-evangelisch.de/jeder-braucht-mal-hilfe/',
        checkedOn: ON,
      },
      {
        name: 'Ärztlicher Bereitschaftsdienst 116117',
        number: '116 117',
        how: 'call',
        hours: '24/7',
        purpose: 'medical',
        source: 'https://116117.de/de/aerztlicher-bereitschaftsdienst.php',
        checkedOn: ON,
      },
    ],
    emergency: { numbers: ['112'], source: 'https://116117.de/de/aerztlicher-bereitschaftsdienst.php', checkedOn: ON },
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
        source: 'https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide',
        checkedOn: ON,
      },
    ],
    // 15 is the SAMU (medical emergencies).
    emergency: {
      numbers: ['112', '15'],
      source: 'https://www.angloinfo.com/how-to/france/strasbourg/healthcare/emergencies',
      checkedOn: ON,
    },
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
        source: 'https://granadadigital.es/se-pone-en-marcha-nuevo-telefono-024-prevenir-suicidios-puede-ser-la-vida',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['112'],
      source: 'http://dpnlive.com/living/life-and-style/living-in-europe/953-who-are-you-going-to-call-999-or-112',
      checkedOn: ON,
    },
  },
  {
    country: 'NL',
    name: 'Netherlands',
    lines: [
      {
        // Free to call since October 2025 ("Bel 24/7 gratis en anoniem 113").
        name: '113 Zelfmoordpreventie',
        number: '113',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        note: 'nlFree',
        source: 'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
        checkedOn: ON,
      },
      {
        name: '113 Zelfmoordpreventie',
        number: '0800 0113',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['112'],
      source: 'http://dpnlive.com/living/life-and-style/living-in-europe/953-who-are-you-going-to-call-999-or-112',
      checkedOn: ON,
    },
  },
  {
    country: 'ID',
    name: 'Indonesia',
    // The Ministry of Health's line ("119 ext 8", relaunched as Healing119 in July
    // 2025 with WhatsApp and web chat) is reported to answer slowly: WhatsApp replies
    // averaged 3 h 45 min (Kemenkes, December 2025). The page says so, beside
    // findahelpline.com. Hours not confirmed, so none are claimed.
    caution: 'slowReplies',
    lines: [
      {
        name: 'Healing119',
        number: '119 ext 8',
        how: 'call',
        purpose: 'crisis',
        source:
          'https://www.murianetwork.com/nasional/pr-129084/healing119-kebanjiran-aduan-cermin-krisis-kesehatan-mental-yang-semakin-menganga?page=2',
        checkedOn: ON,
      },
    ],
    // 119 is the Ministry of Health's medical-emergency line (PSC 119); 112 is run by
    // local governments and its reach varies, so only 119 is claimed.
    emergency: {
      numbers: ['119'],
      source:
        'https://pontianakinfo.disway.id/amp/1965/ancaman-bunuh-diri-gara-gara-mental-health-gen-z-ingin-adanya-layanan-konsultasi-online/32',
      checkedOn: ON,
    },
  },
  {
    country: 'BR',
    name: 'Brazil',
    lines: [
      {
        name: 'CVV – Centro de Valorização da Vida',
        number: '188',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://vozdopiraqueacu.com/noticias/brasil/288887',
        checkedOn: ON,
      },
    ],
    // SAMU 192, the Ministry of Health's urgent-care service: free, 24 hours, from
    // landlines and mobiles (saude.gov.br).
    emergency: {
      numbers: ['192'],
      source: 'http://www.saude.gov.br/saude-de-a-z/servico-de-atendimento-movel-de-urgencia-samu-192',
      checkedOn: ON,
    },
  },
  {
    country: 'KR',
    name: 'South Korea',
    lines: [
      {
        name: '자살예방 상담전화 109',
        number: '109',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'http://koreabizwire.com/?p=303235',
        checkedOn: ON,
      },
    ],
    emergency: { numbers: ['119'], source: 'https://progress.guide/atlas/asia/south-korea', checkedOn: ON },
  },
  {
    country: 'MX',
    name: 'Mexico',
    lines: [
      {
        // Run by the Secretaría de Salud through CONASAMA; free, 24 hours, 365 days
        // (El Universal, 2025-12-24, quoting CONASAMA). No official page was in the
        // stored pages; re-check against gob.mx.
        name: 'Línea de la Vida',
        number: '800 911 2000',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source:
          'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
        checkedOn: ON,
      },
    ],
    // The Federal Police's page on gob.mx: 911 is the single national emergency number
    // (IFT agreement, DOF 2015-12-02), nationwide since January 2017.
    emergency: {
      numbers: ['911'],
      source: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado?idiom=es',
      checkedOn: ON,
    },
  },
  {
    country: 'PL',
    name: 'Poland',
    lines: [
      {
        name: 'Telefon zaufania dla dorosłych 116 123',
        number: '116 123',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://www.telepolis.pl/wiadomosci/ministerstwo-cyfryzacji-wazne-numery-kampania',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['112', '999'],
      source: 'http://www.112.gov.pl/een/what-is-112/438,What-is-quot112quot.html',
      checkedOn: ON,
    },
  },
  {
    country: 'SE',
    name: 'Sweden',
    lines: [
      {
        name: 'Mind Självmordslinjen',
        number: '90101',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://texttv.nu/112/sjalvmordslinjen-oppen-dygnet-runt-26711294',
        checkedOn: ON,
      },
    ],
    emergency: { numbers: ['112'], source: 'https://www.sosalarm.se/sprak/polski/', checkedOn: ON },
  },
  {
    country: 'ZA',
    name: 'South Africa',
    lines: [
      {
        // Hours not stated beside this number in the source read, so none are claimed.
        name: 'SADAG Suicide Crisis Helpline',
        number: '0800 567 567',
        how: 'call',
        purpose: 'crisis',
        source: 'http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737',
        checkedOn: ON,
      },
    ],
    emergency: null,
  },
  {
    country: 'SG',
    name: 'Singapore',
    lines: [
      {
        name: 'Samaritans of Singapore (SOS)',
        number: '1767',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://mothership.sg/2022/09/sos-24h-whatsapp-service',
        checkedOn: ON,
      },
      {
        name: 'national mindline 1771',
        number: '1771',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source:
          'https://www.moh.gov.sg/newsroom/national-mindline-1771-to-provide--round-the-clock-support-for-mental-health',
        checkedOn: ON,
      },
    ],
    emergency: {
      numbers: ['995'],
      source: 'https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services',
      checkedOn: ON,
    },
  },
  {
    country: 'PH',
    name: 'Philippines',
    lines: [
      {
        name: 'NCMH Crisis Hotline',
        number: '1553',
        how: 'call',
        purpose: 'crisis',
        source: 'https://www.sunstar.com.ph/cebu/nearly-700-call-ncmh-during-the-holidays',
        checkedOn: ON,
      },
      {
        name: 'NCMH Crisis Hotline',
        number: '0917 899 8727',
        how: 'call',
        hours: '24/7',
        purpose: 'crisis',
        source: 'https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/',
        checkedOn: ON,
      },
    ],
    // 911 has been the national emergency number since Executive Order 56 (2018); the
    // DILG's Unified 911, free and 24/7, replaced the local numbers from 2025-09-11
    // (Manila Bulletin quoting the DILG; no gov.ph page was in the stored pages).
    emergency: {
      numbers: ['911'],
      source:
        'https://mb.com.ph/article/10883568/philippines/national/span-stylefont-weight-400-text-align-start-white-space-normal-color-rgb34-34-34-font-family-dilg-nationwide-unified-emergency-hotline-911-rollout-starts-on-sept-11-span',
      checkedOn: ON,
    },
  },
];

const byCountry = new Map(HELPLINES.map((entry) => [entry.country, entry]));

/** The table's entry for a country code (any case), or null: the page then offers findahelpline.com alone. */
export function helplinesFor(country: string | null | undefined): CountryHelp | null {
  return country ? (byCountry.get(country.toUpperCase()) ?? null) : null;
}

/** Where the help country came from: the person's choice, the browser's locale, or nowhere. */
export type HelpCountrySource = 'chosen' | 'locale' | 'none';

/**
 * The one rule for whose lines to show, used by every page that shows or links to
 * them (help page, popup, PHQ-2 result, report): the country the person chose in
 * Settings wins, then the browser locale's country if the table has it, else none
 * (the page asks, beside findahelpline.com and "112 works from mobile phones in much
 * of the world"). A chosen country missing from the table still wins: its lines are
 * findahelpline.com's, never another country's.
 */
export function chooseHelpCountry(
  chosen: string | null | undefined,
  locale: string | null | undefined,
): { country: string | null; from: HelpCountrySource } {
  if (chosen && /^[A-Za-z]{2}$/.test(chosen)) return { country: chosen.toUpperCase(), from: 'chosen' };
  const guess = locale ? helplinesFor(countryFromLocale(locale)) : null;
  return guess ? { country: guess.country, from: 'locale' } : { country: null, from: 'none' };
}

/** Every dated fact of an entry: its lines and its emergency numbers. */
function checksOf(entry: CountryHelp): { what: string; checked: Checked }[] {
  const checks = entry.lines.map((line) => ({ what: `${line.name} ${line.number}`, checked: line as Checked }));
  if (entry.emergency)
    checks.push({ what: `emergency ${entry.emergency.numbers.join(', ')}`, checked: entry.emergency });
  return checks;
}

/** The oldest check of a country's entry (the date its page shows), YYYY-MM-DD. */
export function checkedOnFor(entry: CountryHelp): string {
  // Day keys sort as text (YYYY-MM-DD), so the first after sorting is the oldest.
  return checksOf(entry)
    .map((c) => c.checked.checkedOn)
    .sort()[0] as string;
}

/**
 * Every fact checked more than `maxAgeDays` before `buildDay` (both YYYY-MM-DD), or
 * with no valid date, named so the person packaging knows what to re-check. A fact
 * checked exactly `maxAgeDays` before still passes.
 */
export function staleEntries(
  table: readonly CountryHelp[],
  buildDay: string,
  maxAgeDays = HELPLINE_MAX_AGE_DAYS,
): { country: string; what: string; checkedOn: string }[] {
  if (!isDayKey(buildDay)) throw new RangeError(`build day must be YYYY-MM-DD, got ${buildDay}`);
  const stale: { country: string; what: string; checkedOn: string }[] = [];
  for (const entry of table) {
    for (const { what, checked } of checksOf(entry)) {
      const ok = isDayKey(checked.checkedOn) && dayNumber(buildDay) - dayNumber(checked.checkedOn) <= maxAgeDays;
      if (!ok) stale.push({ country: entry.country, what, checkedOn: checked.checkedOn });
    }
  }
  return stale;
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
