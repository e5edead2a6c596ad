// <nc-spark>: a small sparkline of one caller's calls per month (the last 12
// months, this one last), on the caller's page. It counts the calls the page
// already has: no request, and nothing per row of the list (5,000 callers
// cost nothing extra). One image for screen readers, its label saying every
// month's count in words; the bars in the theme's primary colour, this
// month's on the right.

import { html, LitElement, nothing, svg, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";

import type { Localize } from "../localize";
import { callsPerMonth } from "../spark";
import { sparkStyles } from "../styles";
import { define } from "./dom";

const WIDTH = 144;
const HEIGHT = 28;

export class NcSpark extends LitElement {
  static styles = [sparkStyles];

  @property({ attribute: false }) times: readonly string[] = [];
  @property({ attribute: false }) localize?: Localize;
  @property({ attribute: false }) language = "en";
  @property({ attribute: false }) timeZone?: string;
  @property({ attribute: false }) now = Date.now();

  protected render(): TemplateResult | typeof nothing {
    const localize = this.localize;
    if (!localize) {
      return nothing;
    }
    const months = callsPerMonth(this.times, this.now, this.timeZone);
    const most = Math.max(1, ...months.map((month) => month.count));
    const total = months.reduce((sum, month) => sum + month.count, 0);
    let name: Intl.DateTimeFormat;
    try {
      name = new Intl.DateTimeFormat(this.language, { month: "long", year: "numeric", timeZone: "UTC" });
    } catch {
      name = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });
    }
    const number = (n: number) => n.toLocaleString(this.language);
    const label = localize("spark.label", {
      months: number(months.length),
      total: number(total),
      months_list: months
        .map((month) => localize("spark.month", { month: name.format(month.date), n: number(month.count) }))
        .join(", "),
    });
    const step = WIDTH / months.length;
    const bar = step - 2;
    return html`<div class="spark">
      <svg
        role="img"
        aria-label=${label}
        viewBox="0 0 ${WIDTH} ${HEIGHT}"
        preserveAspectRatio="none"
        data-counts=${months.map((month) => month.count).join(",")}
      >
        ${months.map((month, index) => {
          const height = month.count ? Math.max(2, (month.count / most) * (HEIGHT - 2)) : 0;
          return svg`<rect
            class="bar"
            x=${index * step + 1}
            y=${HEIGHT - 1 - height}
            width=${bar}
            height=${height}
          ></rect>`;
        })}
        ${svg`<line class="base" x1="0" x2=${WIDTH} y1=${HEIGHT - 0.5} y2=${HEIGHT - 0.5}></line>`}
      </svg>
      <span class="caption" aria-hidden="true">${localize("spark.title")}</span>
    </div>`;
  }
}

define("nc-spark", NcSpark);

declare global {
  interface HTMLElementTagNameMap {
    "nc-spark": NcSpark;
  }
}
