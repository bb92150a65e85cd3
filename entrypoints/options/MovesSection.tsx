// Moves: the optional moves-to-avoid check, and the moves the user hid from breaks,
// each with a way to bring it back.
import { i18n } from '#i18n';
import { MovesToAvoid } from '@/components/MovesToAvoid';
import { findMove } from '@/core/exercises';
import type { SectionProps } from './fields';

export function MovesSection({ actions, settings }: SectionProps) {
  const hidden = settings.hiddenMoves;
  return (
    <section aria-labelledby="moves-heading">
      <h2 id="moves-heading">{i18n.t('options.moves.heading')}</h2>
      <div class="card">
        <MovesToAvoid
          value={settings.movesToAvoid}
          onChange={(next) => actions.changeList('movesToAvoid', next)}
          idPrefix="options-avoid"
        />
      </div>
      <p class="muted">{i18n.t('options.moves.intro')}</p>
      {hidden.length === 0 ? (
        <p class="card muted">{i18n.t('options.moves.none')}</p>
      ) : (
        <ul class="card hidden-moves">
          {hidden.map((id) => {
            const move = findMove(id);
            const name = move ? i18n.t(move.name) : i18n.t('options.moves.unknown', [id]);
            return (
              <li key={id}>
                <span>{name}</span>
                <button
                  type="button"
                  aria-label={i18n.t('options.moves.bringBackNamed', [name])}
                  onClick={() =>
                    actions.changeList(
                      'hiddenMoves',
                      hidden.filter((m) => m !== id),
                    )
                  }
                >
                  {i18n.t('options.moves.bringBack')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
