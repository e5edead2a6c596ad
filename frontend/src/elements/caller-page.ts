// <nc-caller-page>: one caller's page inside the card: who it is, its
// verdict and the lists and rules that gave it, first and last call, who
// put it on the personal list, every recorded call (time, line, outcome,
// duration, the verdict and tags it had then), and the actions: flag (in
// the flag panel), allow, unflag, reset (asked once more, until answered),
// and the calls as a CSV download for a complaint. Fires nc-row-action,
// nc-back and nc-export.

import {
  mdiArrowLeft,
  mdiCheckCircleOutline,
  mdiDownload,
  mdiFlagOutline,
  mdiFlagRemoveOutline,
  mdiRestore,
} from "@mdi/js";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";

import type { RowAction } from "../actions";
import { absoluteTime } from "../format";
import { plural, type TextKey } from "../localize";
import { baseStyles, callerPageStyles, iconButtonStyles, textButtonStyles } from "../styles";
import type { Caller, CallerDetail, View } from "../types";
import { byText } from "./caller-row";
import { define, fire, icon } from "./dom";
import type { FlagChoice } from "./flag-panel";
import "./flag-panel";

const ANONYMOUS = "anonymous";
/** The kinds of line a hint names (hints.py); "unknown" says nothing. */
const HINT_KINDS = new Set([
  "fixed_line",
  "mobile",
  "fixed_line_or_mobile",
  "toll_free",
  "premium_rate",
  "shared_cost",
  "voip",
  "personal_number",
  "pager",
  "uan",
  "voicemail",
  "invalid",
]);

export class NcCallerPage extends LitElement {
  static styles = [baseStyles, iconButtonStyles, textButtonStyles, callerPageStyles];

  @property({ attribute: false }) detail?: CallerDetail;
  @property({ attribute: false }) view?: View;
  @property({ attribute: false }) busy = false;
  @property({ attribute: false }) flagging = false;
  @property({ attribute: false }) confirming = false;

  private _ask(kind: Exclude<RowAction["kind"], "flag">): void {
    fire<RowAction>(this, "nc-row-action", { kind, caller: this.detail as Caller });
  }

  protected shouldUpdate(): boolean {
    return this.detail !== undefined && this.view !== undefined;
  }

