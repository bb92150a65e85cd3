// The popup's state as signals (STYLE.md "Adapter and view apart"). Functions that
// change it live in actions.ts.
import { computed, signal } from '@preact/signals';
import type { CheckIn, Region, Tag } from '@/core/checkins';
import type { QuarantineEntryV1 } from '@/utils/storage';

export type Feedback = { kind: 'saved'; checkIn: CheckIn } | { kind: 'undone' } | { kind: 'error'; text: string };

export function createPopupStore() {
  const mood = signal<number | null>(null);
  const pain = signal<number | null>(null);
  const saving = signal(false);
  return {
    mood,
    pain,
    regions: signal<Region[]>([]),
    tags: signal<Tag[]>([]),
    sleep: signal<number | null>(null),
    note: signal(''),
    saving,
    feedback: signal<Feedback | null>(null),
    /** null until loaded after first paint, so the first view never claims "none today". */
    today: signal<CheckIn[] | null>(null),
    quarantine: signal<QuarantineEntryV1[]>([]),
    canSave: computed(() => mood.value !== null && pain.value !== null && !saving.value),
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
