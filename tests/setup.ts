// Unit and component tests see Limber's real English messages through fakeBrowser.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadGetMessage } from '../scripts/messages';
import { installFakeLocks } from './fake-locks';

const getMessage = await loadGetMessage();
(fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;

// Testing Library cleans up after each test only when Vitest globals are on; they are not.
const { cleanup } = await import('@testing-library/preact');
const { afterEach, beforeEach } = await import('vitest');
afterEach(cleanup);

// happy-dom has no Web Locks: every test starts with a fresh fake (tests/fake-locks.ts).
beforeEach(() => {
  installFakeLocks();
});
