// Every call the card makes to Home Assistant, typed: the integration's
// websocket commands (websocket_api.py) and its actions (services.yaml).
// Nothing else in the card talks to the server.

import type {
  CallersChanged,
  CallersQuery,
  CallersResult,
  Connection,
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
  for (const key of ["verdict", "line", "search", "offset"] as const) {
    if (query[key]) {
      message[key] = query[key];
    }
  }
  return connection.sendMessagePromise<CallersResult>(message);
}

/** Callers grouped by their name or company, with calls this month. */
export function fetchLabels(connection: Connection, limit: number): Promise<LabelsResult> {
  return connection.sendMessagePromise<LabelsResult>({ type: `${DOMAIN}/labels`, limit });
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

// --- actions -----------------------------------------------------------------

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
  return hass.callService(DOMAIN, "flag_number", {
    number,
    ...(tag ? { tag } : {}),
    ...(label ? { label } : {}),
  });
}

export function allowNumber(hass: HomeAssistant, number: string): Promise<unknown> {
  return hass.callService(DOMAIN, "allow_number", { number });
}

export function unflagNumber(hass: HomeAssistant, number: string): Promise<unknown> {
  return hass.callService(DOMAIN, "unflag_number", { number });
}

export function resetCaller(hass: HomeAssistant, number: string): Promise<unknown> {
  return hass.callService(DOMAIN, "reset_caller", { number });
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
