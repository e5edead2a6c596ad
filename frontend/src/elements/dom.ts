// Small helpers every element of the card uses.

import { svg, type SVGTemplateResult } from "lit";

/** An MDI icon (@mdi/js path), coloured by the text colour. */
export const icon = (path: string): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;

/**
 * Registers an element once: the card's module may run twice on a page (a
 * copy still cached under another URL); the second one uses the first's.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) {
    customElements.define(name, element);
  }
}

/** Tells the element's parent something (an event that bubbles to the card). */
export function fire<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true }));
}
