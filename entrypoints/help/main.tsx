import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import '@/components/base.css';
import { readHelpCountry } from '@/utils/help-country';
import { send } from '@/utils/messaging';
import { Help } from './Help';
import './style.css';

function Page() {
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    void readHelpCountry().then((choice) => setChosen(choice.from === 'chosen' ? choice.country : null));
  }, []);
  return <Help chosen={chosen} onChoose={(helpCountry) => send({ type: 'settings/update', patch: { helpCountry } })} />;
}

document.title = i18n.t('help.title');
render(<Page />, document.getElementById('app') as HTMLElement);
