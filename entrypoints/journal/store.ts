// The history page's state as signals (STYLE.md "Adapter and view apart"). Loading
// lives in actions.ts; everything derived is computed from the one index.

import { computed, signal } from '@preact/signals';
import type { CareSignal, Phq2Result, WeeklyReflection } from '@/core/care';
import { type DayActivity, DEFAULT_RANGE, daysIn, type HistoryIndex, type RangeId, resolveRange } from '@/core/history';
import type { Insight } from '@/core/insights';
import { type KeptNotices, NO_NOTICES } from '@/core/quarantine';
import { DEFAULT_SETTINGS } from '@/core/settings';

export function createHistoryStore(today: number, range: RangeId = DEFAULT_RANGE) {
  const index = signal<HistoryIndex | null>(null);
  const rangeId = signal<RangeId>(range);
  const span = computed(() => {
    const first = index.value?.days[0]?.n ?? null;
    return resolveRange(rangeId.value, today, first);
  });
  return {
    today,
    range: rangeId,
    /** Every check-in loaded so far, aggregated once. */
    index,
    /** True once every stored month is in `index` (needed for "all", insights and care). */
    complete: signal(false),
    span,
    rows: computed(() => (index.value ? daysIn(index.value, span.value) : [])),
    activity: signal<DayActivity[]>([]),
    /** The walking goal from settings (minutes a day). */
    walkGoalMin: signal(DEFAULT_SETTINGS.walkGoalMin),
    insights: signal<Insight[] | null>(null),
    care: signal<CareSignal | null>(null),
    phq2: signal<Phq2Result[]>([]),
    reflections: signal<WeeklyReflection[]>([]),
    /** Months found damaged on this page, each asked to be kept aside once. */
    damagedMonths: signal<string[]>([]),
    /** What was kept aside and not yet dismissed (utils/quarantine.ts watchNotices). */
    notices: signal<KeptNotices>(NO_NOTICES),
  };
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
