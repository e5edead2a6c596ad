// The card's configuration: its keys and values, checking them, and the
// visual editor (HA's own form, from getConfigForm).

import { localizer, pageLanguage, type TextKey } from "./localize";
import type { CardConfig, Filter, SortKey } from "./types";

export const CARD_TYPE = "nuisance-calls-card";
export const FILTERS: Filter[] = ["nuisance", "unknown", "allowed", "all", "labels"];
export const SORTS: SortKey[] = ["count", "missed", "last_seen", "label", "number"];
/** Rows per page without max_rows. */
export const DEFAULT_ROWS = 10;
/** The most rows the server sends at once (also with "show more"). */
export const MAX_ROWS = 500;

/** The language the last card saw, for the editor form (a static method). */
let lastLanguage: string | undefined;
export const setEditorLanguage = (language: string): void => {
  lastLanguage = language;
};

export function validateConfig(config: CardConfig): CardConfig {
  if (!config || typeof config !== "object") {
    throw new Error("Invalid configuration");
  }
  if (config.filter !== undefined && !FILTERS.includes(config.filter)) {
    throw new Error(`filter must be one of ${FILTERS.join(", ")}`);
  }
  if (config.sort !== undefined && !SORTS.includes(config.sort)) {
    throw new Error(`sort must be one of ${SORTS.join(", ")}`);
  }
  if (
    config.max_rows !== undefined &&
    (!Number.isInteger(config.max_rows) || config.max_rows < 1 || config.max_rows > MAX_ROWS)
  ) {
    throw new Error(`max_rows must be a whole number from 1 to ${MAX_ROWS}`);
  }
  for (const key of ["show_chart", "compact"] as const) {
    if (config[key] !== undefined && typeof config[key] !== "boolean") {
      throw new Error(`${key} must be true or false`);
    }
  }
  if (config.line !== undefined && typeof config.line !== "string") {
    throw new Error("line must be a config entry id");
  }
  return config;
}

export function stubConfig(): CardConfig {
  return { type: `custom:${CARD_TYPE}`, filter: "all", sort: "count", max_rows: 5 };
}

/** The visual editor: HA's form with this schema, in the user's language. */
export function configForm() {
  const localize = localizer(lastLanguage ?? pageLanguage());
  const options = <T extends string>(values: T[], prefix: string) =>
    values.map((value) => ({ value, label: localize(`${prefix}.${value}` as TextKey) }));
  return {
    schema: [
      { name: "title", selector: { text: {} } },
      {
        type: "grid",
        name: "",
        schema: [
          {
            name: "filter",
            selector: { select: { mode: "dropdown", options: options(FILTERS, "tab") } },
          },
          {
            name: "sort",
            selector: { select: { mode: "dropdown", options: options(SORTS, "sort") } },
          },
        ],
      },
      {
        name: "max_rows",
        selector: { number: { min: 1, max: 100, step: 1, mode: "box" } },
      },
      { name: "line", selector: { config_entry: { integration: "nuisance_calls" } } },
      {
        type: "grid",
        name: "",
        schema: [
          { name: "show_chart", default: true, selector: { boolean: {} } },
          { name: "compact", default: false, selector: { boolean: {} } },
        ],
      },
    ],
    computeLabel: (schema: { name: string }) =>
      schema.name ? localize(`editor.${schema.name}` as TextKey) : undefined,
    computeHelper: (schema: { name: string }) =>
      schema.name === "line"
        ? localize("editor.line.helper")
        : schema.name === "compact"
          ? localize("editor.compact.helper")
          : undefined,
    assertConfig: (config: CardConfig) => {
      validateConfig(config);
    },
  };
}
