// Turns a SettingsProblem (core/settings.ts) into plain words for the field it belongs
// to: "Interval must be between 5 and 240 minutes."
import { i18n } from '#i18n';
import type { SettingsProblem } from '@/core/settings';
import { durationWords } from './duration-words';

const RANGE_FIELDS = [
  'intervalMin',
  'idleDetectionSec',
  'snoozeMin',
  'snoozeLimit',
  'maxWaitMin',
  'walkGoalMin',
  'leadSec',
] as const;
type RangeField = (typeof RANGE_FIELDS)[number];
const isRangeField = (name: string): name is RangeField => (RANGE_FIELDS as readonly string[]).includes(name);

/** The field's own name: its last path part that is not a list index. */
export const fieldName = (field: string) =>
  field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .at(-1) ?? '';

export function describeSettingsProblem(problem: SettingsProblem): string {
  const name = fieldName(problem.field);
  // `workingHours.days.1` is one day's list of ranges; `hiddenMoves.0` is one item, not the list.
  const isItem = /\.\d+$/.test(problem.field);
  switch (problem.kind) {
    case 'range':
      // A break's length reads as people say it: "between 10 seconds and 30 minutes".
      if (name === 'durationSec') {
        return i18n.t('options.problem.durationSec', [durationWords(problem.min), durationWords(problem.max)]);
      }
      if (isRangeField(name)) return i18n.t(`options.problem.${name}`, [problem.min, problem.max]);
      if (name === 'minuteOfDay' || name === 'startMin' || name === 'endMin') return i18n.t(`options.problem.${name}`);
      return i18n.t('options.problem.invalid');
    case 'length':
      if (name === 'name') return i18n.t('options.problem.name', [problem.min, problem.max]);
      if (name === 'customNudges') return i18n.t('options.problem.customNudges', [problem.min, problem.max]);
      if (name === 'days' && isItem) return i18n.t('options.problem.ranges', [problem.min, problem.max]);
      if (name === 'hiddenMoves' && !isItem) return i18n.t('options.problem.hiddenMoves');
      return i18n.t('options.problem.invalid');
    case 'order':
      return i18n.t('options.problem.order');
    case 'overlap':
      return i18n.t('options.problem.overlap');
    case 'duplicate':
      return i18n.t('options.problem.duplicate');
    case 'unknown':
      return i18n.t('options.problem.unknown', [problem.field]);
    case 'invalid':
      if (name === 'helpCountry') return i18n.t('options.problem.country');
      if (name === 'notificationStyle') return i18n.t('options.problem.style');
      return i18n.t('options.problem.invalid');
  }
}
