// Turns a RestoreProblem (core/restore.ts) into plain words that name the record and
// the field: "PHQ-2 self-check 3 in the backup: “interest” is not valid."
import { i18n } from '#i18n';
import type { RestoreProblem } from '@/core/restore';

export function describeRestoreProblem(problem: RestoreProblem): string {
  const what =
    problem.reason === 'future'
      ? i18n.t('data.import.problem.recordFuture')
      : problem.reason === 'offset'
        ? i18n.t('data.import.problem.recordOffset')
        : problem.field === undefined
          ? i18n.t('data.import.problem.recordNotObject')
          : problem.unknown
            ? i18n.t('data.import.problem.recordUnknownField', [problem.field])
            : i18n.t('data.import.problem.recordField', [problem.field]);
  return i18n.t(`data.import.problem.record.${problem.part}`, [problem.row, what]);
}
