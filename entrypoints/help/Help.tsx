// The help page: need help now, crisis and health lines for the person's help country
// (core/helplines.ts chooseHelpCountry: the country chosen in Settings, then the
// browser locale's, else ask), findahelpline.com always, each country's check date and
// sources, and back and neck warning signs in two tiers with that country's emergency
// number. A country picked here is saved to Settings, so every page then agrees.
//
// The warning signs follow the NHS tiers the health audit quotes
// (../shared/research/health-audit.md §3): cauda equina signs, chest pain and the
// neck's spinal-cord signs mean "call the emergency number or go to A&E now"; the
// rest mean "see a doctor within a day or two". Symptoms are named, never diseases.

import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type CountryHelp,
  checkedOnFor,
  chooseHelpCountry,
  HELPLINES,
  type HelpLine,
  helplinesFor,
  lineLinks,
} from '@/core/helplines';
import type { Reply } from '@/core/messages';

export const EMERGENCY_SIGNS = [
  'saddle',
  'bladder',
  'bothLegs',
  'sexual',
  'chest',
  'bothArms',
  'walking',
  'neckFever',
  'accident',
] as const;
export const SOON_SIGNS = [
  'fever',
  'weight',
  'night',
  'cancer',
  'steroids',
  'over50',
  'upper',
  'lump',
  'minorFall',
  'oneLeg',
] as const;

// Country names in the page's language; the table's English name is the fallback.
const regionNames = (() => {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'region' });
  } catch {
    return null;
  }
})();
const nameOf = (code: string) => regionNames?.of(code) ?? helplinesFor(code)?.name ?? code;

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const formatDay = (key: string) => dayFormat.format(new Date(`${key}T00:00:00Z`));

const HOW = { call: 'call', text: 'text', 'call or text': 'callOrText' } as const;

/** "999 or 112", or null where the table has no confirmed emergency number. */
export function emergencyWords(entry: CountryHelp | null): string | null {
  return entry?.emergency ? entry.emergency.numbers.join(` ${i18n.t('help.lines.or')} `) : null;
}

function NumberCell({ line }: { line: HelpLine }) {
  const links = lineLinks(line);
  if (links.call) return <a href={links.call}>{line.number}</a>;
  if (links.text) return <a href={links.text}>{line.number}</a>;
  return <span>{line.number}</span>;
}

