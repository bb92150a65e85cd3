import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PHQ2_ATTRIBUTION, PHQ2_ITEMS, PHQ2_OPTIONS, PHQ2_STEM, type Phq2Result } from '@/core/care';
import { DEFAULT_SETTINGS } from '@/core/settings-defaults';
import { DAY_MS } from '@/core/time';
import { settingsItem } from '@/utils/storage';
import { Phq2Check } from './Phq2Check';

const now = Date.UTC(2026, 10, 24, 12);
const DAY = DAY_MS;

const answer = (item: RegExp, option: string) =>
  fireEvent.click(
    screen.getByRole('group', { name: item }).querySelector(`input[value="${option}"]`) as HTMLInputElement,
  );

describe('Phq2Check', () => {
  it('shows the exact stem, items, answers 0–3 and the Pfizer attribution', () => {
    render(<Phq2Check history={[]} now={now} tzOffsetMin={0} onSubmit={vi.fn()} />);
    expect(screen.getByText(PHQ2_STEM)).toBeTruthy();
    for (const item of PHQ2_ITEMS) {
      const group = screen.getByRole('group', { name: new RegExp(item.text) });
      expect(group.querySelectorAll('input[type=radio]')).toHaveLength(4);
    }
    for (const option of PHQ2_OPTIONS) {
      expect(screen.getAllByRole('radio', { name: `${option.text} (${option.value})` })).toHaveLength(2);
    }
    expect(document.body.textContent).toContain(PHQ2_ATTRIBUTION);
  });

  it.each([
    [3, 0, '3', /3 or more suggests it is worth talking with a GP/],
    [1, 1, '2', /under 3/],
  ])('scores %i + %i and words it without a diagnosis', async (interest, down, total, advice) => {
    const onSubmit = vi.fn().mockResolvedValue({ ok: true });
    render(<Phq2Check history={[]} now={now} tzOffsetMin={60} onSubmit={onSubmit} />);
    const submit = screen.getByRole('button', { name: 'See my total' });
    expect(submit).toHaveProperty('disabled', true);
    answer(/Little interest/, String(interest));
    answer(/Feeling down/, String(down));
    fireEvent.submit(submit.closest('form') as HTMLFormElement);
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(`Your total: ${total} out of 6.`);
    expect(status.textContent).toMatch(advice);
    expect(status.textContent).toContain('This is not a diagnosis.');
    expect(status.textContent).toContain('If you are thinking about harming yourself, contact a crisis line now.');
    expect(screen.getByRole('link', { name: 'Crisis lines and urgent signs' }).getAttribute('href')).toBe(
      '/help.html#lines',
    );
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ at: now, tzOffsetMin: 60, interest, down }));
  });

  it('names the crisis line of the country chosen in Settings on the result', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, helpCountry: 'GB' });
    render(<Phq2Check history={[]} now={now} tzOffsetMin={0} onSubmit={vi.fn().mockResolvedValue({ ok: true })} />);
    answer(/Little interest/, '0');
    answer(/Feeling down/, '0');
    fireEvent.submit(screen.getByRole('button', { name: 'See my total' }).closest('form') as HTMLFormElement);
    const number = await screen.findByRole('link', { name: '116 123' });
    expect(number.getAttribute('href')).toBe('tel:116123');
    expect(number.closest('p')?.textContent).toMatch(/crisis line now\. Samaritans, 116 123\./);
  });

  it('is not offered again within 14 days, and shows the earlier answers', () => {
    const history: Phq2Result[] = [{ id: 'mhx1c2a0-p001', at: now - 3 * DAY, tzOffsetMin: 0, interest: 1, down: 2 }];
    render(<Phq2Check history={history} now={now} tzOffsetMin={0} onSubmit={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'See my total' })).toBeNull();
    expect(document.body.textContent).toMatch(/offered again from/);
    expect(screen.getByRole('table', { name: /Your earlier answers/ }).textContent).toContain('3 of 6');
  });

  it('says why a save was refused', async () => {
    const onSubmit = vi.fn().mockResolvedValue({ ok: false, error: { kind: 'tooSoon', nextAt: now + DAY } });
    render(<Phq2Check history={[]} now={now} tzOffsetMin={0} onSubmit={onSubmit} />);
    answer(/Little interest/, '0');
    answer(/Feeling down/, '0');
    fireEvent.submit(screen.getByRole('button', { name: 'See my total' }).closest('form') as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing was saved/);
  });
});
