// <nc-companies>: the Companies tab, callers grouped by name or company with
// their calls this month (one page; the server searches and pages them), a
// bar per company. A tap on one fires nc-show-label {label}.
// In a group (friends share their tally): the companies ranked by calls to
// the whole group over the chosen time range, each household's part as a
// bar segment and, in words, "You 12 · Anna 5 · Ben 0".

import { mdiChevronRight, mdiDomain } from "@mdi/js";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";

import { relativeTime, shortDate } from "../format";
import { plural } from "../localize";
import { baseStyles, companiesStyles, listStyles } from "../styles";
import type { TextKey } from "../localize";
import type { GroupCompany, GroupPeriod, GroupResult, LabelSummary, View } from "../types";
import { define, fire, icon } from "./dom";

/** A household's colour in the bars (you first); its name and count are always in words too. */
const HOUSEHOLD_COLOURS = [
  "var(--primary-color)",
  "var(--orange-color, #ff9800)",
  "var(--teal-color, #009688)",
  "var(--purple-color, #926bc7)",
  "var(--pink-color, #e91e63)",
  "var(--light-green-color, #8bc34a)",
];
/** Your household in the group's ranking. */
const YOU = "";

export class NcCompanies extends LitElement {
  static styles = [baseStyles, listStyles, companiesStyles];

  @property({ attribute: false }) labels: LabelSummary[] = [];
  /** The search the labels were found with (the server searches all of them). */
  @property({ attribute: false }) search = "";
  /** The first day the calls are counted from (ISO date). */
  @property({ attribute: false }) since?: string;
  @property({ attribute: false }) view?: View;
  /** The group's ranking (friends share their tally): shown instead of the labels. */
  @property({ attribute: false }) group?: GroupResult;
  /** The time range the group's ranking covers. */
  @property({ attribute: false }) groupPeriod: GroupPeriod = "all";

  protected shouldUpdate(): boolean {
    return this.view !== undefined;
  }

  protected render(): TemplateResult {
    if (this.group) {
      return this._renderGroup(this.group);
    }
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

  private _renderGroup(group: GroupResult): TemplateResult {
    const { localize, language } = this.view as View;
    const search = this.search.trim();
    const members = group.members ?? [YOU];
    // Two subscriptions under one name count as one household (the server sums them by name).
    const households = group.members?.length ?? group.households;
    const period = localize(`group.period.${this.groupPeriod}` as TextKey);
    const caption = html`<div class="group-caption">
      ${localize("group.caption", { n: households.toLocaleString(language), period })}
    </div>`;
    if (!group.companies.length) {
      return html`${caption}
        <div class="message">
          ${search ? localize("empty.search", { search }) : localize("group.empty")}
        </div>`;
    }
    const top = Math.max(1, ...group.companies.map((company) => company.calls));
    return html`${caption}
      <div class="list" role="list">
        ${repeat(
          group.companies,
          (company) => company.key,
          (company) => this._renderGroupRow(company, members, households, top),
        )}
      </div>`;
  }

  private _renderGroupRow(
    company: GroupCompany,
    members: string[],
    households: number,
    top: number,
  ): TemplateResult {
    const { localize, language } = this.view as View;
    const n = (value: number) => value.toLocaleString(language);
    const name = (member: string) => (member === YOU ? localize("group.you") : member);
    const colour = (index: number) => HOUSEHOLD_COLOURS[index % HOUSEHOLD_COLOURS.length];
    const parts = members.map((member, index) => ({
      member,
      calls: company.by_household[member] ?? 0,
      colour: colour(index),
    }));
    const content = html`
      <div class="badge">${icon(mdiDomain)}</div>
      <div class="info">
        <div class="primary">${company.company}</div>
        <div class="bar-track stacked" aria-hidden="true">
          ${parts.map((part) =>
            part.calls
              ? html`<div
                  class="segment"
                  style="width:${(100 * part.calls) / top}%;background:${part.colour}"
                ></div>`
              : nothing,
          )}
        </div>
        <div class="parts" title=${localize("group.parts")}>
          ${parts.map(
            // The separator stays with its household: a narrow card wraps between them.
            (part, index) =>
              html`${index ? " " : ""}<span class="part"
                  >${index ? "· " : ""}<span
                    class="swatch"
                    style="background:${part.colour}"
                  ></span
                  >${name(part.member)} ${n(part.calls)}</span
                >`,
          )}
        </div>
      </div>
      <div class="tally">
        <div class="count">${n(company.calls)}</div>
        <div class="split">
          ${localize("group.households", { n: n(company.households), total: n(households) })}
        </div>
      </div>
    `;
    // Your own callers of it are a tap away; a company only friends heard from has none.
    return company.by_household[YOU]
      ? html`<button
          class="row label-row group-row verdict-nuisance"
          role="listitem"
          data-company=${company.key}
          title=${localize("group.show")}
          @click=${() => fire(this, "nc-show-label", company.company)}
        >
          ${content}<span class="chevron">${icon(mdiChevronRight)}</span>
        </button>`
      : html`<div class="row group-row verdict-nuisance" role="listitem" data-company=${company.key}>
          ${content}
        </div>`;
  }
}

define("nc-companies", NcCompanies);

declare global {
  interface HTMLElementTagNameMap {
    "nc-companies": NcCompanies;
  }
}
