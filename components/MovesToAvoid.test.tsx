import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MOVE_CONDITIONS } from '@/core/exercises';
import { MovesToAvoid } from './MovesToAvoid';

describe('MovesToAvoid', () => {
  it('offers each condition as a box, ticked as given, with the stop rule', () => {
    render(<MovesToAvoid value={['pregnancy']} onChange={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Moves to avoid (optional)' });
    expect(group.querySelectorAll('input[type=checkbox]')).toHaveLength(MOVE_CONDITIONS.length);
    expect((screen.getByRole('checkbox', { name: 'Pregnancy' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'A hip replacement' }) as HTMLInputElement).checked).toBe(false);
    expect(group.textContent).toMatch(/stop any move that makes pain worse/);
  });

  it.each([
    [
      'ticks one, in the catalog’s order',
      ['dizziness'],
      'Back or neck surgery in the last year',
      ['backSurgery', 'dizziness'],
    ],
    ['unticks one', ['backSurgery', 'dizziness'], 'Dizziness or vertigo', ['backSurgery']],
    ['ticks the wheeled chair', [], 'I sit on a chair with wheels', ['wheeledChair']],
  ] as const)('%s', (_, value, label, next) => {
    const onChange = vi.fn();
    render(<MovesToAvoid value={value} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: label }));
    expect(onChange).toHaveBeenCalledWith(next);
  });
});