  /** Opened: the focus goes to Back (the page's first control). */
  protected firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>("button.back")?.focus();
  }

  protected updated(changed: Map<string, unknown>): void {
    if (changed.has("confirming") && this.confirming) {
      this.renderRoot.querySelector<HTMLElement>("button.confirm")?.focus();
    } else if (changed.has("confirming") && changed.get("confirming") === true) {
      this.renderRoot.querySelector<HTMLElement>("button.reset")?.focus();
    }
  }

  protected render(): TemplateResult {
    const detail = this.detail as CallerDetail;
    const view = this.view as View;
    const { localize, language, timeZone, lines, tagText } = view;
    const anonymous = detail.number === ANONYMOUS;
    const name = anonymous ? localize("anonymous") : detail.label || detail.formatted_number;
    const entry = detail.list_entry;
    const lineName = (entryId: string, line: string) =>
      lines.find((known) => known.entry_id === entryId)?.title ?? line;
    const wide = lines.length > 1 ? "wide" : "hidden";
    const when = (iso: string | null) => (iso ? absoluteTime(iso, language, timeZone) : "—");
    return html`
      <div class="page-head">
        <button
          class="icon-button back"
          title=${localize("caller.back")}
          aria-label=${localize("caller.back")}
          @click=${() => fire(this, "nc-back", undefined)}
        >
          ${icon(mdiArrowLeft)}
        </button>
        <div class="who">
          <h2 class="name">${name}</h2>
          ${detail.label && !anonymous
            ? html`<div class="number">${detail.formatted_number}</div>`
            : nothing}
          ${this._renderHint(detail)}
        </div>
        <span class="verdict verdict-${detail.verdict}"
          >${localize(`verdict.${detail.verdict}` as TextKey)}</span
        >
      </div>
      <dl class="facts">
        <dt>${localize("caller.calls")}</dt>
        <dd>
          ${[
            plural(localize, language, "calls", detail.count),
            localize("answered", { n: detail.answered }),
            localize("missed", { n: detail.missed }),
            detail.stopped ? localize("stopped", { n: detail.stopped }) : "",
          ]
            .filter(Boolean)
            .join(" · ")}
        </dd>
        <dt>${localize("caller.first")}</dt>
        <dd>${when(detail.first_seen)}</dd>
        <dt>${localize("last.call")}</dt>
        <dd>${when(detail.last_seen)}</dd>
        ${detail.tags.length
          ? html`<dt>${localize("caller.tags")}</dt>
              <dd>${detail.tags.map((tag) => tagText(tag)).join(", ")}</dd>`
          : nothing}
        ${detail.sources.length
          ? html`<dt>${localize("caller.sources")}</dt>
              <dd>${detail.sources.join(", ")}</dd>`
          : nothing}
        ${entry
          ? html`<dt>${localize("caller.list")}</dt>
              <dd>
                ${byText(localize, entry, view)}${entry.added
                  ? ` · ${absoluteTime(entry.added, language, timeZone)}`
                  : ""}
              </dd>`
          : nothing}
      </dl>
      ${this._renderActions(detail, anonymous)}
      <h3 class="calls-title">${localize("caller.history", { n: detail.calls.length })}</h3>
      ${detail.calls.length
        ? html`<table class="calls">
            <thead>
              <tr>
                <th scope="col">${localize("caller.col.time")}</th>
                <th scope="col">${localize("caller.col.outcome")}</th>
                <th scope="col">${localize("caller.col.verdict")}</th>
                <th scope="col" class=${wide}>${localize("editor.line")}</th>
              </tr>
            </thead>
            <tbody>
              ${detail.calls.map(
                (call) => html`<tr class="call outcome-${call.outcome}">
                  <td>${absoluteTime(call.time, language, timeZone)}</td>
                  <td>
                    ${localize(`outcome.${call.outcome}` as TextKey)}${call.duration
                      ? ` (${localize("duration", { s: call.duration })})`
                      : ""}
                  </td>
                  <td>
                    ${call.verdict ? localize(`verdict.${call.verdict}` as TextKey) : ""}${call.tags
                      .length
                      ? ` · ${call.tags.map((tag) => tagText(tag)).join(", ")}`
                      : ""}
                  </td>
                  <td class=${wide}>${lineName(call.entry_id, call.line)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<div class="message">${localize("caller.no_calls")}</div>`}
    `;
  }

  /** An unknown caller's hint (where from, what kind of line): muted, never a verdict. */
  private _renderHint(detail: CallerDetail): TemplateResult | typeof nothing {
    const hint = detail.hint;
    const { localize } = this.view as View;
    const kind = hint && HINT_KINDS.has(hint.kind) ? localize(`hint.kind.${hint.kind}` as TextKey) : "";
    const text = [hint?.where ?? "", kind].filter(Boolean).join(" · ");
    return text
      ? html`<div class="hint" title=${localize("hint.label")}>
          <span class="sr-only">${localize("hint.label")}: </span>${text}
        </div>`
      : nothing;
  }

  private _renderActions(detail: CallerDetail, anonymous: boolean): TemplateResult {
    const view = this.view as View;
    const { localize } = view;
    const entry = detail.list_entry;
    const change = view.canChange && !view.preview;
    const button = (kind: string, label: TextKey, path: string, onClick: () => void) => html`
      <button class="text-button ${kind}" ?disabled=${this.busy} @click=${onClick}>
        ${icon(path)}<span>${localize(label)}</span>
      </button>
    `;
    return html`
      <div class="page-actions">
        ${change && !anonymous
          ? html`
              ${button("flag", "action.flag", mdiFlagOutline, () => this._ask("toggle-panel"))}
              ${entry?.action !== "allow"
                ? button("allow", "action.allow", mdiCheckCircleOutline, () => this._ask("allow"))
                : nothing}
              ${entry
                ? button("unflag", "action.unflag", mdiFlagRemoveOutline, () => this._ask("unflag"))
                : nothing}
            `
          : nothing}
        ${change && !this.confirming
          ? button("reset", "action.reset", mdiRestore, () => this._ask("ask-reset"))
          : nothing}
        ${button("export", "caller.export", mdiDownload, () => fire(this, "nc-export", detail.number))}
      </div>
      ${this.confirming
        ? html`<div class="confirm-row" role="alertdialog" aria-labelledby="confirm-text">
            <span id="confirm-text">${localize("reset.question")}</span>
            <button class="text-button confirm" ?disabled=${this.busy} @click=${() => this._ask("reset")}>
              ${localize("action.reset_confirm")}
            </button>
            <button class="text-button cancel-reset" @click=${() => this._ask("cancel-reset")}>
              ${localize("cancel")}
            </button>
          </div>`
        : nothing}
      ${this.flagging
        ? html`<nc-flag-panel
            class="panel"
            .entry=${entry}
            .view=${view}
            @nc-flag=${(event: CustomEvent<FlagChoice>) =>
              fire<RowAction>(this, "nc-row-action", {
                kind: "flag",
                caller: detail,
                ...event.detail,
              })}
            @nc-close=${() => {
              this._ask("close-panel");
              this.renderRoot.querySelector<HTMLElement>("button.flag")?.focus();
            }}
          ></nc-flag-panel>`
        : nothing}
    `;
  }
}

define("nc-caller-page", NcCallerPage);

declare global {
  interface HTMLElementTagNameMap {
    "nc-caller-page": NcCallerPage;
  }
}
