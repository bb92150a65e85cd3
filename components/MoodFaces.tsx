// Mood as five labelled faces (DESIGN.md "Check-ins"): a native radio group, so arrow
// keys, Tab and screen readers work without any script.
import { i18n } from '#i18n';
import { MOODS } from '@/core/checkin-values';

// Mouth curve per mood: from a frown (1) to a wide smile (5).
const MOUTH_CURVE = { 1: -5, 2: -2.5, 3: 0, 4: 3, 5: 5.5 } as const;

export function Face({ mood }: { mood: (typeof MOODS)[number] }) {
  const curve = MOUTH_CURVE[mood];
  return (
    <svg viewBox="0 0 32 32" width="30" height="30" aria-hidden="true" class={`face face-${mood}`}>
      <circle cx="16" cy="16" r="14.5" class="face-skin" />
      <circle cx="11" cy="13" r="1.8" class="face-ink" />
      <circle cx="21" cy="13" r="1.8" class="face-ink" />
      <path d={`M9.5 ${21 - curve / 2} Q16 ${21 + curve} 22.5 ${21 - curve / 2}`} class="face-line" />
    </svg>
  );
}

interface Props {
  value: number | null;
  onChange: (mood: number) => void;
}

export function MoodFaces({ value, onChange }: Props) {
  return (
    <div class="scale mood" role="radiogroup" aria-labelledby="mood-label">
      <h2 id="mood-label" class="scale-label">
        {i18n.t('checkin.mood.label')}
      </h2>
      <div class="mood-options">
        {MOODS.map((mood) => (
          <label class="mood-option" key={mood}>
            <input
              type="radio"
              name="mood"
              value={mood}
              class="visually-hidden"
              checked={value === mood}
              onChange={() => onChange(mood)}
            />
            <Face mood={mood} />
            <span>{i18n.t(`checkin.mood.${mood}`)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
