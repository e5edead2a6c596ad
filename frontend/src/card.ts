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

import { ActionsController } from "./actions";
import {
  configForm,
  FILTERS,
  setEditorLanguage,
  SORTS,
  stubConfig,
  validateConfig,
} from "./config";
import { CallersController } from "./controller";
import { absoluteTime, relativeTime, shortDate } from "./format";
import { FLAG_TAGS, localizer, plural, tagText, type Localize, type TextKey } from "./localize";
import { cardStyles } from "./styles";
import type { Caller, CardConfig, Filter, HomeAssistant, LabelSummary, SortKey, Verdict } from "./types";

const ANONYMOUS = "anonymous";

const icon = (path: string) => svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;

const VERDICT_ICONS: Record<Verdict, string> = {
  nuisance: mdiPhoneCancel,
  allowed: mdiPhoneCheck,
  unknown: mdiPhoneOutline,
};

export class NuisanceCallsCard extends LitElement {
  static styles = cardStyles;

  @state() private _config?: CardConfig;
  @state() private _language = "en";

  private _hass?: HomeAssistant;
  private readonly _callers = new CallersController(this);
  private readonly _actions = new ActionsController(this, () => this._localize);
  /** The number whose flag panel got the focus. */
  private _panelFocused?: string;

  // --- Lovelace API -------------------------------------------------------

  static getStubConfig(): CardConfig {
    return stubConfig();
  }

  static getConfigForm() {
    return configForm();
  }

  setConfig(config: CardConfig): void {
    validateConfig(config);
    const previous = this._config;
    this._config = config;
    if (
      !previous ||
      previous.filter !== config.filter ||
      previous.sort !== config.sort ||
      previous.line !== config.line ||
      previous.max_rows !== config.max_rows
    ) {
      this._callers.configure(config);
    }
  }

