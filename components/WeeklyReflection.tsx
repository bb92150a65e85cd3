// The weekly reflection: how much pain got in the way of enjoying life, and of
// general activity, this week (0–10 each, our own words; core/care.ts). Optional,
// self-contained: the page or popup passes the week and what to do on save.
import './care.css';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { REFLECTION_MAX, REFLECTION_MIN, type WeeklyReflection as Reflection } from '@/core/care';
import type { Reply } from '@/core/messages';
import { describeFailure } from '@/utils/describe-failure';

const VALUES = Array.from({ length: REFLECTION_MAX - REFLECTION_MIN + 1 }, (_, i) => REFLECTION_MIN + i);

interface Props {
  /** Local day key of the week's first day. */
  weekStart: string;
  /** This week's earlier answers, to correct them. */
  initial?: Pick<Reflection, 'enjoyment' | 'activity'> | null;
  onSave: (reflection: Reflection) => Promise<Reply>;
  /** Prefix for element ids, when two forms share a page. */
  idPrefix?: string;
}

function ZeroToTen({
  id,
  legend,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  value: number | null;
  onChange: (v: number) => void;
}) {
  return (
    <fieldset class="zero-ten" aria-describedby={`${id}-ends`}>
      <legend>{legend}</legend>
      <div class="zero-ten-options">
        {VALUES.map((v) => (
          <label key={v} class="zero-ten-option">
            <input
              type="radio"
              name={id}
              value={v}
              class="visually-hidden"
              checked={value === v}
              onChange={() => onChange(v)}
            />
            <span>{v}</span>
          </label>
        ))}
      </div>
      <div id={`${id}-ends`} class="zero-ten-ends">
        <span>{i18n.t('reflection.notAtAll')}</span>
        <span>{i18n.t('reflection.completely')}</span>
      </div>
    </fieldset>
  );
}

export function WeeklyReflection({ weekStart, initial, onSave, idPrefix = 'reflection' }: Props) {
  const [enjoyment, setEnjoyment] = useState<number | null>(initial?.enjoyment ?? null);
  const [activity, setActivity] = useState<number | null>(initial?.activity ?? null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'error'; text: string } | null>(null);
  const complete = enjoyment !== null && activity !== null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!complete || saving) return;
    setSaving(true);
    const reply = await onSave({ weekStart, enjoyment, activity });
    setSaving(false);
    setStatus(reply.ok ? { kind: 'saved' } : { kind: 'error', text: describeFailure(reply.error) });
  };

  return (
    <form class="reflection" onSubmit={submit}>
      <p>{i18n.t('reflection.intro')}</p>
      <ZeroToTen
        id={`${idPrefix}-enjoyment`}
        legend={i18n.t('reflection.enjoyment')}
        value={enjoyment}
        onChange={(v) => {
          setEnjoyment(v);
          setStatus(null);
        }}
      />
      <ZeroToTen
        id={`${idPrefix}-activity`}
        legend={i18n.t('reflection.activity')}
        value={activity}
        onChange={(v) => {
          setActivity(v);
          setStatus(null);
        }}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={!complete || saving}>
          {initial ? i18n.t('reflection.update') : i18n.t('reflection.save')}
        </button>
      </div>
      <p role="status" class={status?.kind === 'error' ? 'error' : 'muted'}>
        {status?.kind === 'saved' && i18n.t('reflection.saved')}
        {status?.kind === 'error' && status.text}
      </p>
    </form>
  );
}
