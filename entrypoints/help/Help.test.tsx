import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { checkedOnFor, helplinesFor } from '@/core/helplines';
import { EMERGENCY_SIGNS, Help, SOON_SIGNS } from './Help';

const findAHelpline = () => screen.getAllByRole('link', { name: /findahelpline\.com/ })[0] as HTMLElement;
const tierHeading = (name: RegExp) => screen.getByRole('heading', { level: 3, name });

describe('help page', () => {
  it.each([
    ['en-US', /988 Suicide & Crisis Lifeline/, /911/],
    ['en-GB', /Samaritans/, /999 or 112/],
    ['nl', /113 Zelfmoordpreventie/, /112/],
    ['hi-IN', /Tele-MANAS/, /112/],
  ])('for %s shows that country’s lines and emergency number', (locale, line, emergency) => {
    render(<Help locale={locale} />);
    expect(screen.getByRole('table').textContent).toMatch(line);
    expect(screen.getByText(/^Emergency services:/).textContent).toMatch(emergency);
    expect(findAHelpline().getAttribute('href')).toBe('https://findahelpline.com');
  });

  it('the country chosen in Settings wins over the browser language (GB chosen, en-US browser)', () => {
    render(<Help locale="en-US" chosen="GB" />);
    const table = screen.getByRole('table');
    expect(table.textContent).toMatch(/Samaritans/);
    expect(table.textContent).not.toMatch(/988/);
    expect(screen.getByText(/in danger right now/).textContent).toMatch(/call 999 or 112/);
    expect(tierHeading(/^Call 999 or 112 or go to A&E/)).toBeTruthy();
  });

  it('a chosen country the table lacks shows findahelpline.com and 112, never the locale’s lines', () => {
    render(<Help locale="en-US" chosen="AT" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/no lines listed for this country/)).toBeTruthy();
    expect(screen.getByText(/in danger right now/).textContent).toMatch(/112 works from mobile phones/);
  });

  it('does not guess a country from a language spoken in many, and saves the one picked', async () => {
    const onChoose = vi.fn(async () => ({ ok: true as const }));
    render(<Help locale="en" onChoose={onChoose} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Choose your country to see its lines here/)).toBeTruthy();
    expect(screen.getByText(/in danger right now/).textContent).toMatch(/112 works from mobile phones/);
    expect(tierHeading(/^Call your local emergency number or go to A&E/)).toBeTruthy();
    const select = screen.getByRole('combobox', { name: 'Your country' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'AU' } });
    expect(screen.getByRole('table').textContent).toMatch(/Lifeline\s*13 11 14/);
    expect(tierHeading(/^Call 000 or 112 or go to A&E/)).toBeTruthy();
    await waitFor(() => expect(onChoose).toHaveBeenCalledWith('AU'));
  });

  it('says so beside the picker when the choice could not be saved', async () => {
    render(<Help locale="en" onChoose={async () => ({ ok: false, error: { kind: 'storage' } }) as never} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Your country' }), { target: { value: 'NZ' } });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('table').textContent).toMatch(/1737/);
  });

  it('shows each country’s own check date and its sources', () => {
    render(<Help locale="de-DE" />);
    const entry = helplinesFor('DE');
    const year = entry ? checkedOnFor(entry).slice(0, 4) : 'none';
    expect(screen.getByText(/^The lines for .* were checked on/).textContent).toContain(year);
    const sources = screen.getByText('Where these numbers come from').closest('details') as HTMLElement;
    expect(sources.querySelector('a[href="https://116117.de/de/aerztlicher-bereitschaftsdienst.php"]')).toBeTruthy();
  });

  it('shows Indonesia’s caution about slow replies, with its emergency number and findahelpline.com', () => {
    render(<Help locale="id-ID" />);
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/take hours.*call 119 now/);
    expect(note.querySelector('a[href="https://findahelpline.com"]')).toBeTruthy();
  });

  it('shows the UK’s NHS 111 notes: Northern Ireland, and option 2 for mental health', () => {
    render(<Help locale="en-GB" />);
    expect(screen.getByText(/In Northern Ireland, call your GP out-of-hours service/)).toBeTruthy();
    expect(screen.getByText(/choose the mental health option/)).toBeTruthy();
  });

  it('lists the warning signs in two tiers, the emergency one first, and says what Limber is for', () => {
    render(<Help locale="en-GB" />);
    const lists = screen.getAllByRole('list').filter((l) => l.closest('.tier'));
    expect(lists.map((l) => l.querySelectorAll('li').length)).toEqual([EMERGENCY_SIGNS.length, SOON_SIGNS.length]);
    expect(lists[0]?.textContent).toMatch(/both legs/);
    expect(lists[0]?.textContent).not.toMatch(/one or both/);
    expect(lists[1]?.textContent).toMatch(/one leg that is getting worse/);
    expect(tierHeading(/^See a doctor within a day or two/)).toBeTruthy();
    expect(screen.getByText(/not intended to diagnose, treat, monitor or prevent any condition/)).toBeTruthy();
  });
});
