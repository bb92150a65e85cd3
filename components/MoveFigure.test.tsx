import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CATALOG, EXTRAS, FIGURES, type Move, POSITIONS } from '@/core/exercises';
import { Figure, MoveFigure } from './MoveFigure';

const activities = [...CATALOG, ...Object.values(EXTRAS)];
const [one, two] = CATALOG as [Move, Move, ...Move[]];

describe('MoveFigure', () => {
  it.each(activities.map((activity) => [activity.id, activity] as const))('%s is named after the move', (_, move) => {
    render(<MoveFigure move={move} />);
    const figure = screen.getByRole('img');
    const name = figure.getAttribute('aria-label') ?? '';
    expect(name.length).toBeGreaterThan(0);
    expect(name).not.toContain('moves.');
    expect(figure.querySelectorAll('polyline').length).toBeGreaterThanOrEqual(2);
    expect(figure.querySelector('circle')).not.toBeNull();
  });

  it('names the figure with the move name in English', () => {
    render(<MoveFigure move={CATALOG.find((move) => move.id === 'chin-tuck') ?? one} />);
    expect(screen.getByRole('img', { name: 'Chin tuck' })).toBeTruthy();
  });

  it('hides a decorative figure from screen readers', () => {
    const { container } = render(<MoveFigure move={one} decorative />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.hasAttribute('role')).toBe(false);
    expect(svg?.hasAttribute('aria-label')).toBe(false);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('draws in currentColor at the size asked, 80 px by default', () => {
    const { container } = render(
      <>
        <MoveFigure move={one} />
        <MoveFigure move={two} size={64} />
      </>,
    );
    const [normal, small] = container.querySelectorAll('svg');
    expect(normal?.getAttribute('width')).toBe('80');
    expect(small?.getAttribute('height')).toBe('64');
    expect(normal?.getAttribute('stroke')).toBe('currentColor');
    expect(container.innerHTML).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|<image|href=/i);
  });
});

describe('Figure', () => {
  it.each(FIGURES.flatMap((figure) => POSITIONS.map((position) => [figure, position] as const)))(
    '%s, %s renders with finite coordinates',
    (figure, position) => {
      const { container } = render(<Figure figure={figure} position={position} label="A move" />);
      const svg = container.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toBe('A move');
      expect(svg?.getAttribute('data-figure')).toBe(figure);
      expect(container.innerHTML).not.toMatch(/NaN|undefined|Infinity/);
    },
  );

  it('gives seated figures a chair and standing ones none', () => {
    const seated = render(<Figure figure="neutral" position="seated" />).container.querySelectorAll('path').length;
    const standing = render(<Figure figure="neutral" position="standing" />).container.querySelectorAll('path').length;
    expect(seated).toBeGreaterThan(standing);
  });
});
