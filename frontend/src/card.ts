// <nuisance-calls-card>: the Lovelace API (config, size, hass) and the frame
// (tabs, list, footer) around the card's elements. The callers and their
// query live in controller.ts, the actions in actions.ts, the tags in tags.ts.

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";

import { ActionsController, type RowAction } from "./actions";
import { configForm, FILTERS, setEditorLanguage, stubConfig, validateConfig } from "./config";
import { CallersController, type QueryChange } from "./controller";
import "./elements/caller-row";
import "./elements/companies";
import "./elements/toolbar";
import { localizer, type Localize, type TextKey } from "./localize";
import { baseStyles, cardStyles, listStyles, textButtonStyles } from "./styles";
import { TagsController } from "./tags";
import type { CardConfig, Filter, HomeAssistant, View } from "./types";

export class NuisanceCallsCard extends LitElement {
  static styles = [baseStyles, textButtonStyles, listStyles, cardStyles];

  @state() private _config?: CardConfig;
  @state() private _language = "en";

  private _hass?: HomeAssistant;
  private readonly _callers = new CallersController(this);
  private readonly _actions = new ActionsController(this, () => this._localize);
  private readonly _tags = new TagsController(this);

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
    this._tags.hass = hass;
    this._callers.setConnection(hass.connection);
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  // --- events from the toolbar, the rows and the companies ------------------

  private _selectTab(tab: Filter): void {
    if (tab !== this._callers.filter) {
      this._actions.closePanel();
      this._callers.selectTab(tab);
    }
  }

  private _onQuery = (event: CustomEvent<QueryChange>): void => {
    this._callers.changeQuery(event.detail);
  };

  private _onRowAction = (event: CustomEvent<RowAction>): void => {
    this._actions.handle(event.detail);
  };

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

  protected render(): TemplateResult {
    const localize = this._localize;
    const config = this._config as CardConfig;
    const callers = this._callers;
    const companies = callers.filter === "labels";
    const view: View = {
      localize,
      language: this._language,
      now: callers.now,
      timeZone: this._hass?.config?.time_zone,
      lines: callers.lines,
      tagText: this._tags.text,
      flagTags: this._tags.flag,
    };
    const title = config.title ?? localize("title");
    return html`
      <ha-card .header=${title || undefined}>
        <div class="tabs" role="tablist">
          ${FILTERS.map(
            (tab) => html`
              <button
                class="tab"
                role="tab"
                aria-selected=${tab === callers.filter ? "true" : "false"}
                @click=${() => this._selectTab(tab)}
              >
                ${localize(`tab.${tab}` as TextKey)}
              </button>
            `,
          )}
        </div>
        <nc-toolbar
          .view=${view}
          .search=${callers.search}
          .sort=${callers.sort}
          .descending=${callers.descending}
          .line=${callers.line}
          .sortable=${!companies}
          .pickLine=${!companies && callers.lines.length > 1 && !config.line}
          @nc-query=${this._onQuery}
        ></nc-toolbar>
        <div class="content">${this._renderContent(view, companies)}</div>
        ${this._renderFooter(localize)}
      </ha-card>
    `;
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
    if (!callers.loaded) {
      return html`<div class="message">…</div>`;
    }
    if (companies) {
      return html`<nc-companies
        .labels=${callers.labels}
        .search=${callers.search}
        .since=${callers.since}
        .view=${view}
        @nc-show-label=${this._onShowLabel}
      ></nc-companies>`;
    }
    const search = callers.search.trim();
    if (!callers.callers.length) {
      return html`<div class="message">
        ${search ? localize("empty.search", { search }) : localize("empty.callers")}
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
          .confirming=${actions.confirmReset === caller.number}
        ></nc-caller-row>`,
      )}
    </div>`;
  }

  private _renderFooter(localize: Localize) {
    const callers = this._callers;
    if (callers.error || callers.filter === "labels" || callers.callers.length === 0) {
      return nothing;
    }
    const language = this._language;
    return html`
      <div class="footer">
        <span
          >${localize("showing", {
            shown: callers.callers.length.toLocaleString(language),
            total: callers.total.toLocaleString(language),
          })}</span
        >
        ${callers.hasMore
          ? html`<button class="text-button" @click=${() => this._callers.showMore()}>
              ${localize("show.more")}
            </button>`
          : nothing}
      </div>
    `;
  }
}
