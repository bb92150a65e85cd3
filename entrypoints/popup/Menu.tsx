// A small disclosure menu (a <details> with its buttons): Escape closes it and puts
// focus back on its summary; opening one closes the others (one `name`: the browser's
// exclusive details, Chrome 120 and Firefox 130 on).
import type { ComponentChildren } from 'preact';

export function Menu(props: { class: string; label: string; legend: string; children: ComponentChildren }) {
  return (
    <details
      class={`menu ${props.class}`}
      name="popup-menu"
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
