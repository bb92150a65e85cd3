// @ts-check
// A DevTools session with a service worker, reached through a page's CDP session
// (playwright-core cannot open one on a worker directly): `call(method, params)`
// sends a command and resolves with its result; `onEvent(fn)` hears the worker's
// events (HeapProfiler chunks, …) until `detach()`.
/**
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} targetId
 */
export async function attachWorker(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  /** @type {((message: any) => void)[]} */
  const listeners = [];
  /** @type {Map<number, (result: any) => void>} */
  const pending = new Map();
  const onMessage = (/** @type {{ sessionId: string, message: string }} */ event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    if (message.id !== undefined) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else for (const listener of listeners) listener(message);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    call: (/** @type {string} */ method, params = {}) =>
      new Promise((resolve) => {
        const id = ++lastId;
        pending.set(id, resolve);
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      }),
    onEvent: (/** @type {(message: any) => void} */ listener) => listeners.push(listener),
    detach: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId });
    },
  };
}
