// The fields of a check-in's optional details (CheckInDetails): back regions, tags,
// last night's sleep and a note with its counter.
import type { Signal } from '@preact/signals';
import { i18n } from '#i18n';
import { NOTE_MAX_CHARS, REGIONS, type Region, SLEEP_MAX, SLEEP_MIN, TAGS, type Tag } from '@/core/checkin-values';

export interface DetailsFields {
  regions: Signal<Region[]>;
  tags: Signal<Tag[]>;
  sleep: Signal<number | null>;
  note: Signal<string>;
}

const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
const SLEEP_VALUES = Array.from({ length: SLEEP_MAX - SLEEP_MIN + 1 }, (_, i) => SLEEP_MIN + i);

export function CheckInDetailsBody({ regions, tags, sleep, note }: DetailsFields) {
  return (
    <>
      <fieldset>
        <legend>{i18n.t('checkin.details.regions')}</legend>
        {REGIONS.map((region) => (
          <label class="chip" key={region}>
            <input
              type="checkbox"
              checked={regions.value.includes(region)}
              onChange={(e) => {
                regions.value = toggle(regions.value, region, e.currentTarget.checked);
              }}
            />
            {i18n.t(`checkin.details.region.${region}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('checkin.details.tags')}</legend>
        {TAGS.map((tag) => (
          <label class="chip" key={tag}>
            <input
              type="checkbox"
              checked={tags.value.includes(tag)}
              onChange={(e) => {
                tags.value = toggle(tags.value, tag, e.currentTarget.checked);
              }}
            />
            {i18n.t(`checkin.details.tag.${tag}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="checkin-sleep">{i18n.t('checkin.details.sleep')}</label>
        <select
          id="checkin-sleep"
          aria-describedby="sleep-hint"
          value={sleep.value === null ? '' : String(sleep.value)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            sleep.value = v === '' ? null : Number(v);
          }}
        >
          <option value="">{i18n.t('checkin.details.sleepNone')}</option>
          {SLEEP_VALUES.map((v) => (
            <option key={v} value={String(v)}>
              {v}
            </option>
          ))}
        </select>
        <small id="sleep-hint">{i18n.t('checkin.details.sleepHint')}</small>
      </div>
      <div class="field">
        <label for="checkin-note">{i18n.t('checkin.details.note')}</label>
        <textarea
          id="checkin-note"
          rows={3}
          maxLength={NOTE_MAX_CHARS}
          aria-describedby="note-count"
          value={note.value}
          onInput={(e) => {
            note.value = e.currentTarget.value;
          }}
        />
        <small id="note-count" class="counter">
          {i18n.t('checkin.details.noteCount', [note.value.length, NOTE_MAX_CHARS])}
        </small>
      </div>
    </>
  );
}
