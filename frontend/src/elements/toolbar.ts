// <nc-toolbar>: search, sort and direction, and the line when there are
// several. Every change fires nc-query with a QueryChange (controller.ts).

import { mdiClose, mdiMagnify, mdiSortAscending, mdiSortDescending } from "@mdi/js";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";

import { SORTS } from "../config";
import type { QueryChange } from "../controller";
import type { TextKey } from "../localize";
import { baseStyles, iconButtonStyles, toolbarStyles } from "../styles";
import type { GroupPeriod, GroupSort, Period, SortKey, View } from "../types";

const PERIODS: Period[] = ["all", "year", "30d", "7d"];
/** A group's ranking: the windows a shared tally counts (group.py's PERIOD_DAYS). */
const GROUP_PERIODS: GroupPeriod[] = ["all", "year", "90_days", "30_days"];
const GROUP_SORTS: GroupSort[] = ["calls", "households", "company"];
import { define, fire, icon } from "./dom";

export class NcToolbar extends LitElement {
  static styles = [baseStyles, iconButtonStyles, toolbarStyles];

  @property({ attribute: false }) view?: View;
  @property({ attribute: false }) search = "";
  @property({ attribute: false }) sort: SortKey = "count";
  @property({ attribute: false }) descending = true;
  /** The line picked; undefined: all lines. */
  @property({ attribute: false }) line?: string;
  /** Sorting makes sense (not on the Companies tab). */
  @property({ attribute: false }) sortable = true;
  /** Offer the line choice (several lines, none fixed by the config). */
  @property({ attribute: false }) pickLine = false;
  @property({ attribute: false }) period: Period = "all";
  /** The tag filtered by; undefined: every tag. */
  @property({ attribute: false }) tag?: string;
  /** The tags to filter by (the integration's). */
  @property({ attribute: false }) tags: string[] = [];
  /** The Companies tab of a group: its ranking's order and time range instead. */
  @property({ attribute: false }) group = false;
  @property({ attribute: false }) groupSort: GroupSort = "calls";
  @property({ attribute: false }) groupDescending = true;
  @property({ attribute: false }) groupPeriod: GroupPeriod = "all";

  private _change(change: QueryChange): void {
    fire(this, "nc-query", change);
  }

  protected shouldUpdate(): boolean {
    return this.view !== undefined;
  }

  protected render(): TemplateResult {
    const { localize, lines } = this.view as View;
    const direction = localize(this.descending ? "sort.descending" : "sort.ascending");
    return html`
      <label class="search">
        ${icon(mdiMagnify)}
        <input
          type="search"
          .value=${this.search}
          placeholder=${localize("search")}
          aria-label=${localize("search")}
          @input=${(event: InputEvent) =>
            this._change({ search: (event.target as HTMLInputElement).value })}
        />
        ${this.search
          ? html`<button
              class="icon-button"
              title=${localize("search.clear")}
              aria-label=${localize("search.clear")}
              @click=${() => this._change({ search: "", immediate: true })}
            >
              ${icon(mdiClose)}
            </button>`
          : nothing}
      </label>
      ${this.group ? this._renderGroup() : nothing}
      ${this.sortable
        ? html`
            <div class="sort">
              <select
                aria-label=${localize("sort.by")}
                @change=${(event: Event) =>
                  this._change({ sort: (event.target as HTMLSelectElement).value as SortKey })}
              >
                ${SORTS.map(
                  (sort) =>
                    html`<option value=${sort} ?selected=${sort === this.sort}>
                      ${localize(`sort.${sort}` as TextKey)}
                    </option>`,
                )}
              </select>
              <button
                class="icon-button"
                title=${direction}
                aria-label=${direction}
                @click=${() => this._change({ descending: !this.descending })}
              >
                ${icon(this.descending ? mdiSortDescending : mdiSortAscending)}
              </button>
            </div>
          `
        : nothing}
      ${this.sortable
        ? html`
            <select
              class="period"
              aria-label=${localize("period")}
              @change=${(event: Event) =>
                this._change({ period: (event.target as HTMLSelectElement).value as Period })}
            >
              ${PERIODS.map(
                (period) =>
                  html`<option value=${period} ?selected=${period === this.period}>
                    ${localize(`period.${period}` as TextKey)}
                  </option>`,
              )}
            </select>
            ${this.tags.length
              ? html`<select
                  class="tag"
                  aria-label=${localize("filter.tag")}
                  @change=${(event: Event) =>
                    this._change({ tag: (event.target as HTMLSelectElement).value || undefined })}
                >
                  <option value="" ?selected=${!this.tag}>${localize("filter.tag_all")}</option>
                  ${this.tags.map(
                    (tag) =>
                      html`<option value=${tag} ?selected=${tag === this.tag}>
                        ${this.view?.tagText(tag) ?? tag}
                      </option>`,
                  )}
                </select>`
              : nothing}
          `
        : nothing}
      ${this.pickLine
        ? html`
            <select
              aria-label=${localize("editor.line")}
              @change=${(event: Event) =>
                this._change({ line: (event.target as HTMLSelectElement).value || undefined })}
            >
              <option value="" ?selected=${!this.line}>${localize("line.all")}</option>
              ${lines.map(
                (line) =>
                  html`<option value=${line.entry_id} ?selected=${line.entry_id === this.line}>
                    ${line.title}
                  </option>`,
              )}
            </select>
          `
        : nothing}
    `;
  }

  /** The group ranking's order (calls to the group: least or most first) and time range. */
  private _renderGroup(): TemplateResult {
    const { localize } = this.view as View;
    const direction = localize(this.groupDescending ? "sort.descending" : "sort.ascending");
    return html`
      <div class="sort">
        <select
          class="group-sort"
          aria-label=${localize("sort.by")}
          @change=${(event: Event) =>
            this._change({ groupSort: (event.target as HTMLSelectElement).value as GroupSort })}
        >
          ${GROUP_SORTS.map(
            (sort) =>
              html`<option value=${sort} ?selected=${sort === this.groupSort}>
                ${localize(`group.sort.${sort}` as TextKey)}
              </option>`,
          )}
        </select>
        <button
          class="icon-button group-direction"
          title=${direction}
          aria-label=${direction}
          @click=${() => this._change({ groupDescending: !this.groupDescending })}
        >
          ${icon(this.groupDescending ? mdiSortDescending : mdiSortAscending)}
        </button>
      </div>
      <select
        class="group-period"
        aria-label=${localize("period")}
        @change=${(event: Event) =>
          this._change({ groupPeriod: (event.target as HTMLSelectElement).value as GroupPeriod })}
      >
        ${GROUP_PERIODS.map(
          (period) =>
            html`<option value=${period} ?selected=${period === this.groupPeriod}>
              ${localize(`group.period.${period}` as TextKey)}
            </option>`,
        )}
      </select>
    `;
  }
}

define("nc-toolbar", NcToolbar);

declare global {
  interface HTMLElementTagNameMap {
    "nc-toolbar": NcToolbar;
  }
}
