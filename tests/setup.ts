// Unit and component tests see Limber's real English messages through fakeBrowser.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadGetMessage } from '../scripts/messages';

const getMessage = await loadGetMessage();
(fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;

// Testing Library cleans up after each test only when Vitest globals are on; they are not.
const { cleanup } = await import('@testing-library/preact');
const { afterEach } = await import('vitest');
afterEach(cleanup);
