// Turns an ImportProblem (core/import.ts) into plain words that name the row and the
// field: "Row 14: pain must be a whole number from 0 to 10."
import { i18n } from '#i18n';
import type { ImportProblem } from '@/core/import';
import type { FieldReason } from '@/core/import-read';

const FIELD_WORDS = [
  'id',
  'time',
  'at',
  'tzOffsetMin',
  'mood',
  'pain',
  'sleep',
  'regions',
  'tags',
  'note',
  'source',
  'breakId',
  'breakPhase',
  'daylio.full_date',
  'daylio.time',
  'daylio.mood',
  'daylio.activities',
  'daylio.note',
] as const;
type KnownField = (typeof FIELD_WORDS)[number];
const isKnownField = (field: string): field is KnownField => (FIELD_WORDS as readonly string[]).includes(field);

const MB = 1024 * 1024;

function fieldWords(field: string, reason?: FieldReason): string {
  if (reason) return i18n.t(`data.import.problem.reason.${reason}`);
  return isKnownField(field)
    ? i18n.t(`data.import.problem.field.${field}`)
    : i18n.t('data.import.problem.field.other', [field]);
}

export function describeImportProblem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return i18n.t('data.import.problem.tooLarge', [Math.round(problem.maxBytes / MB)]);
    case 'notLimber':
      return i18n.t('data.import.problem.notLimber');
    case 'badJson':
      return i18n.t('data.import.problem.badJson');
    case 'unsupportedVersion':
      return i18n.t('data.import.problem.unsupportedVersion');
    case 'unknownColumn':
      return i18n.t('data.import.problem.unknownColumn', [problem.field]);
    case 'missingColumn':
      return i18n.t('data.import.problem.missingColumn', [problem.field]);
    case 'duplicateId':
      return i18n.t('data.import.problem.duplicateId', [problem.row, problem.firstRow]);
    case 'badCsv':
      if (problem.reason === 'duplicateColumn' && problem.field) {
        return i18n.t('data.import.problem.duplicateColumn', [problem.field]);
      }
      return i18n.t('data.import.problem.csvRow', [problem.row]);
    case 'notUtf8':
      return i18n.t('data.import.problem.notUtf8', [problem.row]);
    case 'badField':
      if (problem.row === undefined) return i18n.t('data.import.problem.badTopField', [problem.field ?? '']);
      if (problem.field === undefined) return i18n.t('data.import.problem.badRow', [problem.row]);
      return i18n.t('data.import.problem.badFieldRow', [problem.row, fieldWords(problem.field, problem.reason)]);
  }
}
