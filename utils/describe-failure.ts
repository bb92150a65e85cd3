// Turns a Failure (core/messages.ts) into plain words for the page.
import { i18n } from '#i18n';
import type { CheckInProblem } from '@/core/checkins';
import type { Failure } from '@/core/messages';

function describeProblem(problem: CheckInProblem): string {
  switch (problem.kind) {
    case 'notAnObject':
      return i18n.t('errors.notAnObject');
    case 'unknownField':
      return i18n.t('errors.unknownField', [problem.field]);
    case 'invalidField':
      return i18n.t(`errors.field.${problem.field}`);
    case 'noMoodOrPain':
      return i18n.t('errors.noMoodOrPain');
  }
}

/** What is wrong with a check-in, every field in one line (the one place check-in problems become words). */
export function describeCheckInProblems(problems: readonly CheckInProblem[]): string {
  return problems.map(describeProblem).join(' ');
}

export function describeFailure(failure: Failure): string {
  switch (failure.kind) {
    case 'invalidCheckIn':
      return describeCheckInProblems(failure.problems);
    case 'storage':
      return i18n.t('errors.storage', [failure.detail]);
    case 'duplicateId':
      return i18n.t('errors.duplicateId');
    case 'badMessage':
      return i18n.t('errors.badMessage');
    case 'unreachable':
      return i18n.t('errors.unreachable');
    case 'invalidRecord':
      return i18n.t(failure.record === 'phq2' ? 'care.errors.invalidPhq2' : 'care.errors.invalidReflection');
    case 'tooSoon':
      return i18n.t('care.errors.tooSoon', [new Date(failure.nextAt).toLocaleDateString()]);
    case 'invalidSettings':
      return i18n.t('errors.invalidSettings');
  }
}
