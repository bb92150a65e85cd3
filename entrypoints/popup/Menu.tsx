// A small disclosure menu (a <details> with its buttons): Escape closes it and puts
// focus back on its summary; opening one closes the others in the popup.
import type { ComponentChildren } from 'preact';

export function Menu(props: { class: string; label: string; legend: string; children: ComponentChildren }) {
  return (
    <details
      class={`menu ${props.class}`}
      onToggle={(e) => {
        const menu = e.currentTarget;
        if (!menu.open) return;
        for (const other of document.querySelectorAll<HTMLDetailsElement>('details.menu[open]')) {
          if (other !== menu) other.open = false;
        }
      }}
      onKeyDown={(e) => {
        const menu = e.currentTarget;
        if (e.key !== 'Escape' || !menu.open) return;
        e.preventDefault();
        e.stopPropagation();
        menu.open = false;
        menu.querySelector('summary')?.focus();
      }}
    >
      <summary>{props.label}</summary>
      <fieldset>
        <legend class="visually-hidden">{props.legend}</legend>
        {props.children}
      </fieldset>
    </details>
  );
}
