// Entry point: defines <nuisance-calls-card> (its nc-* elements define
// themselves on import) and lists it in the card picker.
//
// The integration registers this module twice on purpose (as a frontend
// extra module and as a dashboard resource) under the same URL, so the
// browser loads it once; the guards below keep a second copy under another
// URL (an old version still cached) from failing.
import { NuisanceCallsCard } from "./card";
import { CARD_TYPE } from "./config";
import { define } from "./elements/dom";
import { localizer, pageLanguage } from "./localize";

interface CustomCardEntry {
  type: string;
  name: string;
  description?: string;
  preview?: boolean;
  documentationURL?: string;
}

declare global {
  interface Window {
    customCards?: CustomCardEntry[];
  }
  interface HTMLElementTagNameMap {
    "nuisance-calls-card": NuisanceCallsCard;
  }
}

if (!customElements.get(CARD_TYPE)) {
  define(CARD_TYPE, NuisanceCallsCard);
  const version = new URL(import.meta.url).searchParams.get("v") ?? "dev";
  console.info(`nuisance-calls-card ${version}`);
}

window.customCards = window.customCards ?? [];
if (!window.customCards.some((card) => card.type === CARD_TYPE)) {
  // Name and description in the language of the moment the picker reads
  // them: this module runs before HA has set the user's language.
  window.customCards.push({
    type: CARD_TYPE,
    get name() {
      return localizer(pageLanguage())("title");
    },
    get description() {
      return localizer(pageLanguage())("description");
    },
    preview: true,
    documentationURL: "https://github.com/nuisance-calls/nuisance_calls#the-card",
  });
}
