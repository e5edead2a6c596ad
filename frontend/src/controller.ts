// The callers the card shows, kept live: the query (tab, sort, search, line,
// how many rows), the rows and totals the server sent, the subscription to
// pushed changes and merging them in (rows.ts), and the connection's life
// (subscribe again when it comes back, unsubscribe when the card goes).

import type { ReactiveController, ReactiveControllerHost } from "lit";

import { DEFAULT_ROWS, MAX_ROWS } from "./config";
import { errorText, fetchCallers, fetchLabels, isUnknownCommand, subscribeCallers } from "./api";
import { defaultDescending, mergeChange, type RowQuery } from "./rows";
import type {
  Caller,
  CallersChanged,
  CardConfig,
  Connection,
  Filter,
  LabelSummary,
  Line,
  SortKey,
  Unsubscribe,
} from "./types";

const SEARCH_DELAY_MS = 250;
const QUIET_REFETCH_MS = 1000;
const FLASH_MS = 1600;
const TICK_MS = 30_000;

/** A change of the query from the toolbar. */
export interface QueryChange {
  search?: string;
  /** Fetch now, not after the typing pause (clearing the search). */
  immediate?: boolean;
  sort?: SortKey;
  descending?: boolean;
  /** Present with undefined: all lines. */
  line?: string;
}

export interface LoadError {
  /** The integration is not set up (its commands are unknown). */
  notSetUp: boolean;
  message: string;
}

export class CallersController implements ReactiveController {
  // The query.
  filter: Filter = "all";
  sort: SortKey = "count";
  descending = true;
  line?: string;
  search = "";
  limit = DEFAULT_ROWS;
  // What the server sent (and pushed since).
  callers: Caller[] = [];
  total = 0;
  lines: Line[] = [];
  labels: LabelSummary[] = [];
  since?: string;
  loaded = false;
  error?: LoadError;
  /** Rows a pushed change just touched (highlighted for a moment). */
  flash: ReadonlySet<string> = new Set();
  now = Date.now();

  private readonly host: ReactiveControllerHost & HTMLElement;
  private pageSize = DEFAULT_ROWS;
  private configured = false;
  /** The hass object's connection. */
  private connection?: Connection;
  /** The connection while the card is on the page (listening, subscribed). */
  private live?: Connection;
  private subscription?: Promise<Unsubscribe | undefined>;
  private request = 0;
  private timers = new Map<string, number>();
  private tick?: number;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  // --- configuration and connection ------------------------------------------

  /** The card's configuration: the query starts over from it. */
  configure(config: CardConfig): void {
    this.configured = true;
    this.filter = config.filter ?? "all";
    this.sort = config.sort ?? "count";
    this.descending = defaultDescending(this.sort);
    this.line = config.line || undefined;
    this.pageSize = config.max_rows ?? DEFAULT_ROWS;
    this.limit = this.pageSize;
    this.host.requestUpdate();
    void this.refresh();
  }

