// Build time puts these styles inline in popup.html (scripts/prerender-plugin.ts).
import '@/components/base.css';
import '@/components/scales.css';
import './style.css';
import { effect } from '@preact/signals';
import { type KeyPress, painFromKey } from '@/core/pain-keys';
import { breakPageUrl } from '@/utils/break-url';
import { browser } from '@/utils/page-browser';
import type { PopupActions } from './App';
import { chose, dismissNotices, loadToday, pause, resume, save, undo } from './actions';
import { hydrateFirstView } from './hydrate';
import { createPopupStore, type PopupStore } from './store';

const root = document.getElementById('app') as HTMLElement;
const store = createPopupStore();

// A choice within a moment of a key press was made with the keyboard (arrows, Space, digits).
let lastKeyAt = Number.NEGATIVE_INFINITY;
for (const type of ['keydown', 'keyup'] as const) {
  // Space checks a radio on key up.
  document.addEventListener(type, (event) => {
    lastKeyAt = event.timeStamp;
  });
}

const actions: PopupActions = {
  chose: () => chose(store, { keyboard: performance.now() - lastKeyAt < 100 }),
  save: () => void save(store),
  undo: (checkIn) => void undo(store, checkIn),
  dismissNotices: () => void dismissNotices(store),
  takeBreak: (kind) => {
    void browser.tabs.create({ url: breakPageUrl(kind) }).then(() => window.close());
  },
  pause: (option) => void pause(store, option),
  resume: () => void resume(store),
  saveReflection: async (reflection) => (await import('./later')).saveReflection(reflection),
};

hydrateFirstView(root, store, actions);
// Focus lands on the confirmation of a new save, so the keyboard goes on from there.
effect(() => {
  if (store.feedback.value?.kind === 'saved')
    requestAnimationFrame(() => root.querySelector<HTMLElement>('.feedback')?.focus());
});
// The details' fields load on their first open, not with the first view.
effect(() => {
  if (store.detailsOpen.value && !store.detailsBody.value)
    void import('@/components/CheckInDetailsBody').then(({ CheckInDetailsBody }) => {
      store.detailsBody.value = CheckInDetailsBody;
    });
});
document.documentElement.dataset.hydrated = 'true';
focusCheckIn(root);

listenForPainDigits(store);
void loadToday(store);
// Everything below the first view loads after it: status, care card, reflection.
void import('./later').then((later) => {
  void later.loadStatus(store);
  void later.loadCare(store);
});

/** On open, focus is on the check-in (the chosen mood, else the first face), unless the person has moved it. */
function focusCheckIn(view: HTMLElement) {
  if (document.activeElement && document.activeElement !== document.body) return;
  (
    view.querySelector<HTMLInputElement>('input[name="mood"]:checked') ?? view.querySelector('input[name="mood"]')
  )?.focus();
}

function listenForPainDigits(popup: PopupStore) {
  let previous: KeyPress | null = null;
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (target.closest('textarea, select, input:not([type="radio"]):not([type="checkbox"])')) return;
    const press = { key: event.key, at: event.timeStamp };
    const pain = painFromKey(press, previous);
    previous = press;
    if (pain === null) return;
    event.preventDefault();
    popup.pain.value = pain;
    root.querySelector<HTMLInputElement>(`input[name="pain"][value="${pain}"]`)?.focus();
    chose(popup, { keyboard: true });
  });
}
