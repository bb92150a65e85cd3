import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HELPLINES_CHECKED_ON } from '@/core/helplines';
import { Help } from './Help';

const findAHelpline = () => screen.getByRole('link', { name: /findahelpline\.com/ });

describe('help page', () => {
  it.each([
    ['en-US', /988 Suicide & Crisis Lifeline/, /911/],
    ['en-GB', /Samaritans/, /999 or 112/],
    ['nl', /113 Zelfmoordpreventie/, /112/],
    ['hi-IN', /Tele-MANAS/, /112/],
  ])('for %s shows that country’s lines and emergency number', (locale, line, emergency) => {
    render(<Help locale={locale} />);
    const table = screen.getByRole('table');
    expect(table.textContent).toMatch(line);
    expect(screen.getByText(/^Emergency services:/).textContent).toMatch(emergency);
    expect(findAHelpline().getAttribute('href')).toBe('https://findahelpline.com');
  });

  it('does not guess a country from a language spoken in many, and lets the user choose', () => {
    render(<Help locale="en" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Choose your country to see its lines here/)).toBeTruthy();
    expect(findAHelpline()).toBeTruthy();
    const select = screen.getByRole('combobox', { name: 'Your country' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'AU' } });
    expect(screen.getByRole('table').textContent).toMatch(/Lifeline\s*13 11 14/);
  });

  it('shows when the table was checked, and the six urgent back-pain signs', () => {
    render(<Help locale="de-DE" />);
    expect(screen.getByText(/These numbers were checked on/).textContent).toContain(HELPLINES_CHECKED_ON.slice(0, 4));
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
  });
});
