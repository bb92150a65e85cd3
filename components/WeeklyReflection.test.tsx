import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { WeeklyReflection } from './WeeklyReflection';

describe('WeeklyReflection', () => {
  it('asks two 0–10 questions and saves once both are answered', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: true });
    render(<WeeklyReflection weekStart="2026-11-23" onSave={onSave} />);
    const enjoyment = screen.getByRole('group', { name: /enjoying life/ });
    const activity = screen.getByRole('group', { name: /usual activities/ });
    expect(enjoyment.querySelectorAll('input[type=radio]')).toHaveLength(11);
    const save = screen.getByRole('button', { name: 'Save this week' });
    expect(save).toHaveProperty('disabled', true);
    fireEvent.click(enjoyment.querySelector('input[value="7"]') as HTMLInputElement);
    fireEvent.click(activity.querySelector('input[value="0"]') as HTMLInputElement);
    expect(save).toHaveProperty('disabled', false);
    fireEvent.submit(save.closest('form') as HTMLFormElement);
    await screen.findByText('Saved. Thank you.');
    expect(onSave).toHaveBeenCalledWith({ weekStart: '2026-11-23', enjoyment: 7, activity: 0 });
  });

  it('offers to update a week already answered, and says plainly when saving failed', async () => {
    const onSave = vi.fn().mockResolvedValue({ ok: false, error: { kind: 'unreachable' } });
    render(<WeeklyReflection weekStart="2026-11-23" initial={{ enjoyment: 3, activity: 2 }} onSave={onSave} />);
    const update = screen.getByRole('button', { name: 'Update this week' });
    fireEvent.submit(update.closest('form') as HTMLFormElement);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/did not answer, so this may not have been done/),
    );
  });
});
