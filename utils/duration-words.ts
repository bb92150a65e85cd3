// A length in words as people say it: "2 minutes", "45 seconds", "2 minutes 30 seconds".
import { i18n } from '#i18n';
import { splitMinSec } from '@/core/duration-input';

export function durationWords(seconds: number): string {
  const { min, sec } = splitMinSec(seconds);
  if (min === 0) return i18n.t('break.timer.seconds', sec);
  if (sec === 0) return i18n.t('break.timer.minutes', min);
  return i18n.t('break.timer.minutesAndSeconds', [
    i18n.t('break.timer.minutes', min),
    i18n.t('break.timer.seconds', sec),
  ]);
}
