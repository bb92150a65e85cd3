// A DevTools session with a service worker, reached through a page's CDP session
// (playwright-core cannot open one on a worker directly): `call(method, params)`
// sends a command and resolves with its result; `onEvent(fn)` hears the worker's
// events (HeapProfiler chunks, …) until `detach()`.
export async function attachWorker(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  const listeners = [];
  const pending = new Map();
  const onMessage = (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    if (message.id !== undefined) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else for (const listener of listeners) listener(message);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    call: (method, params = {}) =>
      new Promise((resolve) => {
        const id = ++lastId;
        pending.set(id, resolve);
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      }),
    onEvent: (listener) => listeners.push(listener),
    detach: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId });
    },
  };
}
