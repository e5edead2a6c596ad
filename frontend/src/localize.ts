// Texts in English, German and Italian, chosen by hass.locale.language.

const en = {
  title: "Nuisance calls",
  description: "Every caller with their tally: flag, allow or reset with one tap.",
  "tab.nuisance": "Nuisance",
  "tab.unknown": "Unknown",
  "tab.allowed": "Allowed",
  "tab.all": "All",
  "tab.labels": "Companies",
  search: "Search number or name",
  "search.clear": "Clear search",
  "sort.by": "Sort by",
  "sort.count": "Most calls",
  "sort.last_seen": "Latest call",
  "sort.label": "Name",
  "sort.number": "Number",
  "sort.ascending": "Ascending",
  "sort.descending": "Descending",
  "line.all": "All lines",
  "calls.one": "{n} call",
  "calls.other": "{n} calls",
  answered: "{n} answered",
  missed: "{n} missed",
  never: "never",
  "action.flag": "Flag",
  "action.allow": "Allow",
  "action.unflag": "Remove from my list",
  "action.reset": "Reset tally",
  "action.reset_confirm": "Reset?",
  "flag.as": "Flag as",
  "flag.label": "Name or company (optional)",
  cancel: "Cancel",
  "empty.callers": "No callers yet.",
  "empty.search": "No caller matches “{search}”.",
  "empty.labels": "No caller has a name or company yet.",
  "show.more": "Show more",
  showing: "{shown} of {total}",
  "error.load": "Could not load the callers: {message}",
  "error.not_set_up": "The Nuisance Calls integration is not set up or not loaded yet.",
  "error.action": "{action} failed: {message}",
  "verdict.nuisance": "Nuisance",
  "verdict.unknown": "Unknown",
  "verdict.allowed": "Allowed",
  anonymous: "Withheld number",
  "numbers.one": "{n} number",
  "numbers.other": "{n} numbers",
  "labels.since": "since {date}",
  "labels.total": "{n} in total",
  "labels.show": "Show these callers",
  score: "score {score}",
  "last.call": "Last call",
  "on.list.flag": "Flagged by you",
  "on.list.allow": "Allowed by you",
  "tag.nuisance": "nuisance",
  "tag.telemarketing": "telemarketing",
  "tag.scam": "scam",
  "tag.robocall": "robocall",
  "tag.charity": "charity",
  "tag.survey": "survey",
  "tag.repeat": "repeat",
  "tag.withheld": "withheld",
  "tag.abroad": "abroad",
  "editor.title": "Title",
  "editor.filter": "Show",
  "editor.sort": "Sort by",
  "editor.max_rows": "Rows per page",
  "editor.line": "Line",
  "editor.line.helper": "Only callers on this line; empty for all lines.",
};

type Key = keyof typeof en;
type Texts = Record<Key, string>;

const de: Texts = {
  title: "Störanrufe",
  description: "Jeder Anrufer mit seiner Zählung: mit einem Tipp markieren, erlauben oder zurücksetzen.",
  "tab.nuisance": "Störer",
  "tab.unknown": "Unbekannt",
  "tab.allowed": "Erlaubt",
  "tab.all": "Alle",
  "tab.labels": "Firmen",
  search: "Nummer oder Name suchen",
  "search.clear": "Suche leeren",
  "sort.by": "Sortieren nach",
  "sort.count": "Meiste Anrufe",
  "sort.last_seen": "Letzter Anruf",
  "sort.label": "Name",
  "sort.number": "Nummer",
  "sort.ascending": "Aufsteigend",
  "sort.descending": "Absteigend",
  "line.all": "Alle Leitungen",
  "calls.one": "{n} Anruf",
  "calls.other": "{n} Anrufe",
  answered: "{n} angenommen",
  missed: "{n} verpasst",
  never: "nie",
  "action.flag": "Als Störer markieren",
  "action.allow": "Erlauben",
  "action.unflag": "Von meiner Liste nehmen",
  "action.reset": "Zählung zurücksetzen",
  "action.reset_confirm": "Zurücksetzen?",
  "flag.as": "Markieren als",
  "flag.label": "Name oder Firma (optional)",
  cancel: "Abbrechen",
  "empty.callers": "Noch keine Anrufer.",
  "empty.search": "Kein Anrufer passt zu „{search}“.",
  "empty.labels": "Noch kein Anrufer hat einen Namen oder eine Firma.",
  "show.more": "Mehr anzeigen",
  showing: "{shown} von {total}",
  "error.load": "Anrufer konnten nicht geladen werden: {message}",
  "error.not_set_up": "Die Integration Nuisance Calls ist nicht eingerichtet oder noch nicht geladen.",
  "error.action": "{action} fehlgeschlagen: {message}",
  "verdict.nuisance": "Störer",
  "verdict.unknown": "Unbekannt",
  "verdict.allowed": "Erlaubt",
  anonymous: "Unterdrückte Nummer",
  "numbers.one": "{n} Nummer",
  "numbers.other": "{n} Nummern",
  "labels.since": "seit {date}",
  "labels.total": "{n} insgesamt",
  "labels.show": "Diese Anrufer zeigen",
  score: "Score {score}",
  "last.call": "Letzter Anruf",
  "on.list.flag": "Von dir markiert",
  "on.list.allow": "Von dir erlaubt",
  "tag.nuisance": "Störer",
  "tag.telemarketing": "Telefonwerbung",
  "tag.scam": "Betrug",
  "tag.robocall": "Bandansage",
  "tag.charity": "Spenden",
  "tag.survey": "Umfrage",
  "tag.repeat": "wiederholt",
  "tag.withheld": "unterdrückt",
  "tag.abroad": "Ausland",
  "editor.title": "Titel",
  "editor.filter": "Anzeigen",
  "editor.sort": "Sortieren nach",
  "editor.max_rows": "Zeilen pro Seite",
  "editor.line": "Leitung",
  "editor.line.helper": "Nur Anrufer auf dieser Leitung; leer für alle Leitungen.",
};

