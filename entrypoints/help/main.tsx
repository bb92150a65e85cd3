import { i18n } from '#i18n';
import { mountPage } from '@/components/StaticPage';

const SIGNS = ['fever', 'groin', 'bladder', 'legs', 'injury', 'weight'] as const;

function Help() {
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

mountPage(i18n.t('help.title'), Help);
