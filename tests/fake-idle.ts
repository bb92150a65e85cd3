// fakeBrowser has no working idle API (DESIGN.md "Toolchain facts"): a small in-memory one.
import { fakeBrowser } from 'wxt/testing/fake-browser';

type State = 'active' | 'idle' | 'locked';

export function installFakeIdle(initial: State = 'active') {
  let state: State = initial;
  let detectionSec = 60;
  const listeners: ((s: State) => void)[] = [];
  Object.assign(fakeBrowser.idle, {
    setDetectionInterval: (seconds: number) => {
      detectionSec = seconds;
    },
    queryState: async () => state,
    onStateChanged: {
      addListener: (l: (s: State) => void) => listeners.push(l),
      removeListener: () => {},
      hasListener: () => true,
    },
  });
  return {
    get detectionSec() {
      return detectionSec;
    },
    change(next: State) {
      state = next;
      for (const l of listeners) l(next);
    },
  };
}
