// Small helpers every element of the card uses.

import { svg, type SVGTemplateResult } from "lit";

/** An MDI icon (@mdi/js path), coloured by the text colour. */
export const icon = (path: string): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;

/**
 * Whether elements may be registered now. HA's frontend installs a scoped
 * custom element registry (a polyfill that replaces window.customElements)
 * before it defines <home-assistant>; an element registered before that, in
 * the browser's own registry, is unknown to the new one, and HA shows
 * "Custom element doesn't exist" (seen when a dashboard is the first page
 * opened and this module is loaded early). So on HA's page everything waits
 * for <home-assistant> and is then registered in the registry of that moment.
 */
const waiting: [string, CustomElementConstructor][] = [];
let registryReady = !document.querySelector("home-assistant") || !!customElements.get("home-assistant");
if (!registryReady) {
  void customElements.whenDefined("home-assistant").then(() => {
    registryReady = true;
    for (const [name, element] of waiting.splice(0)) {
      defineNow(name, element);
    }
  });
}

function defineNow(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) {
    customElements.define(name, element);
  }
}

/**
 * Registers an element once: the card's module may run twice on a page (a
 * copy still cached under another URL); the second one uses the first's.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (registryReady) {
    defineNow(name, element);
  } else if (!waiting.some(([known]) => known === name)) {
    waiting.push([name, element]);
  }
}

/** Tells the element's parent something (an event that bubbles to the card). */
export function fire<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true }));
}
