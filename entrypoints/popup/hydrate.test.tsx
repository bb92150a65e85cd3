import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupActions } from './App';
import { hydrateFirstView } from './hydrate';
import { renderFirstView } from './prerender';
import { createPopupStore } from './store';

const actions = (): PopupActions => ({
  chose: vi.fn(),
  save: vi.fn(),
  undo: vi.fn(),
  dismissNotices: vi.fn(),
  takeBreak: vi.fn(),
  pause: vi.fn(),
  resume: vi.fn(),
  saveReflection: vi.fn(async () => ({ ok: true as const })),
});

/** The page as popup.html ships it: the prerendered first view, before any script. */
function prerenderedPage(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderFirstView();
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hydrating the prerendered popup', () => {
  it('keeps mood and pain chosen before the script ran, and passes the second choice on (it saves)', async () => {
    const root = prerenderedPage();
    screen.getByRole('radio', { name: 'Good' }).click();
    screen.getByRole('radio', { name: '6' }).click();
    const store = createPopupStore();
    const act = actions();

    hydrateFirstView(root, store, act);

    expect(store.mood.value).toBe(4);
    expect(store.pain.value).toBe(6);
    expect(act.chose).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Good' })).toHaveProperty('checked', true));
    expect(screen.getByRole('radio', { name: '6' })).toHaveProperty('checked', true);
  });

  it('takes over the page as it is, with nothing chosen and nothing saved', async () => {
    const root = prerenderedPage();
    const store = createPopupStore();
    const act = actions();
    hydrateFirstView(root, store, act);

    expect(store.mood.value).toBeNull();
    expect(store.pain.value).toBeNull();
    expect(act.chose).not.toHaveBeenCalled();
    // And it is live: choosing now works as it always does.
    screen.getByRole('radio', { name: 'Okay' }).click();
    screen.getByRole('radio', { name: '0, no pain' }).click();
    expect(store.mood.value).toBe(3);
    expect(store.pain.value).toBe(0);
    expect(act.chose).toHaveBeenCalledTimes(2);
  });
});
