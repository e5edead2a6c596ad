// <nc-chart>: calls per day (the last 30 days) at the top of the card:
// nuisance calls (those the phone stopped darker) stacked on the others, in
// the theme's colours, with today's counts beside the title. Bars are plain
// boxes (no chart library): 30 of them cost nothing to draw and follow the
// theme like the rest of the card.

import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";

import { shortDate } from "../format";
import { baseStyles, chartStyles } from "../styles";
import type { Day, View } from "../types";
import { define } from "./dom";

export class NcChart extends LitElement {
  static styles = [baseStyles, chartStyles];

  @property({ attribute: false }) days: Day[] = [];
  @property({ attribute: false }) view?: View;

  protected shouldUpdate(): boolean {
    return this.view !== undefined;
  }

  protected render(): TemplateResult | typeof nothing {
    const days = this.days;
    if (!days.length) {
      return nothing;
    }
    const { localize, language } = this.view as View;
    const top = Math.max(1, ...days.map((day) => day.calls));
    const total = days.reduce((sum, day) => sum + day.calls, 0);
    const nuisance = days.reduce((sum, day) => sum + day.nuisance, 0);
    const stopped = days.reduce((sum, day) => sum + day.stopped, 0);
    const today = days[days.length - 1];
    const n = (value: number) => value.toLocaleString(language);
    const summary = localize("chart.summary", {
      days: days.length,
      calls: n(total),
      nuisance: n(nuisance),
      stopped: n(stopped),
    });
    const percent = (value: number) => `${(100 * value) / top}%`;
    return html`
      <div class="head">
        <span class="title">${localize("chart.title", { days: days.length })}</span>
        <span class="today"
          >${localize("chart.today", { calls: n(today.calls), nuisance: n(today.nuisance) })}</span
        >
      </div>
      <div class="plot" role="img" aria-label=${summary}>
        <span class="top" aria-hidden="true">${n(top)}</span>
        ${days.map((day) => {
          const tip = localize("chart.day", {
            date: shortDate(day.date, language),
            calls: n(day.calls),
            nuisance: n(day.nuisance),
            stopped: n(day.stopped),
          });
          const other = Math.max(0, day.calls - day.nuisance);
          const flagged = Math.max(0, day.nuisance - day.stopped);
          return html`<div class="day" title=${tip} data-date=${day.date}>
            <div class="bar other" style="height:${percent(other)}"></div>
            <div class="bar nuisance" style="height:${percent(flagged)}"></div>
            <div class="bar stopped" style="height:${percent(Math.min(day.stopped, day.calls))}"></div>
          </div>`;
        })}
      </div>
      <div class="axis" aria-hidden="true">
        <span>${shortDate(days[0].date, language)}</span>
        <span>${shortDate(today.date, language)}</span>
      </div>
      <div class="legend" aria-hidden="true">
        <span><i class="swatch other"></i>${localize("chart.rest")}</span>
        <span><i class="swatch nuisance"></i>${localize("chart.nuisance")}</span>
        ${stopped
          ? html`<span><i class="swatch stopped"></i>${localize("chart.stopped")}</span>`
          : nothing}
      </div>
    `;
  }
}

define("nc-chart", NcChart);

declare global {
  interface HTMLElementTagNameMap {
    "nc-chart": NcChart;
  }
}
