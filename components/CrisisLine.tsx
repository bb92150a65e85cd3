// "If you are thinking about harming yourself, contact a crisis line now", with the
// first crisis line of the person's help country (core/helplines.ts chooseHelpCountry,
// read by utils/help-country.ts) and a link to the help page's lines. With no country
// known: findahelpline.com and "112 works from mobile phones in much of the world".
// Shown on every PHQ-2 result, the break page and the report (issue 13 item 3).
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { helplinesFor, lineLinks } from '@/core/helplines';
import { readHelpCountry } from '@/utils/help-country';

/** The help country as the pages read it; undefined until it is read. */
export function useHelpCountry(): string | null | undefined {
  const [country, setCountry] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readHelpCountry()
      .then((choice) => live && setCountry(choice.country))
      .catch(() => live && setCountry(null));
    return () => {
      live = false;
    };
  }, []);
  return country;
}

interface Props {
  /** The help country; omitted, the component reads it itself. */
  country?: string | null;
  helpHref?: string;
  newTab?: boolean;
}

export function CrisisLine({ country: given, helpHref = '/help.html', newTab = false }: Props) {
  const read = useHelpCountry();
  const country = given === undefined ? read : given;
  const line = helplinesFor(country)?.lines.find((l) => l.purpose === 'crisis') ?? null;
  const target = newTab ? { target: '_blank', rel: 'noopener' } : {};
  const call = line ? (lineLinks(line).call ?? lineLinks(line).text) : null;
  return (
    <p class="crisis-line">
      {line ? (
        <>
          {i18n.t('help.harm')}{' '}
          <span>
            {line.name},{' '}
            {call ? (
              <a href={call} class="crisis-number">
                {line.number}
              </a>
            ) : (
              <span class="crisis-number">{line.number}</span>
            )}
            .
          </span>
        </>
      ) : (
        i18n.t('help.harmUnknown')
      )}{' '}
      <a href={`${helpHref}#lines`} {...target}>
        {i18n.t('help.harmLink')}
      </a>
    </p>
  );
}
