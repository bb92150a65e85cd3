// The help country every page uses (core/helplines.ts chooseHelpCountry): the one
// stored in Settings, else the browser locale's. Only the one field is read, and
// chooseHelpCountry ignores anything that is not a two-letter code, so a damaged
// settings value gives the locale's country and never a wrong one; nothing here
// loads the settings schema.
import { chooseHelpCountry } from '@/core/helplines';
import { settingsItem } from './storage';

export async function readHelpCountry(locale: string = navigator.language) {
  const raw: unknown = await settingsItem.getValue();
  const chosen = typeof raw === 'object' && raw !== null ? (raw as { helpCountry?: unknown }).helpCountry : undefined;
  return chooseHelpCountry(typeof chosen === 'string' ? chosen : null, locale);
}
