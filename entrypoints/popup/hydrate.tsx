// Brings the prerendered first view to life (DESIGN.md "Speed"). Its radios are native
// inputs, so they work before any script runs; what was chosen that early is kept.
import { hydrate } from 'preact';
import { App, type PopupActions } from './App';
import type { PopupStore } from './store';

export function hydrateFirstView(root: HTMLElement, store: PopupStore, actions: PopupActions): void {
  const chosen = (name: 'mood' | 'pain') => root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  const early = { mood: chosen('mood'), pain: chosen('pain') };
  // Hydration adopts the page exactly as prerendered (Save disabled) and changes no
  // attribute; the early choices then arrive as ordinary changes, so the view follows.
  hydrate(<App store={store} actions={actions} />, root);
  if (early.mood) store.mood.value = Number(early.mood.value);
  if (early.pain) store.pain.value = Number(early.pain.value);
  // Both chosen before the script ran: the second choice saves, as it would have.
  if (early.mood && early.pain) actions.chose();
}
