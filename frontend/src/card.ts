// <nuisance-calls-card>: the Lovelace API (config, size, hass, preview) and
// the frame around the card's elements: the chart of calls per day, the tabs
// (a tablist: arrow keys move, one Tab stop), the toolbar, one page of rows
// (or the Companies, or one caller's page) and the pager. The callers and
// their query live in controller.ts, the actions in actions.ts, the tags in
// tags.ts.

import { mdiChevronLeft, mdiChevronRight, mdiDownload } from "@mdi/js";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";

import { ActionsController, type RowAction } from "./actions";
import { download, errorText, exportCalls, fetchCaller, setNote } from "./api";
import { configForm, FILTERS, setEditorLanguage, stubConfig, validateConfig } from "./config";
import { CallersController, type QueryChange } from "./controller";
import "./elements/caller-page";
import "./elements/caller-row";
import "./elements/chart";
import "./elements/companies";
import { icon } from "./elements/dom";
import "./elements/toolbar";
import { localizer, type Localize, type TextKey } from "./localize";
import {
  baseStyles,
  cardStyles,
  iconButtonStyles,
  listStyles,
  textButtonStyles,
} from "./styles";
import { TagsController } from "./tags";
import type { CallerDetail, CardConfig, Filter, HomeAssistant, View } from "./types";

export class NuisanceCallsCard extends LitElement {
  static styles = [baseStyles, textButtonStyles, iconButtonStyles, listStyles, cardStyles];

  /** Set by HA in the card picker, the editor and edit mode: nothing may be done here. */
  @property({ type: Boolean }) preview = false;

  @state() private _config?: CardConfig;
  @state() private _language = "en";
  /** The caller whose page is open. */
  @state() private _open?: string;
  @state() private _detail?: CallerDetail;
  /** Compact: who rings now (from the line's event entity). */
  @state() private _ringingNow?: string;