  /** The hass object's connection; another one (a new login) starts over. */
  setConnection(connection: Connection): void {
    if (connection !== this.connection) {
      this.stop();
      this.connection = connection;
      this.start();
    }
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private start(): void {
    const connection = this.connection;
    if (!connection || !this.host.isConnected || this.live) {
      return;
    }
    this.live = connection;
    this.subscribe(connection);
    connection.addEventListener("ready", this.onReady);
    connection.addEventListener("disconnected", this.onDisconnected);
    this.tick = window.setInterval(() => {
      this.now = Date.now();
      this.host.requestUpdate();
    }, TICK_MS);
    void this.refresh();
  }

  private stop(): void {
    const live = this.live;
    if (!live) {
      return;
    }
    this.live = undefined;
    const subscription = this.subscription;
    this.subscription = undefined;
    void subscription
      ?.then((unsubscribe) => unsubscribe?.())
      // The connection may already be gone; nothing is left to undo then.
      .catch(() => undefined);
    live.removeEventListener("ready", this.onReady);
    live.removeEventListener("disconnected", this.onDisconnected);
    window.clearInterval(this.tick);
    for (const timer of this.timers.values()) {
      window.clearTimeout(timer);
    }
    this.timers.clear();
  }

  private subscribe(connection: Connection): void {
    const subscription: Promise<Unsubscribe | undefined> = subscribeCallers(connection, (change) => {
      if (this.subscription === subscription) {
        this.onChange(change);
      }
    }).then(
      (unsubscribe) => {
        if (this.subscription === subscription) {
          return unsubscribe;
        }
        // Replaced while it was on its way (sent when the connection came
        // back, with a new one after it): not needed.
        void Promise.resolve(unsubscribe()).catch(() => undefined);
        return undefined;
      },
      (err: unknown) => {
        if (this.subscription === subscription) {
          this.showLoadError(err);
        }
        return undefined;
      },
    );
    this.subscription = subscription;
  }

  /** The websocket closed: the server forgot the subscription with it. */
  private onDisconnected = (): void => {
    this.subscription = undefined;
  };

  /** The websocket is back: subscribe again, and fetch what changed meanwhile. */
  private onReady = (): void => {
    if (this.live) {
      this.subscribe(this.live);
      void this.refresh();
    }
  };

  private later(name: string, delay: number, fn: () => void): void {
    window.clearTimeout(this.timers.get(name));
    this.timers.set(
      name,
      window.setTimeout(() => {
        this.timers.delete(name);
        fn();
      }, delay),
    );
  }

  // --- the query --------------------------------------------------------------

  selectTab(filter: Filter): void {
    if (filter === this.filter) {
      return;
    }
    this.filter = filter;
    this.limit = this.pageSize;
    this.host.requestUpdate();
    void this.refresh();
  }

  changeQuery(change: QueryChange): void {
    if (change.search !== undefined) {
      this.search = change.search;
    }
    if (change.sort !== undefined) {
      this.sort = change.sort;
      this.descending = defaultDescending(change.sort);
    }
    if (change.descending !== undefined) {
      this.descending = change.descending;
    }
    if ("line" in change) {
      this.line = change.line || undefined;
    }
    this.host.requestUpdate();
    if (change.search !== undefined && !change.immediate) {
      this.later("search", SEARCH_DELAY_MS, () => void this.refresh());
    } else {
      void this.refresh();
    }
  }

  showMore(): void {
    this.limit = Math.min(this.limit + this.pageSize, MAX_ROWS);
    void this.refresh();
  }

  /** A company's callers: every caller, searched for its name. */
  showLabel(label: string): void {
    this.search = label;
    this.selectTab("all");
  }

  /** More rows than shown match, and more may be asked for. */
  get hasMore(): boolean {
    return this.total > this.callers.length && this.limit < MAX_ROWS;
  }

  private get rowQuery(): RowQuery {
    return {
      sort: this.sort,
      descending: this.descending,
      verdict: this.filter === "all" || this.filter === "labels" ? undefined : this.filter,
      line: this.line,
      search: this.search.trim() || undefined,
    };
  }

  // --- data -------------------------------------------------------------------

  async refresh(): Promise<void> {
    const connection = this.live;
    if (!connection || !this.configured) {
      return;
    }
    const request = ++this.request;
    const limit = Math.min(this.limit, MAX_ROWS);
    try {
      if (this.filter === "labels") {
        const result = await fetchLabels(connection, limit);
        if (request !== this.request) {
          return;
        }
        this.labels = result.labels;
        this.since = result.since;
      } else {
        const result = await fetchCallers(connection, { ...this.rowQuery, limit });
        if (request !== this.request) {
          return;
        }
        this.callers = result.callers;
        this.total = result.total;
        this.lines = result.lines ?? [];
      }
      this.loaded = true;
      this.error = undefined;
    } catch (err) {
      if (request === this.request) {
        this.showLoadError(err);
      }
    }
    this.host.requestUpdate();
  }

  private showLoadError(err: unknown): void {
    this.error = { notSetUp: isUnknownCommand(err), message: errorText(err) };
    this.loaded = true;
    this.host.requestUpdate();
  }

  private onChange(change: CallersChanged): void {
    if (change.reset || this.filter === "labels") {
      // A whole list changed, or the per-label sums moved: fetch anew (once
      // for a burst of changes).
      this.later("refresh", change.reset ? 0 : QUIET_REFETCH_MS, () => void this.refresh());
      return;
    }
    const merged = mergeChange(this.callers, this.total, change, this.rowQuery, this.limit);
    this.callers = merged.rows;
    this.total = merged.total;
    if (merged.touched.length) {
      this.flash = new Set([...this.flash, ...merged.touched]);
      this.later("flash", FLASH_MS, () => {
        this.flash = new Set();
        this.host.requestUpdate();
      });
    }
    if (!merged.exact) {
      this.later("refresh", QUIET_REFETCH_MS, () => void this.refresh());
    }
    this.host.requestUpdate();
  }
}
