import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { mountPage } from '@/components/StaticPage';
import { readHelpCountry } from '@/utils/help-country';
import { send } from '@/utils/messaging';
import { Help } from './Help';
import './style.css';

// The stored help country arrives after the first render; a country picked on the
// page is saved to Settings (settings/update), so every page then agrees.
function Page() {
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    void readHelpCountry().then((choice) => setChosen(choice.from === 'chosen' ? choice.country : null));
  }, []);
  return <Help chosen={chosen} onChoose={(helpCountry) => send({ type: 'settings/update', patch: { helpCountry } })} />;
}

mountPage(i18n.t('help.title'), Page);
