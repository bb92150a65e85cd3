import { browser } from 'wxt/browser';
import { handleRequest } from '@/utils/handle-request';

// main() stays synchronous and registers every listener at the top level, so a
// worker woken by an event finds its listener (DESIGN.md "Platform facts").
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Limber's own pages may ask; anything else gets no answer at all.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(message, Date.now());
  });
});
