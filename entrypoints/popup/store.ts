// The popup's state as signals (STYLE.md "Adapter and view apart"). Functions that
// change it live in actions.ts.
import { computed, signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { CareCard } from '@/components/CareCard';
import type { CheckInDetailsBody } from '@/components/CheckInDetailsBody';
import type { WeeklyReflection as ReflectionForm } from '@/components/WeeklyReflection';
import type { CareSignal, WeeklyReflection } from '@/core/care';
import type { CheckIn, Region, Tag } from '@/core/checkins';
import { type KeptNotices, NO_NOTICES } from '@/core/quarantine';
import type { EngineStatus } from '@/core/status-snapshot';

export type Feedback =
  | { kind: 'saved'; checkIn: CheckIn }
  | { kind: 'updated'; checkIn: CheckIn }
  | { kind: 'undone' }
  | { kind: 'error'; text: string };

export function createPopupStore() {
  const mood = signal<number | null>(null);
  const pain = signal<number | null>(null);
  const saving = signal(false);
  const detailsOpen = signal(false);
  return {
    mood,
    pain,
    regions: signal<Region[]>([]),
    tags: signal<Tag[]>([]),
    sleep: signal<number | null>(null),
    note: signal(''),
    saving,
    /** "Add details" is open: then Save is explicit; folded, the second choice saves. */
    detailsOpen,
    /** The details' fields, loaded on their first open (main.tsx). */
    detailsBody: signal<typeof CheckInDetailsBody | null>(null),
    /**
     * The check-in this popup saved: later changes amend it (same id) rather than add
     * another, until Undo. Null before the first save.
     */
    saved: signal<CheckIn | null>(null),
    /**
     * A check-in sent whose answer never came: it may be stored. The next save reuses
     * its id, so it is kept once either way.
     */
    unsure: signal<CheckIn | null>(null),
    feedback: signal<Feedback | null>(null),
    /** null until loaded after first paint, so the first view never claims "none today". */
    today: signal<CheckIn[] | null>(null),
    /** Stored values kept aside that the user has not been told of yet (utils/quarantine.ts). */
    notices: signal<KeptNotices>(NO_NOTICES),
    /** The break engine's status; null until loaded (or before the engine first ran). */
    status: signal<EngineStatus | null>(null),
    /** Names of the user's own nudges, by id. */
    nudgeNames: signal<Record<string, string>>({}),
    /** The care rule's result, when it says the calm card should show. */
    care: signal<CareSignal | null>(null),
    /** The care card and reflection form arrive with their data (later.ts), not in the first view. */
    careViews: signal<{
      CareCard?: ComponentType<Parameters<typeof CareCard>[0]>;
      WeeklyReflection?: ComponentType<Parameters<typeof ReflectionForm>[0]>;
    }>({}),
    /** This week's reflection, offered on the user's chosen weekday. */
    reflection: signal<{ weekStart: string; initial: Pick<WeeklyReflection, 'enjoyment' | 'activity'> | null } | null>(
      null,
    ),
    canSave: computed(() => mood.value !== null && pain.value !== null && !saving.value),
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
