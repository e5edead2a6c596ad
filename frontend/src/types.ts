// The parts of Home Assistant's frontend objects the card uses, and the
// integration's websocket API (custom_components/nuisance_calls/websocket_api.py).

import type { Localize } from "./localize";

export type Verdict = "nuisance" | "unknown" | "allowed";
export type SortKey = "count" | "last_seen" | "label" | "number" | "missed";
/** Counts and ranks over: all time, this year, the last 30 or 7 days. */
export type Period = "all" | "year" | "30d" | "7d";
export type Filter = Verdict | "all" | "labels";

export interface ListEntry {
  action: "flag" | "allow";
  tags: string[];
  label: string | null;
  added?: string | null;
  /** The HA user who put it on the list from the card (absent: an action, or unknown). */
  by_user?: string;
  by_name?: string;
}

export interface Caller {
  number: string;
  formatted_number: string;
  label: string | null;
  verdict: Verdict;
  tags: string[];
  sources: string[];
  score: number | null;
  count: number;
  answered: number;
  missed: number;
  /** Calls the integration's phone answered and ended (0 for an older server). */
  stopped?: number;
  first_seen: string | null;
  last_seen: string | null;
  lines: string[];
  last_line: string | null;
  list_entry: ListEntry | null;
}

export interface Line {
  entry_id: string;
  title: string;
}

export interface CallersResult {
  total: number;
  offset: number;
  callers: Caller[];
  lines: Line[];
}

export interface LabelSummary {
  label: string;
  verdict: Verdict;
  callers: number;
  count: number;
  calls_since: number;
  last_seen: string | null;
  numbers: string[];
}

export interface LabelsResult {
  since: string;
  /** Companies matching (older servers: absent). */
  total?: number;
  offset?: number;
  labels: LabelSummary[];
}

/** A group ranking's time range (group.py's PERIOD_DAYS: a share counts 30, 90 and 365 days). */
export type GroupPeriod = "all" | "year" | "90_days" | "30_days";
/** What a group ranking is ordered by. */
export type GroupSort = "calls" | "households" | "company";

/** A company's calls to the whole group (you and the friends whose shares carry a tally). */
export interface GroupCompany {
  company: string;
  key: string;
  calls: number;
  /** Households it called. */
  households: number;
  /** Calls per household by name; you are "" (a household it never called: absent). */
  by_household: Record<string, number>;
  numbers: number;
}

export interface GroupResult {
  households: number;
  /** The households' names, you ("") first (older servers: absent). */
  members?: string[];
  total: number;
  offset?: number;
  companies: GroupCompany[];
}

/** Where an unknown caller's number is from and what kind of line it is: a hint, never a verdict. */
export interface CallerHint {
  /** A place or a country ("" when unknown). */
  where: string;
  /** "fixed_line", "mobile", "premium_rate", ..., "invalid" or "unknown". */
  kind: string;
}

/** Today's calls over every line. */
export interface Today {
  calls: number;
  nuisance: number;
  stopped: number;
}

export interface CallersChanged {
  callers: Caller[];
  removed: string[];
  reset: boolean;
  /** The change came from calls (not from a list): `today` is then sent too. */
  calls?: boolean;
  today?: Today;
}

export interface Day extends Today {
  /** Local date, ISO. */
  date: string;
}

export interface DailyResult {
  days: Day[];
}

export interface CallRecord {
  id: number;
  time: string;
  line: string;
  entry_id: string;
  outcome: "ringing" | "answered" | "missed" | "stopped";
  duration: number | null;
  verdict: string;
  label: string;
  tags: string[];
  backfilled: boolean;
  /** The household's note on this call ("" for none; absent from an older server). */
  note?: string;
}

export interface CallerDetail extends Caller {
  /** The household's note on this caller ("" for none; absent from an older server). */
  note?: string;
  calls: CallRecord[];
  /** For an unknown caller (older servers, judged callers: absent or null). */
  hint?: CallerHint | null;
  lines_known?: Line[];
}

export interface ExportResult {
  csv: string;
  calls: number;
}

export interface CallersQuery {
  sort: SortKey;
  descending: boolean;
  verdict?: Verdict;
  tag?: string;
  line?: string;
  search?: string;
  period?: Period;
  offset?: number;
  limit: number;
}

/** The tags a person flags with, and every tag the integration gives. */
export interface TagsResult {
  flag: string[];
  known: string[];
}

export type Unsubscribe = () => Promise<void> | void;

export interface Connection {
  sendMessagePromise<T>(message: Record<string, unknown>): Promise<T>;
  subscribeMessage<T>(
    callback: (message: T) => void,
    message: Record<string, unknown>,
    options?: { resubscribe?: boolean },
  ): Promise<Unsubscribe>;
  addEventListener(event: "ready" | "disconnected", listener: () => void): void;
  removeEventListener(event: "ready" | "disconnected", listener: () => void): void;
}

/** HA's texts: "" for a key it has no text for (or has not loaded yet). */
export type HaLocalize = (key: string, values?: Record<string, unknown>) => string;

export interface HassEntityState {
  state: string;
  attributes: Record<string, unknown>;
}

export interface HomeAssistant {
  connection: Connection;
  states?: Record<string, HassEntityState>;
  entities?: Record<string, { platform?: string; translation_key?: string }>;
  callService(
    domain: string,
    service: string,
    data?: Record<string, unknown>,
  ): Promise<unknown>;
  localize: HaLocalize;
  /** Loads an integration's backend texts into localize; resolves to the new localize. */
  loadBackendTranslation(category: string, integration?: string): Promise<HaLocalize>;
  language: string;
  locale?: { language: string };
  themes?: { darkMode?: boolean };
  config?: { time_zone?: string };
  user?: { id: string; name?: string; is_admin: boolean };
}

export interface CardConfig {
  type: string;
  title?: string;
  filter?: Filter;
  sort?: SortKey;
  max_rows?: number;
  line?: string;
  /** The chart of calls per day at the top (default: shown). */
  show_chart?: boolean;
  /** Glanceable: today's counts, a call ringing now, the top callers (no tools). */
  compact?: boolean;
}

/** What the card's parts render with; the card makes a new one per render. */
export interface View {
  localize: Localize;
  language: string;
  /** The clock relative times ("5 minutes ago") are counted from. */
  now: number;
  timeZone?: string;
  lines: Line[];
  /** A tag's text: the integration's translation, else the word as it is. */
  tagText: (tag: string) => string;
  /** The tags a person flags with (from the integration). */
  flagTags: string[];
  /** Changes when the tags' texts do (tagText stays the same function). */
  textsRevision: number;
  /** The signed-in user may change the household's lists (an admin). */
  canChange: boolean;
  /** The signed-in user's id (to say "you"). */
  userId?: string;
  /** A preview (card picker, editor): nothing can be done from it. */
  preview: boolean;
}