  getCardSize(): number {
    const callers = this._callers;
    const rows =
      callers.filter === "labels"
        ? callers.labels.length
        : Math.min(callers.callers.length, callers.limit);
    return 2 + Math.max(1, rows);
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6, min_rows: 4 };
  }

  set hass(hass: HomeAssistant) {
    this._hass = hass;
    const language = hass.locale?.language ?? hass.language ?? "en";
    setEditorLanguage(language);
    this._language = language;
    this._actions.hass = hass;
    this._callers.setConnection(hass.connection);
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  // --- flag panel and toolbar ------------------------------------------------

  private _flagWith(caller: Caller, tag: string): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>(".panel input");
    const label = input?.value.trim() ?? "";
    this._actions.handle({ kind: "flag", caller, tag, label });
  }

  private _selectTab(tab: Filter): void {
    if (tab !== this._callers.filter) {
      this._actions.closePanel();
      this._callers.selectTab(tab);
    }
  }

  private _onSearch(event: InputEvent): void {
    this._callers.changeQuery({ search: (event.target as HTMLInputElement).value });
  }

  private _clearSearch(): void {
    this._callers.changeQuery({ search: "", immediate: true });
  }

  private _onSort(event: Event): void {
    this._callers.changeQuery({ sort: (event.target as HTMLSelectElement).value as SortKey });
  }

  private _toggleDirection(): void {
    this._callers.changeQuery({ descending: !this._callers.descending });
  }

  private _onLine(event: Event): void {
    this._callers.changeQuery({ line: (event.target as HTMLSelectElement).value || undefined });
  }

  private _showLabel(label: LabelSummary): void {
    this._actions.closePanel();
    this._callers.showLabel(label.label);
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
                aria-selected=${tab === this._callers.filter ? "true" : "false"}
                @click=${() => this._selectTab(tab)}
              >
                ${localize(`tab.${tab}` as TextKey)}
              </button>
            `,
          )}
        </div>
        ${this._renderToolbar(localize)}
        <div class="content">
          ${this._callers.error
            ? html`<div class="message error" role="alert">
                ${this._callers.error.notSetUp
                  ? localize("error.not_set_up")
                  : localize("error.load", { message: this._callers.error.message })}
              </div>`
            : this._callers.filter === "labels"
              ? this._renderLabels(localize)
              : this._renderCallers(localize)}
        </div>
        ${this._renderFooter(localize)}
      </ha-card>
    `;
  }

  private _renderToolbar(localize: Localize): TemplateResult {
    const showLines = this._callers.lines.length > 1 && !this._config?.line;
    return html`
      <div class="toolbar">
        <label class="search">
          ${icon(mdiMagnify)}
          <input
            type="search"
            .value=${this._callers.search}
            placeholder=${localize("search")}
            aria-label=${localize("search")}
            @input=${this._onSearch}
          />
          ${this._callers.search
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
        ${this._callers.filter === "labels"
          ? nothing
          : html`
              <div class="sort">
                <select aria-label=${localize("sort.by")} @change=${this._onSort}>
                  ${SORTS.map(
                    (sort) =>
                      html`<option value=${sort} ?selected=${sort === this._callers.sort}>
                        ${localize(`sort.${sort}` as TextKey)}
                      </option>`,
                  )}
                </select>
                <button
                  class="icon-button"
                  title=${localize(this._callers.descending ? "sort.descending" : "sort.ascending")}
                  aria-label=${localize(this._callers.descending ? "sort.descending" : "sort.ascending")}
                  @click=${this._toggleDirection}
                >
                  ${icon(this._callers.descending ? mdiSortDescending : mdiSortAscending)}
                </button>
              </div>
            `}
        ${showLines && this._callers.filter !== "labels"
          ? html`
              <select aria-label=${localize("editor.line")} @change=${this._onLine}>
                <option value="" ?selected=${!this._callers.line}>${localize("line.all")}</option>
                ${this._callers.lines.map(
                  (line) =>
                    html`<option value=${line.entry_id} ?selected=${line.entry_id === this._callers.line}>
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
    if (!this._callers.loaded) {
      return html`<div class="message">…</div>`;
    }
    if (!this._callers.callers.length) {
      return html`<div class="message">
        ${this._callers.search.trim()
          ? localize("empty.search", { search: this._callers.search.trim() })
          : localize("empty.callers")}
      </div>`;
    }
    return html`<div class="list" role="list">
      ${repeat(
        this._callers.callers,
        (caller) => caller.number,
        (caller) => this._renderCaller(caller, localize),
      )}
    </div>`;
  }

  private _renderCaller(caller: Caller, localize: Localize): TemplateResult {
    const language = this._language;
    const anonymous = caller.number === ANONYMOUS;
    const name = anonymous ? localize("anonymous") : caller.label || caller.formatted_number;
    const lineTitle = this._callers.lines.find((line) => line.entry_id === caller.last_line)?.title;
    const entry = caller.list_entry;
    const busy = this._actions.busy.has(caller.number);
    const flagging = this._actions.flagging === caller.number;
    const classes = [
      "row",
      `verdict-${caller.verdict}`,
      this._callers.flash.has(caller.number) ? "flash" : "",
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
                ? relativeTime(caller.last_seen, language, this._callers.now)
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
              () => this._actions.handle({ kind: "toggle-panel", caller }),
              { pressed: flagged, expanded: flagging },
            )}
            ${button(
              "allow",
              "action.allow",
              allowed ? mdiCheckCircle : mdiCheckCircleOutline,
              () => this._actions.handle({ kind: "allow", caller }),
              { pressed: allowed },
            )}
            ${entry
              ? button(
                  "unflag",
                  "action.unflag",
                  mdiFlagRemoveOutline,
                  () => this._actions.handle({ kind: "unflag", caller }),
                )
              : slot}
          `}
      ${this._actions.confirmReset === caller.number
        ? html`<button class="confirm" ?disabled=${busy} @click=${() => this._actions.handle({ kind: "reset", caller })}>
            ${localize("action.reset_confirm")}
          </button>`
        : button("reset", "action.reset", mdiRestore, () => this._actions.handle({ kind: "ask-reset", caller }))}
    `;
  }

  private _renderFlagPanel(caller: Caller, localize: Localize): TemplateResult {
    const current = caller.list_entry?.action === "flag" ? caller.list_entry.tags : [];
    return html`
      <div class="panel" @keydown=${(event: KeyboardEvent) => {
        if (event.key === "Escape") {
          this._actions.closePanel();
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
          <button class="text-button" @click=${() => this._actions.closePanel()}>
            ${localize("cancel")}
          </button>
        </div>
      </div>
    `;
  }

  private _renderLabels(localize: Localize): TemplateResult {
    if (!this._callers.loaded) {
      return html`<div class="message">…</div>`;
    }
    const search = this._callers.search.trim().toLowerCase();
    const labels = search
      ? this._callers.labels.filter((label) => label.label.toLowerCase().includes(search))
      : this._callers.labels;
    if (!labels.length) {
      return html`<div class="message">
        ${search ? localize("empty.search", { search: this._callers.search.trim() }) : localize("empty.labels")}
      </div>`;
    }
    const language = this._language;
    const since = this._callers.since ? shortDate(this._callers.since, language) : "";
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
                  label.last_seen ? relativeTime(label.last_seen, language, this._callers.now) : "",
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
    if (this._callers.error || this._callers.filter === "labels" || this._callers.callers.length === 0) {
      return nothing;
    }
    return html`
      <div class="footer">
        <span
          >${localize("showing", {
            shown: this._callers.callers.length.toLocaleString(this._language),
            total: this._callers.total.toLocaleString(this._language),
          })}</span
        >
        ${this._callers.hasMore
          ? html`<button class="text-button" @click=${() => this._callers.showMore()}>
              ${localize("show.more")}
            </button>`
          : nothing}
      </div>
    `;
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    // A flag panel opened: its first tag has the focus.
    const flagging = this._actions.flagging;
    if (flagging && flagging !== this._panelFocused) {
      this.renderRoot.querySelector<HTMLButtonElement>(".panel .tag-choice")?.focus();
    }
    this._panelFocused = flagging;
  }
}