function Lines({ entry }: { entry: CountryHelp }) {
  const name = nameOf(entry.country);
  const emergency = emergencyWords(entry);
  const sources = [
    ...new Set([...entry.lines.map((l) => l.source), ...(entry.emergency ? [entry.emergency.source] : [])]),
  ];
  return (
    <div class="lines">
      <p class="emergency card">
        <strong>
          {emergency ? i18n.t('help.lines.emergency', [emergency]) : i18n.t('help.lines.emergencyUnknown')}
        </strong>
      </p>
      {entry.caution === 'slowReplies' && (
        <p class="card caution" role="note">
          {i18n.t('help.lines.caution.slowReplies', [emergency ?? '112'])}{' '}
          <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">
            findahelpline.com
          </a>
        </p>
      )}
      <div class="table-scroll">
        <table class="data">
          <caption>{i18n.t('help.lines.caption', [name])}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('help.lines.col.line')}</th>
              <th scope="col">{i18n.t('help.lines.col.number')}</th>
              <th scope="col">{i18n.t('help.lines.col.how')}</th>
              <th scope="col">{i18n.t('help.lines.col.for')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.lines.map((line) => (
              <tr key={`${line.name}-${line.number}`}>
                <th scope="row">
                  {line.name}
                  {line.note && <small class="line-note">{i18n.t(`help.lines.note.${line.note}`)}</small>}
                </th>
                <td>
                  <NumberCell line={line} />
                </td>
                <td>
                  {i18n.t(`help.lines.how.${HOW[line.how]}`)}
                  {line.hours === '24/7' ? `, ${i18n.t('help.lines.allHours')}` : ''}
                </td>
                <td>{i18n.t(`help.lines.purpose.${line.purpose}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted checked-on">{i18n.t('help.lines.checkedOn', [name, formatDay(checkedOnFor(entry))])}</p>
      <details class="sources">
        <summary>{i18n.t('help.lines.sources')}</summary>
        <ul>
          {sources.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

interface Props {
  /** The browser's language (a test passes its own). */
  locale?: string;
  /** The country saved in Settings, if any; undefined until read. */
  chosen?: string | null;
  /** Saves a country picked here as the help country (Settings). */
  onChoose?: (country: string | null) => Promise<Reply>;
}

export function Help({ locale = navigator.language, chosen = null, onChoose }: Props) {
  const [country, setCountry] = useState<string>(() => chooseHelpCountry(chosen, locale).country ?? '');
  const [saveFailed, setSaveFailed] = useState(false);
  // The stored choice arrives after the first render: it wins over the locale's guess.
  useEffect(() => setCountry(chooseHelpCountry(chosen, locale).country ?? ''), [chosen, locale]);
  const entry = helplinesFor(country);
  const emergency = emergencyWords(entry);
  const sorted = [...HELPLINES].sort((a, b) => nameOf(a.country).localeCompare(nameOf(b.country)));
  const choose = async (value: string) => {
    setCountry(value);
    setSaveFailed(false);
    if (!onChoose) return;
    const saved = await onChoose(value || null).then(
      (reply) => reply.ok,
      () => false,
    );
    setSaveFailed(!saved);
  };
  return (
    <main class="page">
      <h1>{i18n.t('help.heading')}</h1>
      <p class="card danger-line">
        <strong>{emergency ? i18n.t('help.danger', [emergency]) : i18n.t('help.dangerUnknown')}</strong>
      </p>
      <h2>{i18n.t('help.crisisHeading')}</h2>
      <p>{i18n.t('help.crisis')}</p>
      <p>
        <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">
          {i18n.t('help.crisisLink')}
        </a>
      </p>
      <div class="country" id="lines">
        <label for="country">{i18n.t('help.lines.country')}</label>
        <select
          id="country"
          value={country}
          onChange={(e) => void choose((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{i18n.t('help.lines.choose')}</option>
          {country && !entry && <option value={country}>{nameOf(country)}</option>}
          {sorted.map((c) => (
            <option key={c.country} value={c.country}>
              {nameOf(c.country)}
            </option>
          ))}
        </select>
      </div>
      {saveFailed && (
        <p class="error" role="alert">
          {i18n.t('help.lines.saveFailed')}
        </p>
      )}
      <div aria-live="polite">
        {entry ? (
          <Lines entry={entry} />
        ) : (
          <p class="muted">{country ? i18n.t('help.lines.notInTable') : i18n.t('help.lines.notListed')}</p>
        )}
      </div>
      <h2 id="signs">{i18n.t('help.signsHeading')}</h2>
      <p>{i18n.t('help.signsIntro')}</p>
      <section class="card tier tier-emergency" aria-labelledby="tier-emergency">
        <h3 id="tier-emergency">
          {emergency ? i18n.t('help.emergencyTier', [emergency]) : i18n.t('help.emergencyTierUnknown')}
        </h3>
        <ul>
          {EMERGENCY_SIGNS.map((sign) => (
            <li key={sign}>{i18n.t(`help.signs.${sign}`)}</li>
          ))}
        </ul>
      </section>
      <section class="card tier tier-soon" aria-labelledby="tier-soon">
        <h3 id="tier-soon">{i18n.t('help.soonTier')}</h3>
        <ul>
          {SOON_SIGNS.map((sign) => (
            <li key={sign}>{i18n.t(`help.signs.${sign}`)}</li>
          ))}
        </ul>
      </section>
      <p class="muted">{i18n.t('help.signsSource')}</p>
      <section class="purpose" aria-labelledby="purpose-heading">
        <h2 id="purpose-heading">{i18n.t('help.purposeHeading')}</h2>
        <p>{i18n.t('purpose.statement')}</p>
        <p>{i18n.t('purpose.instead')}</p>
      </section>
    </main>
  );
}
