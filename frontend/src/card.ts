import {
  mdiCheckCircle,
  mdiCheckCircleOutline,
  mdiChevronRight,
  mdiClose,
  mdiDomain,
  mdiFlag,
  mdiFlagOutline,
  mdiFlagRemoveOutline,
  mdiIncognito,
  mdiMagnify,
  mdiPhoneCancel,
  mdiPhoneCheck,
  mdiPhoneIncoming,
  mdiPhoneMissed,
  mdiPhoneOutline,
  mdiRestore,
  mdiSortAscending,
  mdiSortDescending,
} from "@mdi/js";
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from "lit";
import { state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";

import {
  allowNumber,
  errorText,
  fetchCallers,
  fetchLabels,
  flagNumber,
  isUnknownCommand,
  resetCaller,
  subscribeCallers,
  unflagNumber,
} from "./api";
import { absoluteTime, relativeTime, shortDate } from "./format";
import {
  FLAG_TAGS,
  localizer,
  pageLanguage,
  plural,
  tagText,
  type Localize,
  type TextKey,
} from "./localize";
import { defaultDescending, mergeChange, type RowQuery } from "./rows";
import { cardStyles } from "./styles";
import type {
  Caller,
  CallersChanged,
  CardConfig,
  Connection,
  Filter,
  HomeAssistant,
  LabelSummary,
  Line,
  SortKey,
  Unsubscribe,
  Verdict,
} from "./types";

export const CARD_TYPE = "nuisance-calls-card";
export const FILTERS: Filter[] = ["nuisance", "unknown", "allowed", "all", "labels"];
export const SORTS: SortKey[] = ["count", "last_seen", "label", "number"];
const DEFAULT_ROWS = 10;
const MAX_LIMIT = 500;
const ANONYMOUS = "anonymous";
const SEARCH_DELAY_MS = 250;
const QUIET_REFETCH_MS = 1000;
const FLASH_MS = 1600;
const CONFIRM_MS = 4000;
const TICK_MS = 30_000;

/** The language the last card saw, for the editor form (a static method). */
let lastLanguage: string | undefined;
export const currentLanguage = (): string => lastLanguage ?? pageLanguage();

const icon = (path: string) => svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;

const VERDICT_ICONS: Record<Verdict, string> = {
  nuisance: mdiPhoneCancel,
  allowed: mdiPhoneCheck,
  unknown: mdiPhoneOutline,
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
    (!Number.isInteger(config.max_rows) || config.max_rows < 1 || config.max_rows > MAX_LIMIT)
  ) {
    throw new Error(`max_rows must be a whole number from 1 to ${MAX_LIMIT}`);
  }
  if (config.line !== undefined && typeof config.line !== "string") {
    throw new Error("line must be a config entry id");
  }
  return config;
}

export class NuisanceCallsCard extends LitElement {
  static styles = cardStyles;

  @state() private _config?: CardConfig;
  @state() private _language = "en";
  @state() private _tab: Filter = "all";
  @state() private _sort: SortKey = "count";
  @state() private _descending = true;
  @state() private _line?: string;
  @state() private _search = "";
  @state() private _limit = DEFAULT_ROWS;
  @state() private _callers: Caller[] = [];
  @state() private _total = 0;
  @state() private _lines: Line[] = [];
  @state() private _labels: LabelSummary[] = [];
  @state() private _since?: string;
  @state() private _loaded = false;
  @state() private _error?: string;
  @state() private _busy = new Set<string>();
  @state() private _flash = new Set<string>();
  @state() private _flagging?: string;
  @state() private _confirmReset?: string;
  @state() private _now = Date.now();

  private _hass?: HomeAssistant;
  private _connection?: Connection;
  private _unsubscribe?: Promise<Unsubscribe | undefined>;
  private _request = 0;
  private _timers = new Map<string, number>();
  private _tick?: number;

  // --- Lovelace API -------------------------------------------------------

  static getStubConfig(): CardConfig {
    return { type: `custom:${CARD_TYPE}`, filter: "all", sort: "count", max_rows: 5 };
  }

