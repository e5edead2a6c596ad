// <nc-caller-row>: one caller: verdict, name, tally, and two Tab stops: the
// row itself (opens the caller's page) and, for admins, Flag (opens the flag
// panel under the row). The host is the row (classes row, verdict-*, flash,
// busy; data-number). What a tap asks for goes up as nc-row-action.

import {
  mdiFlag,
  mdiFlagOutline,
  mdiIncognito,
  mdiPhoneCancel,
  mdiPhoneCheck,
  mdiPhoneHangup,
  mdiPhoneIncoming,
  mdiPhoneMissed,
  mdiPhoneOutline,
} from "@mdi/js";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";

import type { RowAction } from "../actions";
import { absoluteTime, relativeTime } from "../format";
import { plural, type Localize, type TextKey } from "../localize";
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

  connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute("role", "listitem");
  }

  /** Escape in the flag panel: the focus goes back to Flag. */
  focusFlag(): void {
    this.renderRoot.querySelector<HTMLElement>("button.flag")?.focus();
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
    const view = this.view as View;
    const { localize, language, now, timeZone, lines, tagText } = view;
    const anonymous = caller.number === ANONYMOUS;
    const name = anonymous ? localize("anonymous") : caller.label || caller.formatted_number;
    // The line's name only where there are several (on a phone it costs the name).
    const lineTitle =
      lines.length > 1 ? lines.find((line) => line.entry_id === caller.last_line)?.title : undefined;
    const entry = caller.list_entry;
    const verdictText = localize(`verdict.${caller.verdict}` as TextKey);
    const lastCall = caller.last_seen
      ? `${localize("last.call")}: ${absoluteTime(caller.last_seen, language, timeZone)}`
      : "";
    const stopped = caller.stopped ?? 0;
    // The button's name is its text (WCAG 2.5.3): words a screen reader needs
    // and the eye does not (verdict, what the numbers count) are hidden text.
    const hidden = (text: string) => html`<span class="sr-only">${text}</span>`;
    return html`
      <button
        class="open"
        title=${localize("caller.open")}
        ?disabled=${view.preview}
        @click=${() => this._ask("open")}
      >
        <div class="badge" title=${verdictText}>
          ${icon(anonymous ? mdiIncognito : VERDICT_ICONS[caller.verdict])}${hidden(verdictText)}
        </div>
        <div class="info">
          <div class="primary">${name}</div>
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
              ${entry ? html`<span class="chip mine">${byText(localize, entry, view)}</span>` : nothing}
            </div>`
          : nothing}
        <div class="tally">
          <div class="count">${caller.count.toLocaleString(language)}</div>
          ${hidden(plural(localize, language, "calls", caller.count).replace(/^\S+\s*/, ""))}
          <div class="split">
            <span class="answered">
              ${icon(mdiPhoneIncoming)}${caller.answered.toLocaleString(language)}${hidden(
                localize("answered", { n: "" }),
              )}
            </span>
            <span class="missed ${caller.missed ? "" : "none"}">
              ${icon(mdiPhoneMissed)}${caller.missed.toLocaleString(language)}${hidden(
                localize("missed", { n: "" }),
              )}
            </span>
            ${stopped
              ? html`<span class="stopped">
                  ${icon(mdiPhoneHangup)}${stopped.toLocaleString(language)}${hidden(
                    localize("stopped", { n: "" }),
                  )}
                </span>`
              : nothing}
          </div>
        </div>
      </button>
      <div class="actions">${this._renderFlag(caller, anonymous)}</div>
      ${this.flagging
        ? html`<nc-flag-panel
            class="panel"
            .entry=${entry}
            .view=${this.view}
            @nc-flag=${this._flag}
            @nc-close=${() => {
              this._ask("close-panel");
              this.focusFlag();
            }}
          ></nc-flag-panel>`
        : nothing}
    `;
  }

  private _renderFlag(caller: Caller, anonymous: boolean): TemplateResult | typeof nothing {
    const view = this.view as View;
    if (!view.canChange || view.preview) {
      return nothing;
    }
    if (anonymous) {
      return html`<span class="slot"></span>`; // the tallies stay in one column
    }
    const flagged = caller.list_entry?.action === "flag";
    const label = view.localize("action.flag");
    return html`<button
      class="icon-button flag"
      title=${label}
      aria-label=${label}
      aria-pressed=${String(flagged)}
      aria-expanded=${String(this.flagging)}
      ?disabled=${this.busy}
      @click=${() => this._ask("toggle-panel")}
    >
      ${icon(flagged ? mdiFlag : mdiFlagOutline)}
    </button>`;
  }
}

/** "Flagged by you", "Flagged by Anna", "Allowed by you" (by whom the list says). */
export function byText(
  localize: Localize,
  entry: { action: "flag" | "allow"; by_user?: string; by_name?: string },
  view: View,
): string {
  const flag = entry.action === "flag";
  if (entry.by_user && entry.by_user !== view.userId) {
    return localize(flag ? "on.list.flag_by" : "on.list.allow_by", {
      name: entry.by_name || "?",
    });
  }
  if (entry.by_user) {
    return localize(flag ? "on.list.flag" : "on.list.allow");
  }
  return localize(flag ? "on.list.flagged" : "on.list.allowed");
}

define("nc-caller-row", NcCallerRow);

declare global {
  interface HTMLElementTagNameMap {
    "nc-caller-row": NcCallerRow;
  }
}
