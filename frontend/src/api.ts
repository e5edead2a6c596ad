// Every call the card makes to Home Assistant, typed: the integration's
// websocket commands (websocket_api.py) and its actions (services.yaml).
// Nothing else in the card talks to the server.

import type {
  CallerDetail,
  CallersChanged,
  CallersQuery,
  CallersResult,
  Connection,
  DailyResult,
  ExportResult,
  GroupPeriod,
  GroupResult,
  GroupSort,
  HaLocalize,
  HomeAssistant,
  LabelsResult,
  TagsResult,
  Unsubscribe,
} from "./types";

const DOMAIN = "nuisance_calls";

// --- websocket commands -------------------------------------------------------

/** One page of callers, filtered and sorted by the server. */
export function fetchCallers(connection: Connection, query: CallersQuery): Promise<CallersResult> {
  const message: Record<string, unknown> = {
    type: `${DOMAIN}/callers`,
    sort: query.sort,
    descending: query.descending,
    limit: query.limit,
  };
  for (const key of ["verdict", "tag", "line", "search", "offset"] as const) {
    if (query[key]) {
      message[key] = query[key];
    }
  }
  if (query.period && query.period !== "all") {
    message.period = query.period;
  }
  return connection.sendMessagePromise<CallersResult>(message);
}

/** Callers grouped by their name or company, with calls this month: one page, searched. */
export function fetchLabels(
  connection: Connection,
  { limit, offset, search }: { limit: number; offset: number; search?: string },
): Promise<LabelsResult> {
  return connection.sendMessagePromise<LabelsResult>({
    type: `${DOMAIN}/labels`,
    limit,
    ...(offset ? { offset } : {}),
    ...(search ? { search } : {}),
  });
}

/** Companies by calls to the whole group (you and friends who share their tally): one page. */
export function fetchGroupCompanies(
  connection: Connection,
  query: {
    period: GroupPeriod;
    sort: GroupSort;
    descending: boolean;
    limit: number;
    offset: number;
    search?: string;
  },
): Promise<GroupResult> {
  const { search, offset, ...rest } = query;
  return connection.sendMessagePromise<GroupResult>({
    type: `${DOMAIN}/group_companies`,
    ...rest,
    ...(offset ? { offset } : {}),
    ...(search ? { search: search.slice(0, 100) } : {}),
  });
}

/** Calls per day (all, nuisance, stopped) of the last `days` days. */
export function fetchDaily(connection: Connection, days: number): Promise<DailyResult> {
  return connection.sendMessagePromise<DailyResult>({ type: `${DOMAIN}/daily`, days });
}

/** One caller with every recorded call (newest first). */
export function fetchCaller(connection: Connection, number: string): Promise<CallerDetail> {
  return connection.sendMessagePromise<CallerDetail>({ type: `${DOMAIN}/caller`, number });
}

/** The calls (of one caller, or all) as CSV text, for a download. */
export function exportCalls(connection: Connection, number?: string): Promise<ExportResult> {
  return connection.sendMessagePromise<ExportResult>({
    type: `${DOMAIN}/export_calls`,
    ...(number ? { number } : {}),
  });
}

/** The tags to flag with, and every tag the integration gives. */
export function fetchTags(connection: Connection): Promise<TagsResult> {
  return connection.sendMessagePromise<TagsResult>({ type: `${DOMAIN}/tags` });
}

/**
 * Pushed changes of callers. Not re-established by the websocket library
 * after a reconnect: the caller subscribes again itself (see controller.ts).
 */
export function subscribeCallers(
  connection: Connection,
  callback: (change: CallersChanged) => void,
): Promise<Unsubscribe> {
  return connection.subscribeMessage<CallersChanged>(
    callback,
    { type: `${DOMAIN}/subscribe` },
    { resubscribe: false },
  );
}

/** The integration's backend texts (tags are `selector.tag.options.<tag>`). */
export function loadSelectorTexts(hass: HomeAssistant): Promise<HaLocalize> {
  return hass.loadBackendTranslation("selector", DOMAIN);
}

export const tagTextKey = (tag: string): string =>
  `component.${DOMAIN}.selector.tag.options.${tag}`;

// --- actions (admins only; the server records who flagged) ----------------

export interface FlagOptions {
  /** Left out: the integration's default tag. */
  tag?: string;
  label?: string;
}

export function flagNumber(
  hass: HomeAssistant,
  number: string,
  { tag, label }: FlagOptions = {},
): Promise<unknown> {
  return hass.connection.sendMessagePromise({
    type: `${DOMAIN}/flag`,
    number,
    ...(tag ? { tag } : {}),
    ...(label ? { label } : {}),
  });
}

export function allowNumber(hass: HomeAssistant, number: string): Promise<unknown> {
  return hass.connection.sendMessagePromise({ type: `${DOMAIN}/allow`, number });
}

export function unflagNumber(hass: HomeAssistant, number: string): Promise<unknown> {
  return hass.connection.sendMessagePromise({ type: `${DOMAIN}/unflag`, number });
}

export function resetCaller(hass: HomeAssistant, number: string): Promise<unknown> {
  return hass.connection.sendMessagePromise({ type: `${DOMAIN}/reset`, number });
}

/**
 * The note on a caller, or (with `call`: its id in the call log) on one of
 * its calls; "" clears it. A note that is too long or holds a character no
 * note may is refused with the integration's translated error.
 */
export function setNote(
  hass: HomeAssistant,
  number: string,
  note: string,
  call?: number,
): Promise<unknown> {
  return hass.connection.sendMessagePromise({
    type: `${DOMAIN}/set_note`,
    number,
    note,
    ...(call !== undefined ? { call } : {}),
  });
}

/** A text file the browser downloads (no file under config/). */
export function download(filename: string, text: string, type = "text/csv"): void {
  // A BOM: spreadsheets then read the CSV as UTF-8.
  const blob = new Blob(["\ufeff", text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// --- errors ------------------------------------------------------------------

interface ServiceError {
  message?: string;
  code?: string;
}

/** The message of a failed call (HA's errors are objects, not Errors). */
export function errorText(err: unknown): string {
  if (err && typeof err === "object" && "message" in err) {
    return String((err as ServiceError).message);
  }
  return String(err);
}

/** The integration is not loaded: its commands are unknown. */
export const isUnknownCommand = (err: unknown): boolean =>
  (err as ServiceError | undefined)?.code === "unknown_command";