  private _hass?: HomeAssistant;
  private readonly _callers = new CallersController(this);
  private readonly _actions = new ActionsController(this, () => this._localize);
  private readonly _tags = new TagsController(this);
  private _detailRequest = 0;

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
      previous.max_rows !== config.max_rows ||
      previous.show_chart !== config.show_chart ||
      previous.compact !== config.compact
    ) {
      this._callers.configure(config);
    }
  }

  getCardSize(): number {
    const callers = this._callers;
    const rows =
      callers.filter === "labels"
        ? callers.companiesShown
        : Math.min(callers.callers.length, callers.limit);
    return 2 + (callers.chart ? 3 : 0) + Math.max(1, rows);
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6, min_rows: 4 };
  }

  set hass(hass: HomeAssistant) {
    const first = !this._hass;
    this._hass = hass;
    const language = hass.locale?.language ?? hass.language ?? "en";
    setEditorLanguage(language);
    this._language = language;
    this._actions.hass = hass;
    this._tags.hass = hass;
    this._callers.setConnection(hass.connection);
    if (this._config?.compact) {
      this._ringingNow = this._ringing();
    }
    if (first) {
      this._callers.onPush = (numbers) => {
        if (this._open && numbers.includes(this._open)) {
          void this._loadDetail(this._open);
        }
      };
    }
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  // --- events from the toolbar, the rows and the companies ------------------

  private _selectTab(tab: Filter, focus = false): void {
    this._open = undefined;
    if (tab !== this._callers.filter) {
      this._actions.closePanel();
      this._callers.selectTab(tab);
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`.tab[data-tab="${tab}"]`)?.focus(),
      );
    }
  }

  /** Arrow keys, Home and End move between the tabs (one Tab stop for all). */
  private _onTabKey = (event: KeyboardEvent): void => {
    const index = FILTERS.indexOf(this._callers.filter);
    const next: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: FILTERS.length - 1,
    };
    if (event.key in next) {
      event.preventDefault();
      const target = (next[event.key] + FILTERS.length) % FILTERS.length;
      this._selectTab(FILTERS[target], true);
    }
  };

  private _onQuery = (event: CustomEvent<QueryChange>): void => {
    this._callers.changeQuery(event.detail);
  };

  private _onRowAction = (event: CustomEvent<RowAction>): void => {
    const action = event.detail;
    if (action.kind === "open") {
      this._actions.closePanel();
      this._open = action.caller.number;
      this._detail = undefined;
      void this._loadDetail(action.caller.number);
      return;
    }
    this._actions.handle(action);
  };

  private _back = (): void => {
    const number = this._open;
    this._open = undefined;
    this._detail = undefined;
    this._actions.closePanel();
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`nc-caller-row[data-number="${CSS.escape(number ?? "")}"]`)
        ?.shadowRoot?.querySelector<HTMLElement>("button.open")
        ?.focus(),
    );
  };

  private async _loadDetail(number: string): Promise<void> {
    const connection = this._hass?.connection;
    if (!connection) {
      return;
    }
    const request = ++this._detailRequest;
    try {
      const detail = await fetchCaller(connection, number);
      if (request === this._detailRequest && this._open === number) {
        this._detail = detail;
      }
    } catch (err) {
      this._notify(this._localize("error.load", { message: errorText(err) }));
    }
  }

  /** A note from the caller's page: written, then the page shows what the server has. */
  private _saveNote = async (number: string, note: string, call?: number): Promise<void> => {
    const hass = this._hass;
    if (!hass) {
      throw new Error(this._localize("error.not_set_up"));
    }
    await setNote(hass, number, note, call);
    if (this._open === number) {
      await this._loadDetail(number);
    }
  };

  private _export = async (event: CustomEvent<string | undefined>): Promise<void> => {
    const connection = this._hass?.connection;
    if (!connection) {
      return;
    }
    const number = event.detail;
    try {
      const result = await exportCalls(connection, number);
      const day = new Date().toISOString().slice(0, 10);
      const who = number ? number.replace(/[^0-9a-z+]/gi, "") : "all";
      download(`nuisance-calls-${who}-${day}.csv`, result.csv);
    } catch (err) {
      this._notify(
        this._localize("error.action", {
          action: this._localize("caller.export"),
          message: errorText(err),
        }),
      );
    }
  };

  private _notify(message: string): void {
    this.dispatchEvent(
      new CustomEvent("hass-notification", { detail: { message }, bubbles: true, composed: true }),
    );
  }

  private _onShowLabel = (event: CustomEvent<string>): void => {
    this._actions.closePanel();
    this._callers.showLabel(event.detail);
  };

  // --- rendering -------------------------------------------------------------

  private get _localize(): Localize {
    return localizer(this._language);
  }

  protected shouldUpdate(changed: PropertyValues): boolean {
    return this._config !== undefined || changed.has("_config");
  }

  private _lastView?: View;

  /**
   * The view the parts render with: the same object while nothing in it
   * changed, so a pushed row re-renders that row only (not all 500 of a page).
   */
  private _view(): View {
    const next = this._makeView();
    const last = this._lastView;
    if (
      last &&
      (Object.keys(next) as (keyof View)[]).every((key) => key === "localize" || last[key] === next[key])
    ) {
      return last;
    }
    this._lastView = next;
    return next;
  }

  private _makeView(): View {
    const callers = this._callers;
    return {
      localize: this._localize,
      language: this._language,
      now: callers.now,
      timeZone: this._hass?.config?.time_zone,
      lines: callers.lines,
      tagText: this._tags.text,
      flagTags: this._tags.flag,
      textsRevision: this._tags.revision,
      canChange: this._hass?.user?.is_admin ?? false,
      userId: this._hass?.user?.id,
      preview: this.preview,
    };
  }

  protected render(): TemplateResult {
    const view = this._view();
    const { localize } = view;
    const config = this._config as CardConfig;
    const callers = this._callers;
    const companies = callers.filter === "labels";
    const title = config.title ?? localize("title");
    if (config.compact && !this._open) {
      return this._renderCompact(view, title);
    }
    return html`
      <ha-card .header=${title || undefined}>
        <div class="frame" ?inert=${this.preview}>
          ${callers.chart ? html`<nc-chart .days=${callers.days} .view=${view}></nc-chart>` : nothing}
          <div class="tabs" role="tablist" aria-label=${localize("tabs")} @keydown=${this._onTabKey}>
            ${FILTERS.map((tab) => {
              const selected = tab === callers.filter;
              return html`
                <button
                  class="tab"
                  role="tab"
                  id="tab-${tab}"
                  data-tab=${tab}
                  aria-selected=${selected ? "true" : "false"}
                  aria-controls="panel"
                  tabindex=${selected ? "0" : "-1"}
                  @click=${() => this._selectTab(tab)}
                >
                  ${localize(`tab.${tab}` as TextKey)}
                </button>
              `;
            })}
          </div>
          <div id="panel" role="tabpanel" aria-labelledby="tab-${callers.filter}">
            ${this._open
              ? this._renderCaller(view)
              : html`
                  <nc-toolbar
                    .view=${view}
                    .search=${callers.search}
                    .sort=${callers.sort}
                    .descending=${callers.descending}
                    .line=${callers.line}
                    .period=${callers.period}
                    .tag=${callers.tag}
                    .tags=${this._tags.known}
                    .sortable=${!companies}
                    .group=${companies && callers.group !== undefined}
                    .groupSort=${callers.groupSort}
                    .groupDescending=${callers.groupDescending}
                    .groupPeriod=${callers.groupPeriod}
                    .pickLine=${!companies && callers.lines.length > 1 && !config.line}
                    @nc-query=${this._onQuery}
                  ></nc-toolbar>
                  <div class="content">${this._renderContent(view, companies)}</div>
                  ${this._renderFooter(view)}
                `}
          </div>
          <div class="sr-only" aria-live="polite">${callers.announce}</div>
        </div>
      </ha-card>
    `;
  }

  /** A call ringing now: the latest event of a line's event entity (from hass, no request). */
  private _ringing(): string | undefined {
    const hass = this._hass;
    if (!hass?.entities || !hass.states) {
      return undefined;
    }
    for (const [entityId, entry] of Object.entries(hass.entities)) {
      if (entry.platform !== "nuisance_calls" || !entityId.startsWith("event.")) {
        continue;
      }
      const state = hass.states[entityId];
      const type = state?.attributes.event_type;
      const since = Date.parse(state?.state ?? "");
      // A ring ends with answered, missed or ended; a lost one is over after 5 minutes.
      if ((type === "incoming_call" || type === "nuisance_call") && Date.now() - since < 300_000) {
        const attributes = state.attributes;
        return String(attributes.label || attributes.number || this._localize("anonymous"));
      }
    }
    return undefined;
  }

  private _renderCompact(view: View, title: string): TemplateResult {
    const { localize, language } = view;
    const callers = this._callers;
    const companies = callers.filter === "labels";
    const today = callers.days[callers.days.length - 1];
    const ringing = this._ringingNow;
    const n = (value: number) => value.toLocaleString(language);
    const rows = companies
      ? callers.group
        ? callers.group.companies.map((company) => ({
            key: company.key,
            name: company.company,
            count: company.calls,
          }))
        : callers.labels.map((label) => ({ key: label.label, name: label.label, count: label.calls_since }))
      : callers.callers.map((caller) => ({
          key: caller.number,
          name:
            caller.number === "anonymous"
              ? localize("anonymous")
              : caller.label || caller.formatted_number,
          count: caller.count,
        }));
    return html`
      <ha-card .header=${title || undefined}>
        <div class="frame compact" ?inert=${this.preview}>
          ${today
            ? html`<div class="today-line">
                ${localize("chart.today", { calls: n(today.calls), nuisance: n(today.nuisance) })}
              </div>`
            : nothing}
          ${ringing
            ? html`<div class="ringing" role="status">${localize("ringing", { name: ringing })}</div>`
            : nothing}
          ${callers.loaded
            ? rows.length
              ? html`<ol class="top">
                  ${rows.map(
                    (row) => html`<li>
                      <span class="name">${row.name}</span><span class="top-count">${n(row.count)}</span>
                    </li>`,
                  )}
                </ol>`
              : html`<div class="message">${localize("empty.callers")}</div>`
            : html`<div class="message" role="status">${localize("loading")}</div>`}
        </div>
      </ha-card>
    `;
  }

  private _renderCaller(view: View): TemplateResult {
    const detail = this._detail;
    if (!detail) {
      return html`<div class="message" role="status">${view.localize("loading")}</div>`;
    }
    const actions = this._actions;
    return html`<nc-caller-page
      .detail=${detail}
      .view=${view}
      .busy=${actions.busy.has(detail.number)}
      .flagging=${actions.flagging === detail.number}
      .confirming=${actions.confirmReset === detail.number}
      .saveNote=${this._saveNote}
      @nc-row-action=${this._onRowAction}
      @nc-back=${this._back}
      @nc-export=${this._export}
    ></nc-caller-page>`;
  }

  private _renderContent(view: View, companies: boolean): TemplateResult {
    const { localize } = view;
    const callers = this._callers;
    const error = callers.error;
    if (error) {
      return html`<div class="message error" role="alert">
        ${error.notSetUp
          ? localize("error.not_set_up")
          : localize("error.load", { message: error.message })}
      </div>`;
    }
    // Rows of another view, or none yet: say it loads (no empty message flashes).
    const stale = callers.shownFilter === undefined || (callers.shownFilter === "labels") !== companies;
    const empty = companies ? !callers.companiesShown : !callers.callers.length;
    if (!callers.loaded || stale || (callers.loading && empty)) {
      return html`<div class="message" role="status">${localize("loading")}</div>`;
    }
    if (companies) {
      return html`<nc-companies
        .labels=${callers.labels}
        .search=${callers.shownSearch}
        .since=${callers.since}
        .group=${callers.group}
        .groupPeriod=${callers.groupShownPeriod}
        .view=${view}
        @nc-show-label=${this._onShowLabel}
      ></nc-companies>`;
    }
    if (!callers.callers.length) {
      const search = callers.shownSearch;
      const filtered = callers.filter !== "all" || callers.period !== "all" || callers.tag || callers.line;
      return html`<div class="message empty">
        ${search
          ? localize("empty.search", { search })
          : filtered
            ? localize("empty.filtered")
            : html`<p><strong>${localize("empty.callers")}</strong></p>
                <p>${localize("empty.explain")}</p>`}
      </div>`;
    }
    const actions = this._actions;
    return html`<div class="list" role="list" @nc-row-action=${this._onRowAction}>
      ${repeat(
        callers.callers,
        (caller) => caller.number,
        (caller) => html`<nc-caller-row
          .caller=${caller}
          .view=${view}
          .flash=${callers.flash.has(caller.number)}
          .busy=${actions.busy.has(caller.number)}
          .flagging=${actions.flagging === caller.number}
        ></nc-caller-row>`,
      )}
    </div>`;
  }

  private _renderFooter(view: View) {
    const { localize, language } = view;
    const callers = this._callers;
    const companies = callers.filter === "labels";
    const shown = companies ? callers.companiesShown : callers.callers.length;
    const total = companies ? callers.labelsTotal : callers.total;
    if (callers.error || shown === 0) {
      return nothing;
    }
    const first = callers.offset + 1;
    const last = callers.offset + shown;
    const pageButton = (step: number, label: TextKey, path: string, enabled: boolean) => html`
      <button
        class="icon-button page-${step < 0 ? "back" : "on"}"
        title=${localize(label)}
        aria-label=${localize(label)}
        ?disabled=${!enabled}
        @click=${() => {
          this._actions.closePanel();
          this._callers.turnPage(step);
        }}
      >
        ${icon(path)}
      </button>
    `;
    return html`
      <div class="footer">
        <span class="range" role="status"
          >${localize("showing", {
            first: first.toLocaleString(language),
            last: last.toLocaleString(language),
            total: total.toLocaleString(language),
          })}</span
        >
        <span class="pager">
          ${pageButton(-1, "page.back", mdiChevronLeft, callers.offset > 0)}
          ${pageButton(1, "page.on", mdiChevronRight, callers.hasNext)}
        </span>
        ${companies
          ? nothing
          : html`<button
              class="icon-button export-all"
              title=${localize("export.all")}
              aria-label=${localize("export.all")}
              @click=${() => void this._export(new CustomEvent("nc-export", { detail: undefined }))}
            >
              ${icon(mdiDownload)}
            </button>`}
      </div>
    `;
  }
}
