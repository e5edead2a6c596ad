// The card's own texts, one JSON file per language in translations/ (the same
// keys in each), chosen by hass.locale.language. Tag texts are not here: they
// are the integration's backend translations (tags.ts).

import de from "./translations/de.json";
import en from "./translations/en.json";
import it from "./translations/it.json";

export type TextKey = keyof typeof en;
type Texts = Record<TextKey, string>;

// Typed as Texts: a key missing in a language fails `npm run typecheck`.
const TEXTS: Record<string, Texts> = { en, de, it };

export type Localize = (key: TextKey, values?: Record<string, string | number>) => string;

/** The language the texts are in: "de-CH" reads as "de"; unknown ones as English. */
export function textLanguage(language: string | undefined): string {
  const base = (language ?? "en").toLowerCase().split(/[-_]/)[0];
  return base in TEXTS ? base : "en";
}

interface HassElement extends Element {
  hass?: { locale?: { language?: string }; language?: string };
}

/** The user's language when no hass object is at hand: the page's <home-assistant>'s, else <html lang>. */
export function pageLanguage(): string {
  const hass = document.querySelector<HassElement>("home-assistant")?.hass;
  return (
    hass?.locale?.language || hass?.language || document.documentElement.lang || navigator.language || "en"
  );
}

/** Texts in a language; `{name}` placeholders filled from `values`. */
export function localizer(language: string | undefined): Localize {
  const texts = TEXTS[textLanguage(language)];
  return (key, values) => {
    let text: string = texts[key] ?? en[key] ?? key;
    if (values) {
      for (const [name, value] of Object.entries(values)) {
        text = text.split(`{${name}}`).join(String(value));
      }
    }
    return text;
  };
}

/** "{n} call" / "{n} calls" with the language's plural rules. */
export function plural(
  localize: Localize,
  language: string,
  stem: "calls" | "numbers",
  n: number,
): string {
  const rule = new Intl.PluralRules(language).select(n) === "one" ? "one" : "other";
  return localize(`${stem}.${rule}` as TextKey, { n: n.toLocaleString(language) });
}
