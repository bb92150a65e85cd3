import { i18n } from '#i18n';
import { mountPage } from '@/components/StaticPage';

// A placeholder until the settings issue lands (issue 2 asks for one).
mountPage(i18n.t('placeholder.settingsTitle'), () => (
  <main class="page">
    <h1>{i18n.t('placeholder.settingsHeading')}</h1>
    <p>{i18n.t('placeholder.settingsBody')}</p>
  </main>
));
