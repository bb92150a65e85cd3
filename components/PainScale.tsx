// Pain as the 0–10 numeric rating scale (0 no pain, 10 worst imaginable).
import { i18n } from '#i18n';
import { PAIN_MAX, PAIN_MIN } from '@/core/checkin-values';

const VALUES = Array.from({ length: PAIN_MAX - PAIN_MIN + 1 }, (_, i) => PAIN_MIN + i);

function accessibleName(pain: number): string {
  if (pain === PAIN_MIN) return i18n.t('checkin.pain.value0');
  if (pain === PAIN_MAX) return i18n.t('checkin.pain.value10');
  return String(pain);
}

interface Props {
  value: number | null;
  onChange: (pain: number) => void;
}

export function PainScale({ value, onChange }: Props) {
  return (
    <div class="scale pain" role="radiogroup" aria-labelledby="pain-label" aria-describedby="pain-hint">
      <h2 id="pain-label" class="scale-label">
        {i18n.t('checkin.pain.label')}
      </h2>
      <div class="pain-options">
        {VALUES.map((pain) => (
          <label class="pain-option" key={pain}>
            <input
              type="radio"
              name="pain"
              value={pain}
              class="visually-hidden"
              aria-label={accessibleName(pain)}
              checked={value === pain}
              onChange={() => onChange(pain)}
            />
            <span aria-hidden="true">{pain}</span>
          </label>
        ))}
      </div>
      <div class="pain-ends" aria-hidden="true">
        <span>{i18n.t('checkin.pain.none')}</span>
        <span>{i18n.t('checkin.pain.worst')}</span>
      </div>
      <p id="pain-hint" class="visually-hidden">
        {i18n.t('checkin.pain.hint')}
      </p>
    </div>
  );
}
