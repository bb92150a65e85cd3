// The PHQ-2 self-check (Kroenke et al., Med Care 2003): its exact stem, items and
// answers from core/care.ts, the Pfizer attribution, at most every 14 days. A total
// of 3 or more suggests talking to a clinician; it is never called a diagnosis, and
// the help link is there whatever the score.
import './care.css';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  PHQ2_ATTRIBUTION,
  PHQ2_CITATION,
  PHQ2_ITEMS,
  PHQ2_OPTIONS,
  PHQ2_STEM,
  type Phq2ItemId,
  type Phq2Responses,
  type Phq2Result,
  type Phq2Score,
  phq2Due,
  scorePhq2,
} from '@/core/care';
import { makeCheckInId } from '@/core/checkins';
import type { Reply } from '@/core/messages';
import { describeFailure } from '@/utils/describe-failure';
import { CrisisLine } from './CrisisLine';

interface Props {
  history: readonly Phq2Result[];
  now: number;
  tzOffsetMin: number;
  onSubmit: (result: Phq2Result) => Promise<Reply>;
  helpHref?: string;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

type Answers = Partial<Record<Phq2ItemId, Phq2Responses[Phq2ItemId]>>;

function ScoreMessage({ score, helpHref }: { score: Phq2Score; helpHref: string }) {
  const { total, suggestClinician } = score;
  return (
    <div class="phq2-score" role="status">
      <p>
        <strong>{i18n.t('phq2.total', [String(total)])}</strong>
      </p>
      <p>{suggestClinician ? i18n.t('phq2.suggest') : i18n.t('phq2.low')}</p>
      <p>{i18n.t('phq2.notDiagnosis')}</p>
      {/* The PHQ-2 asks nothing about self-harm, so every result says where to turn. */}
      <CrisisLine helpHref={helpHref} />
    </div>
  );
}

export function Phq2Check({ history, now, tzOffsetMin, onSubmit, helpHref = '/help.html' }: Props) {
  const [answers, setAnswers] = useState<Answers>({});
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<Phq2Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const due = phq2Due(history, now);
  const latest = history.at(-1);
  const complete = answers.interest !== undefined && answers.down !== undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!complete || saving) return;
    const result: Phq2Result = {
      id: makeCheckInId(now, Math.random),
      at: now,
      tzOffsetMin,
      interest: answers.interest as Phq2Result['interest'],
      down: answers.down as Phq2Result['down'],
    };
    setSaving(true);
    const reply = await onSubmit(result);
    setSaving(false);
    if (reply.ok) {
      setDone(result);
      setError(null);
    } else {
      setError(describeFailure(reply.error));
    }
  };

  return (
    <div class="phq2">
      <p>{i18n.t('phq2.intro')}</p>
      {done ? (
        <ScoreMessage score={scorePhq2(done)} helpHref={helpHref} />
      ) : due.due ? (
        <form onSubmit={submit} class="phq2-form">
          <p class="phq2-stem">{PHQ2_STEM}</p>
          {PHQ2_ITEMS.map((item, n) => (
            <fieldset key={item.id} class="phq2-item">
              <legend>
                {n + 1}. {item.text}
              </legend>
              {PHQ2_OPTIONS.map((option) => (
                <label key={option.value} class="phq2-option">
                  <input
                    type="radio"
                    name={`phq2-${item.id}`}
                    value={option.value}
                    checked={answers[item.id] === option.value}
                    onChange={() => setAnswers({ ...answers, [item.id]: option.value })}
                  />
                  <span>
                    {option.text} ({option.value})
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
          <div class="actions">
            <button type="submit" class="primary" disabled={!complete || saving}>
              {i18n.t('phq2.submit')}
            </button>
            {!complete && <small class="muted">{i18n.t('phq2.answerBoth')}</small>}
          </div>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <p>
          {i18n.t('phq2.notYet', [
            latest ? dateFormat.format(latest.at) : '',
            due.nextAt === null ? '' : dateFormat.format(due.nextAt),
          ])}
        </p>
      )}
      {history.length > 0 && (
        <div class="table-scroll">
          <table class="data">
            <caption>{i18n.t('phq2.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('phq2.col.date')}</th>
                <th scope="col">{i18n.t('phq2.col.interest')}</th>
                <th scope="col">{i18n.t('phq2.col.down')}</th>
                <th scope="col">{i18n.t('phq2.col.total')}</th>
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((r) => (
                <tr key={r.id}>
                  <th scope="row">{dateFormat.format(r.at)}</th>
                  <td>{r.interest}</td>
                  <td>{r.down}</td>
                  <td>{i18n.t('phq2.totalCell', [String(scorePhq2(r).total)])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="attribution">
        {PHQ2_ATTRIBUTION} {PHQ2_CITATION}
      </p>
    </div>
  );
}
