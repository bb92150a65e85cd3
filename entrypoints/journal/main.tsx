import { i18n } from '#i18n';
import { mountPage } from '@/components/StaticPage';

// A placeholder until the history issue lands (issue 2 asks for one).
mountPage(i18n.t('placeholder.historyTitle'), () => (
  <main class="page">
    <h1>{i18n.t('placeholder.historyHeading')}</h1>
    <p>{i18n.t('placeholder.historyBody')}</p>
  </main>
));