const it: Texts = {
  title: "Chiamate moleste",
  description: "Ogni chiamante con il suo conteggio: segnala, consenti o azzera con un tocco.",
  "tab.nuisance": "Moleste",
  "tab.unknown": "Sconosciute",
  "tab.allowed": "Consentite",
  "tab.all": "Tutte",
  "tab.labels": "Aziende",
  search: "Cerca numero o nome",
  "search.clear": "Cancella ricerca",
  "sort.by": "Ordina per",
  "sort.count": "Più chiamate",
  "sort.last_seen": "Ultima chiamata",
  "sort.label": "Nome",
  "sort.number": "Numero",
  "sort.ascending": "Crescente",
  "sort.descending": "Decrescente",
  "line.all": "Tutte le linee",
  "calls.one": "{n} chiamata",
  "calls.other": "{n} chiamate",
  answered: "{n} risposte",
  missed: "{n} perse",
  never: "mai",
  "action.flag": "Segnala",
  "action.allow": "Consenti",
  "action.unflag": "Rimuovi dal mio elenco",
  "action.reset": "Azzera conteggio",
  "action.reset_confirm": "Azzerare?",
  "flag.as": "Segnala come",
  "flag.label": "Nome o azienda (facoltativo)",
  cancel: "Annulla",
  "empty.callers": "Ancora nessun chiamante.",
  "empty.search": "Nessun chiamante corrisponde a «{search}».",
  "empty.labels": "Nessun chiamante ha ancora un nome o un'azienda.",
  "show.more": "Mostra altri",
  showing: "{shown} di {total}",
  "error.load": "Impossibile caricare i chiamanti: {message}",
  "error.not_set_up": "L'integrazione Nuisance Calls non è configurata o non è ancora caricata.",
  "error.action": "{action} non riuscito: {message}",
  "verdict.nuisance": "Molesto",
  "verdict.unknown": "Sconosciuto",
  "verdict.allowed": "Consentito",
  anonymous: "Numero anonimo",
  "numbers.one": "{n} numero",
  "numbers.other": "{n} numeri",
  "labels.since": "dal {date}",
  "labels.total": "{n} in totale",
  "labels.show": "Mostra questi chiamanti",
  score: "punteggio {score}",
  "last.call": "Ultima chiamata",
  "on.list.flag": "Segnalato da te",
  "on.list.allow": "Consentito da te",
  "tag.nuisance": "molesto",
  "tag.telemarketing": "telemarketing",
  "tag.scam": "truffa",
  "tag.robocall": "chiamata automatica",
  "tag.charity": "beneficenza",
  "tag.survey": "sondaggio",
  "tag.repeat": "ripetuto",
  "tag.withheld": "anonimo",
  "tag.abroad": "estero",
  "editor.title": "Titolo",
  "editor.filter": "Mostra",
  "editor.sort": "Ordina per",
  "editor.max_rows": "Righe per pagina",
  "editor.line": "Linea",
  "editor.line.helper": "Solo i chiamanti su questa linea; vuoto per tutte le linee.",
};

const TEXTS: Record<string, Texts> = { en, de, it };

export type TextKey = Key;
export type Localize = (key: TextKey, values?: Record<string, string | number>) => string;

/** The language the texts are in: "de-CH" reads as "de"; unknown ones as English. */
export function textLanguage(language: string | undefined): string {
  const base = (language ?? "en").toLowerCase().split(/[-_]/)[0];
  return base in TEXTS ? base : "en";
}

/** The page's language when no hass object is at hand (HA sets <html lang>). */
export function pageLanguage(): string {
  return document.documentElement.lang || navigator.language || "en";
}

export function localizer(language: string | undefined): Localize {
  const texts = TEXTS[textLanguage(language)];
  return (key, values) => {
    let text = texts[key] ?? en[key] ?? key;
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

export const FLAG_TAGS = [
  "nuisance",
  "telemarketing",
  "scam",
  "robocall",
  "charity",
  "survey",
] as const;

/** A known tag in the user's language; any other word as the list wrote it. */
export function tagText(localize: Localize, tag: string): string {
  const key = `tag.${tag}` as TextKey;
  return key in en ? localize(key) : tag;
}
