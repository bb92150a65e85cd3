// Limber's English messages outside the browser (build-time prerender, unit tests),
// read from locales/en.yml exactly as @wxt-dev/i18n builds them for the browser.
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export type GetMessage = (name: string, substitutions?: string | string[]) => string;

export async function loadGetMessage(root = process.cwd()): Promise<GetMessage> {
  const messages = generateChromeMessages(await parseMessagesFile(resolve(root, 'locales/en.yml')));
  return (name, substitutions) => {
    const message = messages[name]?.message;
    if (message === undefined) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    // browser.i18n.getMessage semantics: $1–$9 are substitutions, $$ is a dollar sign.
    return message.replace(/\$(\$|[1-9])/g, (_, m: string) => (m === '$' ? '$' : (subs[Number(m) - 1] ?? '')));
  };
}
