// The callers the card shows, kept live: the query (tab, sort, search, line,
// how many rows), the rows and totals the server sent, the subscription to
// pushed changes and merging them in (rows.ts), and the connection's life
// (subscribe again when it comes back, unsubscribe when the card goes).

import type { ReactiveController, ReactiveControllerHost } from "lit";

import { DEFAULT_ROWS, MAX_ROWS } from "./config";
import {
  errorText,
  fetchCallers,
  fetchDaily,
  fetchGroupCompanies,
  fetchLabels,
  isUnknownCommand,
  subscribeCallers,
} from "./api";
import { defaultDescending, mergeChange, type RowQuery } from "./rows";
import type {
  Caller,
  CallersChanged,
  CardConfig,
  Connection,
  Day,
  Filter,
  GroupPeriod,
  GroupResult,
  GroupSort,
  LabelSummary,
  Line,
  Period,
  SortKey,
  Today,
  Unsubscribe,
} from "./types";

/** Days in the chart of calls per day. */
export const CHART_DAYS = 30;

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
  period?: Period;
  /** Present with undefined: every tag. */
  tag?: string;
  /** The group's ranking (the Companies tab of a group). */
  groupSort?: GroupSort;
  groupDescending?: boolean;
  groupPeriod?: GroupPeriod;
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
  period: Period = "all";
  tag?: string;
  /** The Companies tab of a group: its ranking's order and time range. */
  groupSort: GroupSort = "calls";
  groupDescending = true;
  groupPeriod: GroupPeriod = "all";
  /** Rows per page. */
  limit = DEFAULT_ROWS;
  /** The first row shown (paging). */
  offset = 0;
  // What the server sent (and pushed since).
  callers: Caller[] = [];
  total = 0;
  lines: Line[] = [];
  labels: LabelSummary[] = [];
  labelsTotal = 0;
  since?: string;
  /**
   * The Companies tab when friends share their tally (more than one
   * household): the group's ranking instead of this household's labels.
   */
  group?: GroupResult;
  /** The time range the shown group ranking covers (the chosen one may still load). */
  groupShownPeriod: GroupPeriod = "all";
  /** Calls per day for the chart (oldest first); empty until loaded. */
  days: Day[] = [];
  /** A fetch for the current query is under way (the rows shown are an older query's). */
  loading = true;
  /** The search the shown rows were found with (an empty message names it). */
  shownSearch = "";
  /** The view the shown rows belong to ("labels" or not): no message of the other flashes. */
  shownFilter?: Filter;
  loaded = false;
  error?: LoadError;
  /** Whether the chart is wanted (the config's show_chart). */
  chart = true;
  /** A caller with a new call in the last push (announced to screen readers). */
  announce = "";
  /** Told the numbers of every push (the card refreshes an open caller's page). */
  onPush?: (numbers: string[]) => void;
  /** Rows a pushed change just touched (highlighted for a moment). */
  flash: ReadonlySet<string> = new Set();
  now = Date.now();

  private readonly host: ReactiveControllerHost & HTMLElement;
  private configured = false;
  /** Callers counted into the total since the last fetch (see rows.ts). */
  private counted = new Set<string>();
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
    this.limit = config.max_rows ?? DEFAULT_ROWS;
    this.offset = 0;
    this.chart = config.show_chart !== false;
    this.host.requestUpdate();
    void this.refresh();
    void this.refreshDaily();
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
    void this.refreshDaily();
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
      void this.refreshDaily();
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
    this.offset = 0;
    this.loading = true;
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
    if (change.period !== undefined) {
      this.period = change.period;
    }
    if ("tag" in change) {
      this.tag = change.tag || undefined;
    }
    if (change.groupSort !== undefined) {
      this.groupSort = change.groupSort;
      this.groupDescending = change.groupSort !== "company";
    }
    if (change.groupDescending !== undefined) {
      this.groupDescending = change.groupDescending;
    }
    if (change.groupPeriod !== undefined) {
      this.groupPeriod = change.groupPeriod;
    }
    this.offset = 0;
    this.loading = true;
    this.host.requestUpdate();
    if (change.search !== undefined && !change.immediate) {
      this.later("search", SEARCH_DELAY_MS, () => void this.refresh());
    } else {
      void this.refresh();
    }
  }

  /** Another page: -1 back, +1 on. */
  turnPage(step: number): void {
    const total = this.filter === "labels" ? this.labelsTotal : this.total;
    const offset = Math.max(0, this.offset + step * this.limit);
    if (offset === this.offset || offset >= total) {
      return;
    }
    this.offset = offset;
    this.loading = true;
    this.host.requestUpdate();
    void this.refresh();
  }

  /** A company's callers: every caller, searched for its name. */
  showLabel(label: string): void {
    this.search = label;
    this.selectTab("all");
  }

  /** Companies on the page: the group's, or this household's labels. */
  get companiesShown(): number {
    return this.group ? this.group.companies.length : this.labels.length;
  }

  /** Rows after this page. */
  get hasNext(): boolean {
    const total = this.filter === "labels" ? this.labelsTotal : this.total;
    return this.offset + this.limit < total;
  }

  private get rowQuery(): RowQuery {
    return {
      sort: this.sort,
      descending: this.descending,
      verdict: this.filter === "all" || this.filter === "labels" ? undefined : this.filter,
      tag: this.tag,
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
    const search = this.search.trim();
    const filter = this.filter;
    const groupPeriod = this.groupPeriod;
    try {
      if (filter === "labels") {
        const group = await this.fetchGroup(connection, limit, search);
        if (request !== this.request) {
          return;
        }
        this.group = group;
        if (group) {
          this.labelsTotal = group.total;
          this.groupShownPeriod = groupPeriod;
        } else {
          const result = await fetchLabels(connection, {
            limit,
            offset: this.offset,
            search: search || undefined,
          });
          if (request !== this.request) {
            return;
          }
          this.labels = result.labels;
          this.labelsTotal = result.total ?? result.labels.length;
          this.since = result.since;
        }
      } else {
        const result = await fetchCallers(connection, {
          ...this.rowQuery,
          period: this.period,
          offset: this.offset,
          limit,
        });
        if (request !== this.request) {
          return;
        }
        this.callers = result.callers;
        this.total = result.total;
        this.lines = result.lines ?? [];
        this.counted = new Set();
      }
      this.shownSearch = search;
      this.shownFilter = filter;
      this.loaded = true;
      this.loading = false;
      this.error = undefined;
    } catch (err) {
      if (request === this.request) {
        this.showLoadError(err);
      }
    }
    this.host.requestUpdate();
  }

  /** The group's ranking; undefined with this household alone (or an older server). */
  private async fetchGroup(
    connection: Connection,
    limit: number,
    search: string,
  ): Promise<GroupResult | undefined> {
    try {
      const result = await fetchGroupCompanies(connection, {
        period: this.groupPeriod,
        sort: this.groupSort,
        descending: this.groupDescending,
        limit,
        offset: this.offset,
        search: search || undefined,
      });
      return result.households > 1 ? result : undefined;
    } catch (err) {
      if (isUnknownCommand(err)) {
        return undefined;
      }
      throw err;
    }
  }

  /** The chart's calls per day (an older server without them: no chart). */
  async refreshDaily(): Promise<void> {
    const connection = this.live;
    if (!connection || !this.configured || !this.chart) {
      return;
    }
    try {
      this.days = (await fetchDaily(connection, CHART_DAYS)).days;
    } catch {
      this.days = [];
    }
    this.host.requestUpdate();
  }

  /** Today's totals pushed with a call: the chart's last bar follows. */
  private updateToday(today: Today): void {
    const last = this.days[this.days.length - 1];
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(
      now.getDate(),
    ).padStart(2, "0")}`;
    if (!last || last.date !== iso) {
      // A new day began (or the browser's day is not the server's): ask once.
      this.later("daily", QUIET_REFETCH_MS, () => void this.refreshDaily());
      return;
    }
    this.days = [...this.days.slice(0, -1), { date: last.date, ...today }];
  }

  private showLoadError(err: unknown): void {
    this.error = { notSetUp: isUnknownCommand(err), message: errorText(err) };
    this.loaded = true;
    this.host.requestUpdate();
  }

  private onChange(change: CallersChanged): void {
    this.onPush?.([...(change.callers ?? []).map((caller) => caller.number), ...(change.removed ?? [])]);
    if (change.today && this.days.length) {
      this.updateToday(change.today);
    }
    if (change.calls && change.callers?.length) {
      const caller = change.callers[0];
      this.announce = `${caller.label || caller.formatted_number}: ${caller.count}`;
    }
    if (change.reset || this.filter === "labels" || this.period !== "all") {
      // A whole list changed, or the per-label sums or a time range's counts
      // moved: fetch anew (once for a burst of changes).
      this.later("refresh", change.reset ? 0 : QUIET_REFETCH_MS, () => void this.refresh());
      if (change.reset) {
        this.later("daily", QUIET_REFETCH_MS, () => void this.refreshDaily());
      }
      this.host.requestUpdate();
      return;
    }
    const merged = mergeChange(this.callers, this.total, change, this.rowQuery, {
      offset: this.offset,
      limit: Math.min(this.limit, MAX_ROWS),
      counted: this.counted,
    });
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