  static getConfigForm() {
    const localize = localizer(currentLanguage());
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
      ],
      computeLabel: (schema: { name: string }) =>
        schema.name ? localize(`editor.${schema.name}` as TextKey) : undefined,
      computeHelper: (schema: { name: string }) =>
        schema.name === "line" ? localize("editor.line.helper") : undefined,
      assertConfig: (config: CardConfig) => {
        validateConfig(config);
      },
    };
  }

  setConfig(config: CardConfig): void {
    validateConfig(config);
    const previous = this._config;
    this._config = config;
    if (
      previous?.filter !== config.filter ||
      previous?.sort !== config.sort ||
      previous?.line !== config.line ||
      previous?.max_rows !== config.max_rows
    ) {
      this._tab = config.filter ?? "all";
      this._sort = config.sort ?? "count";
      this._descending = defaultDescending(this._sort);
      this._line = config.line || undefined;
      this._limit = config.max_rows ?? DEFAULT_ROWS;
      if (this._connection) {
        void this._refresh();
      }
    }
  }

  getCardSize(): number {
    const rows = Math.max(
      1,
      this._tab === "labels" ? this._labels.length : Math.min(this._callers.length, this._limit),
    );
    return 2 + rows;
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6, min_rows: 4 };
  }

  set hass(hass: HomeAssistant) {
    this._hass = hass;
    const language = hass.locale?.language ?? hass.language ?? "en";
    lastLanguage = language;
    if (language !== this._language) {
      this._language = language;
    }
    if (hass.connection !== this._connection) {
      this._disconnect();
      this._connect();
    }
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  // --- lifecycle ------------------------------------------------------------

  connectedCallback(): void {
    super.connectedCallback();
    this._connect();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this._disconnect();
  }

  private _connect(): void {
    if (!this._hass || !this.isConnected || this._connection) {
      return;
    }
    const connection = this._hass.connection;
    this._connection = connection;
    this._unsubscribe = subscribeCallers(connection, (change) => this._onChange(change)).catch((err: unknown) => {
        this._showLoadError(err);
        return undefined;
      });
    connection.addEventListener("ready", this._onReconnected);
    this._tick = window.setInterval(() => {
      this._now = Date.now();
    }, TICK_MS);
    void this._refresh();
  }

  private _disconnect(): void {
    const unsubscribe = this._unsubscribe;
    this._unsubscribe = undefined;
    void unsubscribe
      ?.then((unsub) => unsub?.())
      // The connection may already be gone; nothing is left to undo then.
      .catch(() => undefined);
    this._connection?.removeEventListener("ready", this._onReconnected);
    this._connection = undefined;
    window.clearInterval(this._tick);
    for (const timer of this._timers.values()) {
      window.clearTimeout(timer);
    }
    this._timers.clear();
  }

  /** Changes made while the websocket was down were not pushed: fetch anew. */
  private _onReconnected = (): void => {
    void this._refresh();
  };

  private _later(name: string, delay: number, fn: () => void): void {
    window.clearTimeout(this._timers.get(name));
    this._timers.set(
      name,
      window.setTimeout(() => {
        this._timers.delete(name);
        fn();
      }, delay),
    );
  }

  // --- data ----------------------------------------------------------------

  private get _query(): RowQuery {
    return {
      sort: this._sort,
      descending: this._descending,
      verdict: this._tab === "all" || this._tab === "labels" ? undefined : this._tab,
      line: this._line,
      search: this._search.trim() || undefined,
    };
  }

  private async _refresh(): Promise<void> {
    const connection = this._connection;
    if (!connection || !this._config) {
      return;
    }
    const request = ++this._request;
    try {
      const limit = Math.min(this._limit, MAX_LIMIT);
      if (this._tab === "labels") {
        const result = await fetchLabels(connection, limit);
        if (request !== this._request) {
          return;
        }
        this._labels = result.labels;
        this._since = result.since;
      } else {
        const result = await fetchCallers(connection, { ...this._query, limit });
        if (request !== this._request) {
          return;
        }
        this._callers = result.callers;
        this._total = result.total;
        this._lines = result.lines ?? [];
      }
      this._loaded = true;
      this._error = undefined;
    } catch (err) {
      if (request === this._request) {
        this._showLoadError(err);
      }
    }
  }

  private _showLoadError(err: unknown): void {
    const localize = this._localize;
    this._error = isUnknownCommand(err)
      ? localize("error.not_set_up")
      : localize("error.load", { message: errorText(err) });
    this._loaded = true;
  }

  private _onChange(change: CallersChanged): void {
    if (change.reset || this._tab === "labels") {
      // A whole list changed, or the per-label sums moved: fetch anew (once
      // for a burst of changes).
      this._later("refresh", change.reset ? 0 : QUIET_REFETCH_MS, () => void this._refresh());
      return;
    }
    const merged = mergeChange(this._callers, this._total, change, this._query, this._limit);
    this._callers = merged.rows;
    this._total = merged.total;
    if (merged.touched.length) {
      this._flash = new Set([...this._flash, ...merged.touched]);
      this._later("flash", FLASH_MS, () => {
        this._flash = new Set();
      });
    }
    if (!merged.exact) {
      this._later("refresh", QUIET_REFETCH_MS, () => void this._refresh());
    }
  }

  // --- actions -------------------------------------------------------------

  private async _act(
    caller: Caller,
    action: TextKey,
    call: (hass: HomeAssistant, number: string) => Promise<unknown>,
  ): Promise<void> {
    if (!this._hass) {
      return;
    }
    this._busy = new Set([...this._busy, caller.number]);
    try {
      await call(this._hass, caller.number);
    } catch (err) {
      const message = this._localize("error.action", {
        action: this._localize(action),
        message: errorText(err),
      });
      this.dispatchEvent(
        new CustomEvent("hass-notification", {
          detail: { message },
          bubbles: true,
          composed: true,
        }),
      );
    } finally {
      const busy = new Set(this._busy);
      busy.delete(caller.number);
      this._busy = busy;
    }
  }

  private _flagWith(caller: Caller, tag: string): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>(".panel input");
    const label = input?.value.trim() ?? "";
    this._flagging = undefined;
    void this._act(caller, "action.flag", (hass, number) => flagNumber(hass, number, { tag, label }));
  }

  private _askReset(caller: Caller): void {
    this._confirmReset = caller.number;
    this._later("confirm", CONFIRM_MS, () => {
      this._confirmReset = undefined;
    });
  }

  private _reset(caller: Caller): void {
    this._confirmReset = undefined;
    void this._act(caller, "action.reset", resetCaller);
  }

  // --- toolbar ---------------------------------------------------------------

  private _selectTab(tab: Filter): void {
    if (tab === this._tab) {
      return;
    }
    this._tab = tab;
    this._limit = this._config?.max_rows ?? DEFAULT_ROWS;
    this._flagging = undefined;
    void this._refresh();
  }

  private _onSearch(event: InputEvent): void {
    this._search = (event.target as HTMLInputElement).value;
    this._later("search", SEARCH_DELAY_MS, () => void this._refresh());
  }

  private _clearSearch(): void {
    this._search = "";
    void this._refresh();
  }

  private _onSort(event: Event): void {
    this._sort = (event.target as HTMLSelectElement).value as SortKey;
    this._descending = defaultDescending(this._sort);
    void this._refresh();
  }

  private _toggleDirection(): void {
    this._descending = !this._descending;
    void this._refresh();
  }

  private _onLine(event: Event): void {
    this._line = (event.target as HTMLSelectElement).value || undefined;
    void this._refresh();
  }

  private _showMore(): void {
    this._limit = Math.min(this._limit + (this._config?.max_rows ?? DEFAULT_ROWS), MAX_LIMIT);
    void this._refresh();
  }

  private _showLabel(label: LabelSummary): void {
    this._search = label.label;
    this._selectTab("all");
  }

  // --- rendering -------------------------------------------------------------

  private get _localize(): Localize {
    return localizer(this._language);
  }

  protected shouldUpdate(changed: PropertyValues): boolean {
    return this._config !== undefined || changed.has("_config");
  }

  protected render(): TemplateResult {
    const localize = this._localize;
    const config = this._config as CardConfig;
    const title = config.title ?? localize("title");
    return html`
      <ha-card .header=${title || undefined}>
        <div class="tabs" role="tablist">
          ${FILTERS.map(
            (tab) => html`
              <button
                class="tab"
                role="tab"
                aria-selected=${tab === this._tab ? "true" : "false"}
                @click=${() => this._selectTab(tab)}
              >
                ${localize(`tab.${tab}` as TextKey)}
              </button>
            `,
          )}
        </div>
        ${this._renderToolbar(localize)}
        <div class="content">
          ${this._error
            ? html`<div class="message error" role="alert">${this._error}</div>`
            : this._tab === "labels"
              ? this._renderLabels(localize)
              : this._renderCallers(localize)}
        </div>
        ${this._renderFooter(localize)}
      </ha-card>
    `;
  }

  private _renderToolbar(localize: Localize): TemplateResult {
    const showLines = this._lines.length > 1 && !this._config?.line;
    return html`
      <div class="toolbar">
        <label class="search">
          ${icon(mdiMagnify)}
          <input
            type="search"
            .value=${this._search}
            placeholder=${localize("search")}
            aria-label=${localize("search")}
            @input=${this._onSearch}
          />
          ${this._search
            ? html`<button
                class="icon-button"
                title=${localize("search.clear")}
                aria-label=${localize("search.clear")}
                @click=${this._clearSearch}
              >
                ${icon(mdiClose)}
              </button>`
            : nothing}
        </label>
        ${this._tab === "labels"
          ? nothing
          : html`
              <div class="sort">
                <select aria-label=${localize("sort.by")} @change=${this._onSort}>
                  ${SORTS.map(
                    (sort) =>
                      html`<option value=${sort} ?selected=${sort === this._sort}>
                        ${localize(`sort.${sort}` as TextKey)}
                      </option>`,
                  )}
                </select>
                <button
                  class="icon-button"
                  title=${localize(this._descending ? "sort.descending" : "sort.ascending")}
                  aria-label=${localize(this._descending ? "sort.descending" : "sort.ascending")}
                  @click=${this._toggleDirection}
                >
                  ${icon(this._descending ? mdiSortDescending : mdiSortAscending)}
                </button>
              </div>
            `}
        ${showLines && this._tab !== "labels"
          ? html`
              <select aria-label=${localize("editor.line")} @change=${this._onLine}>
                <option value="" ?selected=${!this._line}>${localize("line.all")}</option>
                ${this._lines.map(
                  (line) =>
                    html`<option value=${line.entry_id} ?selected=${line.entry_id === this._line}>
                      ${line.title}
                    </option>`,
                )}
              </select>
            `
          : nothing}
      </div>
    `;
  }

  private _renderCallers(localize: Localize): TemplateResult {
    if (!this._loaded) {
      return html`<div class="message">…</div>`;
    }
    if (!this._callers.length) {
      return html`<div class="message">
        ${this._search.trim()
          ? localize("empty.search", { search: this._search.trim() })
          : localize("empty.callers")}
      </div>`;
    }
    return html`<div class="list" role="list">
      ${repeat(
        this._callers,
        (caller) => caller.number,
        (caller) => this._renderCaller(caller, localize),
      )}
    </div>`;
  }

  private _renderCaller(caller: Caller, localize: Localize): TemplateResult {
    const language = this._language;
    const anonymous = caller.number === ANONYMOUS;
    const name = anonymous ? localize("anonymous") : caller.label || caller.formatted_number;
    const lineTitle = this._lines.find((line) => line.entry_id === caller.last_line)?.title;
    const entry = caller.list_entry;
    const busy = this._busy.has(caller.number);
    const flagging = this._flagging === caller.number;
    const classes = [
      "row",
      `verdict-${caller.verdict}`,
      this._flash.has(caller.number) ? "flash" : "",
      busy ? "busy" : "",
    ].join(" ");
    const verdictText = localize(`verdict.${caller.verdict}` as TextKey);
    const lastCall = [
      caller.last_seen
        ? `${localize("last.call")}: ${absoluteTime(caller.last_seen, language, this._hass?.config?.time_zone)}`
        : "",
      lineTitle ? `${localize("editor.line")}: ${lineTitle}` : "",
    ]
      .filter(Boolean)
      .join("\n");
    return html`
      <div class=${classes} role="listitem" data-number=${caller.number}>
        <div class="badge" title=${verdictText} aria-label=${verdictText} role="img">
          ${icon(anonymous ? mdiIncognito : VERDICT_ICONS[caller.verdict])}
        </div>
        <div class="info">
          <div class="primary" title=${name}>${name}</div>
          <div class="secondary" title=${lastCall}>
            ${[
              caller.label && !anonymous ? caller.formatted_number : "",
              caller.last_seen
                ? relativeTime(caller.last_seen, language, this._now)
                : localize("never"),
              lineTitle ?? "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </div>
        </div>
        ${caller.tags.length || caller.score !== null || entry
          ? html`<div class="chips">
              ${caller.tags.map((tag) => html`<span class="chip">${tagText(localize, tag)}</span>`)}
              ${caller.score !== null && caller.score !== undefined
                ? html`<span class="chip">${localize("score", { score: caller.score })}</span>`
                : nothing}
              ${entry
                ? html`<span class="chip mine"
                    >${localize(entry.action === "flag" ? "on.list.flag" : "on.list.allow")}</span
                  >`
                : nothing}
            </div>`
          : nothing}
        <div class="tally">
          <div class="count" title=${plural(localize, language, "calls", caller.count)}>
            ${caller.count.toLocaleString(language)}
          </div>
          <div class="split">
            <span class="answered" title=${localize("answered", { n: caller.answered })}>
              ${icon(mdiPhoneIncoming)}${caller.answered.toLocaleString(language)}
            </span>
            <span
              class="missed ${caller.missed ? "" : "none"}"
              title=${localize("missed", { n: caller.missed })}
            >
              ${icon(mdiPhoneMissed)}${caller.missed.toLocaleString(language)}
            </span>
          </div>
        </div>
        <div class="actions">${this._renderActions(caller, localize, busy, flagging)}</div>
        ${flagging ? this._renderFlagPanel(caller, localize) : nothing}
      </div>
    `;
  }

  private _renderActions(
    caller: Caller,
    localize: Localize,
    busy: boolean,
    flagging: boolean,
  ): TemplateResult {
    const entry = caller.list_entry;
    const anonymous = caller.number === ANONYMOUS;
    const button = (
      kind: string,
      label: TextKey,
      path: string,
      onClick: () => void,
      extra: { pressed?: boolean; expanded?: boolean } = {},
    ) => html`
      <button
        class="icon-button ${kind}"
        title=${localize(label)}
        aria-label=${localize(label)}
        aria-pressed=${extra.pressed === undefined ? nothing : String(extra.pressed)}
        aria-expanded=${extra.expanded === undefined ? nothing : String(extra.expanded)}
        ?disabled=${busy}
        @click=${onClick}
      >
        ${icon(path)}
      </button>
    `;
    const flagged = entry?.action === "flag";
    const allowed = entry?.action === "allow";
    const slot = html`<span class="slot"></span>`;
    return html`
      ${anonymous
        ? html`${slot}${slot}${slot}`
        : html`
            ${button(
              "flag",
              "action.flag",
              flagged ? mdiFlag : mdiFlagOutline,
              () => {
                this._flagging = flagging ? undefined : caller.number;
              },
              { pressed: flagged, expanded: flagging },
            )}
            ${button(
              "allow",
              "action.allow",
              allowed ? mdiCheckCircle : mdiCheckCircleOutline,
              () => void this._act(caller, "action.allow", allowNumber),
              { pressed: allowed },
            )}
            ${entry
              ? button(
                  "unflag",
                  "action.unflag",
                  mdiFlagRemoveOutline,
                  () => void this._act(caller, "action.unflag", unflagNumber),
                )
              : slot}
          `}
      ${this._confirmReset === caller.number
        ? html`<button class="confirm" ?disabled=${busy} @click=${() => this._reset(caller)}>
            ${localize("action.reset_confirm")}
          </button>`
        : button("reset", "action.reset", mdiRestore, () => this._askReset(caller))}
    `;
  }

  private _renderFlagPanel(caller: Caller, localize: Localize): TemplateResult {
    const current = caller.list_entry?.action === "flag" ? caller.list_entry.tags : [];
    return html`
      <div class="panel" @keydown=${(event: KeyboardEvent) => {
        if (event.key === "Escape") {
          this._flagging = undefined;
        }
      }}>
        <div class="panel-title">${localize("flag.as")}</div>
        <div class="tag-choices">
          ${FLAG_TAGS.map(
            (tag) => html`
              <button
                class="tag-choice ${current.includes(tag) ? "current" : ""}"
                data-tag=${tag}
                @click=${() => this._flagWith(caller, tag)}
              >
                ${tagText(localize, tag)}
              </button>
            `,
          )}
        </div>
        <div class="panel-row">
          <input
            type="text"
            maxlength="200"
            .value=${caller.list_entry?.label ?? ""}
            placeholder=${localize("flag.label")}
            aria-label=${localize("flag.label")}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === "Enter") {
                this._flagWith(caller, current[0] ?? "nuisance");
              }
            }}
          />
          <button class="text-button" @click=${() => (this._flagging = undefined)}>
            ${localize("cancel")}
          </button>
        </div>
      </div>
    `;
  }

  private _renderLabels(localize: Localize): TemplateResult {
    if (!this._loaded) {
      return html`<div class="message">…</div>`;
    }
    const search = this._search.trim().toLowerCase();
    const labels = search
      ? this._labels.filter((label) => label.label.toLowerCase().includes(search))
      : this._labels;
    if (!labels.length) {
      return html`<div class="message">
        ${search ? localize("empty.search", { search: this._search.trim() }) : localize("empty.labels")}
      </div>`;
    }
    const language = this._language;
    const since = this._since ? shortDate(this._since, language) : "";
    return html`<div class="list" role="list">
      ${repeat(
        labels,
        (label) => label.label,
        (label) => html`
          <button
            class="row label-row verdict-${label.verdict}"
            role="listitem"
            title=${localize("labels.show")}
            @click=${() => this._showLabel(label)}
          >
            <div class="badge">${icon(mdiDomain)}</div>
            <div class="info">
              <div class="primary">${label.label}</div>
              <div class="secondary">
                ${[
                  plural(localize, language, "numbers", label.callers),
                  localize("labels.total", { n: label.count.toLocaleString(language) }),
                  label.last_seen ? relativeTime(label.last_seen, language, this._now) : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </div>
            <div class="tally">
              <div class="count">${label.calls_since.toLocaleString(language)}</div>
              <div class="split">
                ${localize("labels.since", { date: since })}
              </div>
            </div>
            <span class="chevron">${icon(mdiChevronRight)}</span>
          </button>
        `,
      )}
    </div>`;
  }

  private _renderFooter(localize: Localize) {
    if (this._error || this._tab === "labels" || this._callers.length === 0) {
      return nothing;
    }
    const more = this._total > this._callers.length && this._limit < MAX_LIMIT;
    return html`
      <div class="footer">
        <span
          >${localize("showing", {
            shown: this._callers.length.toLocaleString(this._language),
            total: this._total.toLocaleString(this._language),
          })}</span
        >
        ${more
          ? html`<button class="text-button" @click=${this._showMore}>
              ${localize("show.more")}
            </button>`
          : nothing}
      </div>
    `;
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has("_flagging") && this._flagging) {
      this.renderRoot.querySelector<HTMLButtonElement>(".panel .tag-choice")?.focus();
    }
  }
}
