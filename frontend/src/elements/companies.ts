// <nc-companies>: the Companies tab, callers grouped by name or company with
// their calls this month (one page; the server searches and pages them), a
// bar per company. A tap on one fires nc-show-label {label}.

import { mdiChevronRight, mdiDomain } from "@mdi/js";
import { html, LitElement, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";

import { relativeTime, shortDate } from "../format";
import { plural } from "../localize";
import { baseStyles, companiesStyles, listStyles } from "../styles";
import type { LabelSummary, View } from "../types";
import { define, fire, icon } from "./dom";

export class NcCompanies extends LitElement {
  static styles = [baseStyles, listStyles, companiesStyles];

  @property({ attribute: false }) labels: LabelSummary[] = [];
  /** The search the labels were found with (the server searches all of them). */
  @property({ attribute: false }) search = "";
  /** The first day the calls are counted from (ISO date). */
  @property({ attribute: false }) since?: string;
  @property({ attribute: false }) view?: View;

  protected shouldUpdate(): boolean {
    return this.view !== undefined;
  }

  protected render(): TemplateResult {
    const { localize, language, now } = this.view as View;
    const search = this.search.trim();
    const labels = this.labels;
    if (!labels.length) {
      return html`<div class="message">
        ${search ? localize("empty.search", { search }) : localize("empty.labels")}
      </div>`;
    }
    const since = this.since ? shortDate(this.since, language) : "";
    const top = Math.max(1, ...labels.map((label) => label.calls_since));
    return html`<div class="list" role="list">
      ${repeat(
        labels,
        (label) => label.label,
        (label) => html`
          <button
            class="row label-row verdict-${label.verdict}"
            role="listitem"
            title=${localize("labels.show")}
            @click=${() => fire(this, "nc-show-label", label.label)}
          >
            <div class="badge">${icon(mdiDomain)}</div>
            <div class="info">
              <div class="primary">${label.label}</div>
              <div class="secondary">
                ${[
                  plural(localize, language, "numbers", label.callers),
                  localize("labels.total", { n: label.count.toLocaleString(language) }),
                  label.last_seen ? relativeTime(label.last_seen, language, now) : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </div>
            <div class="bar-track" aria-hidden="true">
              <div class="bar" style="width:${(100 * label.calls_since) / top}%"></div>
            </div>
            <div class="tally">
              <div class="count">${label.calls_since.toLocaleString(language)}</div>
              <div class="split">${localize("labels.since", { date: since })}</div>
            </div>
            <span class="chevron">${icon(mdiChevronRight)}</span>
          </button>
        `,
      )}
    </div>`;
  }
}

define("nc-companies", NcCompanies);

declare global {
  interface HTMLElementTagNameMap {
    "nc-companies": NcCompanies;
  }
}
