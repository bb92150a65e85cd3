// The help page: need help now, crisis and emergency lines for a chosen country
// (from the browser locale, changeable), findahelpline.com always, and urgent back-pain signs.

import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type CountryHelp,
  countryFromLocale,
  HELPLINES,
  HELPLINES_CHECKED_ON,
  type HelpLine,
  helplinesFor,
  lineLinks,
} from '@/core/helplines';

const SIGNS = ['fever', 'groin', 'bladder', 'legs', 'injury', 'weight'] as const;

// Country names in the page's language; the table's English name is the fallback.
const regionNames = (() => {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'region' });
  } catch {
    return null;
  }
})();
const countryName = (entry: CountryHelp) => regionNames?.of(entry.country) ?? entry.name;

const checkedOn = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${HELPLINES_CHECKED_ON}T00:00:00Z`));

const HOW = { call: 'call', text: 'text', 'call or text': 'callOrText' } as const;

function NumberCell({ line }: { line: HelpLine }) {
  const links = lineLinks(line);
  if (links.call) return <a href={links.call}>{line.number}</a>;
  if (links.text) return <a href={links.text}>{line.number}</a>;
  return <span>{line.number}</span>;
}

function Lines({ entry }: { entry: CountryHelp }) {
  const name = countryName(entry);
  return (
    <div class="lines">
      <p class="emergency card">
        <strong>{i18n.t('help.lines.emergency', [entry.emergency.join(` ${i18n.t('help.lines.or')} `)])}</strong>
      </p>
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
                <th scope="row">{line.name}</th>
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
    </div>
  );
}

export function Help({ locale = navigator.language }: { locale?: string }) {
  const [country, setCountry] = useState<string>(() => helplinesFor(countryFromLocale(locale))?.country ?? '');
  const entry = helplinesFor(country);
  const sorted = [...HELPLINES].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return (
    <main class="page">
      <h1>{i18n.t('help.heading')}</h1>
      <p class="card danger-line">
        <strong>{i18n.t('help.danger')}</strong>
      </p>
      <h2>{i18n.t('help.crisisHeading')}</h2>
      <p>{i18n.t('help.crisis')}</p>
      <p>
        <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer">
          {i18n.t('help.crisisLink')}
        </a>
      </p>
      <div class="country">
        <label for="country">{i18n.t('help.lines.country')}</label>
        <select id="country" value={country} onChange={(e) => setCountry((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{i18n.t('help.lines.choose')}</option>
          {sorted.map((c) => (
            <option key={c.country} value={c.country}>
              {countryName(c)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {entry ? <Lines entry={entry} /> : <p class="muted">{i18n.t('help.lines.notListed')}</p>}
      </div>
      <p class="muted">{i18n.t('help.lines.checkedOn', [checkedOn])}</p>
      <h2>{i18n.t('help.backHeading')}</h2>
      <p>{i18n.t('help.backIntro')}</p>
      <ul>
        {SIGNS.map((sign) => (
          <li key={sign}>{i18n.t(`help.signs.${sign}`)}</li>
        ))}
      </ul>
      <p class="muted">{i18n.t('help.about')}</p>
    </main>
  );
}
