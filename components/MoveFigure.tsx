// A small stick figure for a move: inline SVG, no external images, drawn in currentColor
// so it follows the page's light or dark text. A few shared poses, each seated or
// standing, stand in for every move (core/exercises.ts FIGURES); their points are in
// move-poses.ts.
import { i18n } from '#i18n';
import type { Activity, FigureId, Position } from '@/core/exercises';
import { frame, type Line, POSES } from './move-poses';

const points = (line: Line) => line.map(([x, y]) => `${x},${y}`).join(' ');
const spinePath = (spine: Line) => {
  const [from = [0, 0], via, to] = spine;
  if (via === undefined) return `M${from.join(' ')}`;
  return to === undefined
    ? `M${from.join(' ')} L${via.join(' ')}`
    : `M${from.join(' ')} Q${via.join(' ')} ${to.join(' ')}`;
};

interface FigureProps {
  figure: FigureId;
  position: Position;
  /** The accessible name; leave it out when a caption beside the figure already names the move. */
  label?: string;
  /** Width and height in CSS pixels (64–96 reads well). */
  size?: number;
  class?: string;
}

export function Figure({ figure, position, label, size = 80, class: className }: FigureProps) {
  const pose = POSES[figure](position);
  const { pelvis, legs, props } = frame(position, pose.view);
  return (
    <svg
      viewBox="0 0 64 64"
      width={size}
      height={size}
      class={className ? `move-figure ${className}` : 'move-figure'}
      data-figure={figure}
      data-position={position}
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-linecap="round"
      stroke-linejoin="round"
      role={label === undefined ? undefined : 'img'}
      aria-label={label}
      aria-hidden={label === undefined ? 'true' : undefined}
    >
      <g stroke-width="1.5" opacity="0.45">
        <path d="M6 61 H58" />
        {props.map((d) => (
          <path key={d} d={d} />
        ))}
      </g>
      <g transform={`translate(${pelvis[0]} ${pelvis[1]})`} stroke-width="3">
        <path d={spinePath(pose.spine)} />
        <circle cx={pose.head[0]} cy={pose.head[1]} r="5" />
        {pose.nose && <polyline points={points(pose.nose)} stroke-width="2" />}
        {[...pose.arms, ...(pose.legs ?? legs)].map((line) => (
          <polyline key={points(line)} points={points(line)} />
        ))}
        {pose.marks && (
          <g stroke-width="1.5" opacity="0.7">
            {pose.marks.map((d) => (
              <path key={d} d={d} />
            ))}
          </g>
        )}
      </g>
    </svg>
  );
}

interface MoveFigureProps {
  move: Activity;
  /** True when the move's name is shown right beside the figure: screen readers skip it. */
  decorative?: boolean;
  size?: number;
  class?: string;
}

/** The figure for a move, named after the move unless `decorative`. */
export function MoveFigure({ move, decorative = false, size, class: className }: MoveFigureProps) {
  return (
    <Figure
      figure={move.figure}
      position={move.position}
      label={decorative ? undefined : i18n.t(move.name)}
      size={size}
      class={className}
    />
  );
}
