// <nc-caller-row>: one caller: verdict, name, tally, the actions and, when
// open, the flag panel. The host is the row (classes row, verdict-*, flash,
// busy; data-number). What a tap asks for goes up as nc-row-action.

import {
  mdiCheckCircle,
  mdiCheckCircleOutline,
  mdiFlag,
  mdiFlagOutline,
  mdiFlagRemoveOutline,
  mdiIncognito,
  mdiPhoneCancel,
  mdiPhoneCheck,
  mdiPhoneHangup,
  mdiPhoneIncoming,
  mdiPhoneMissed,
  mdiPhoneOutline,
  mdiRestore,
} from "@mdi/js";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";

import type { RowAction } from "../actions";
import { absoluteTime, relativeTime } from "../format";
import { plural, type TextKey } from "../localize";
import { baseStyles, callerRowStyles, iconButtonStyles } from "../styles";
import type { Caller, Verdict, View } from "../types";
import { define, fire, icon } from "./dom";
import type { FlagChoice } from "./flag-panel";
import "./flag-panel";

const ANONYMOUS = "anonymous";

const VERDICT_ICONS: Record<Verdict, string> = {
  nuisance: mdiPhoneCancel,
  allowed: mdiPhoneCheck,
  unknown: mdiPhoneOutline,
};

export class NcCallerRow extends LitElement {
  static styles = [baseStyles, iconButtonStyles, callerRowStyles];

  @property({ attribute: false }) caller?: Caller;
  @property({ attribute: false }) view?: View;
  /** A pushed change just touched it. */
  @property({ attribute: false }) flash = false;
  /** An action for it is under way. */
  @property({ attribute: false }) busy = false;
  /** Its flag panel is open. */
  @property({ attribute: false }) flagging = false;
  /** Its reset waits for a second tap. */
  @property({ attribute: false }) confirming = false;

  connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute("role", "listitem");
  }

  private _ask(kind: Exclude<RowAction["kind"], "flag">): void {
    fire<RowAction>(this, "nc-row-action", { kind, caller: this.caller as Caller });
  }

  private _flag(event: CustomEvent<FlagChoice>): void {
    fire<RowAction>(this, "nc-row-action", {
      kind: "flag",
      caller: this.caller as Caller,
      ...event.detail,
    });
  }

  protected shouldUpdate(): boolean {
    return this.caller !== undefined && this.view !== undefined;
  }

  protected willUpdate(): void {
    const caller = this.caller as Caller;
    this.className = [
      "row",
      `verdict-${caller.verdict}`,
      this.flash ? "flash" : "",
      this.busy ? "busy" : "",
    ].join(" ");
    this.dataset.number = caller.number;
  }

  protected render(): TemplateResult {
    const caller = this.caller as Caller;
    const { localize, language, now, timeZone, lines, tagText } = this.view as View;
    const anonymous = caller.number === ANONYMOUS;
    const name = anonymous ? localize("anonymous") : caller.label || caller.formatted_number;
    const lineTitle = lines.find((line) => line.entry_id === caller.last_line)?.title;
    const entry = caller.list_entry;
    const verdictText = localize(`verdict.${caller.verdict}` as TextKey);
    const lastCall = [
      caller.last_seen
        ? `${localize("last.call")}: ${absoluteTime(caller.last_seen, language, timeZone)}`
        : "",
      lineTitle ? `${localize("editor.line")}: ${lineTitle}` : "",
    ]
      .filter(Boolean)
      .join("\n");
    return html`
      <div class="badge" title=${verdictText} aria-label=${verdictText} role="img">
        ${icon(anonymous ? mdiIncognito : VERDICT_ICONS[caller.verdict])}
      </div>
      <div class="info">
        <div class="primary" title=${name}>${name}</div>
        <div class="secondary" title=${lastCall}>
          ${[
            caller.label && !anonymous ? caller.formatted_number : "",
            caller.last_seen ? relativeTime(caller.last_seen, language, now) : localize("never"),
            lineTitle ?? "",
          ]
            .filter(Boolean)
            .join(" · ")}
        </div>
      </div>
      ${caller.tags.length || caller.score !== null || entry
        ? html`<div class="chips">
            ${caller.tags.map((tag) => html`<span class="chip">${tagText(tag)}</span>`)}
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
          ${caller.stopped
            ? html`<span class="stopped" title=${localize("stopped", { n: caller.stopped })}>
                ${icon(mdiPhoneHangup)}${caller.stopped.toLocaleString(language)}
              </span>`
            : nothing}
        </div>
      </div>
      <div class="actions">${this._renderActions(caller, anonymous)}</div>
      ${this.flagging
        ? html`<nc-flag-panel
            class="panel"
            .entry=${entry}
            .view=${this.view}
            @nc-flag=${this._flag}
            @nc-close=${() => this._ask("close-panel")}
          ></nc-flag-panel>`
        : nothing}
    `;
  }

  private _renderActions(caller: Caller, anonymous: boolean): TemplateResult {
    const { localize } = this.view as View;
    const entry = caller.list_entry;
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
        ?disabled=${this.busy}
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
              () => this._ask("toggle-panel"),
              { pressed: flagged, expanded: this.flagging },
            )}
            ${button(
              "allow",
              "action.allow",
              allowed ? mdiCheckCircle : mdiCheckCircleOutline,
              () => this._ask("allow"),
              { pressed: allowed },
            )}
            ${entry
              ? button("unflag", "action.unflag", mdiFlagRemoveOutline, () => this._ask("unflag"))
              : slot}
          `}
      ${this.confirming
        ? html`<button class="confirm" ?disabled=${this.busy} @click=${() => this._ask("reset")}>
            ${localize("action.reset_confirm")}
          </button>`
        : button("reset", "action.reset", mdiRestore, () => this._ask("ask-reset"))}
    `;
  }
}

define("nc-caller-row", NcCallerRow);

declare global {
  interface HTMLElementTagNameMap {
    "nc-caller-row": NcCallerRow;
  }
}
