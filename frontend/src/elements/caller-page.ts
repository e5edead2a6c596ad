// <nc-caller-page>: one caller's page inside the card: who it is, its
// verdict and the lists and rules that gave it, first and last call, who
// put it on the personal list, every recorded call (time, line, outcome,
// duration, the verdict and tags it had then), and the actions: flag (in
// the flag panel), allow, unflag, reset (asked once more, until answered),
// and the calls as a CSV download for a complaint. Fires nc-row-action,
// nc-back and nc-export. Also the calls per month (a spark) and the
// household's notes: on the caller and on each call, edited in place by
// those who may change the lists (one editor at a time; saved through
// `saveNote`, which the card gives).

import {
  mdiArrowLeft,
  mdiCheckCircleOutline,
  mdiDownload,
  mdiFlagOutline,
  mdiFlagRemoveOutline,
  mdiNoteEditOutline,
  mdiNotePlusOutline,
  mdiRestore,
} from "@mdi/js";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";

import type { RowAction } from "../actions";
import { absoluteTime } from "../format";
import { plural, type TextKey } from "../localize";
import {
  baseStyles,
  callerNotesStyles,
  callerPageStyles,
  iconButtonStyles,
  textButtonStyles,
} from "../styles";
import type { Caller, CallerDetail, CallRecord, View } from "../types";
import { byText } from "./caller-row";
import { define, fire, icon } from "./dom";
import type { FlagChoice } from "./flag-panel";
import "./flag-panel";
import "./note";
import "./spark";

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
  static styles = [
    baseStyles,
    iconButtonStyles,
    textButtonStyles,
    callerPageStyles,
    callerNotesStyles,
  ];

  @property({ attribute: false }) detail?: CallerDetail;
  @property({ attribute: false }) view?: View;
  @property({ attribute: false }) busy = false;
  @property({ attribute: false }) flagging = false;
  @property({ attribute: false }) confirming = false;
  /** Writes a note (on the caller; with `call`, on that call); rejects with the server's error. */
  @property({ attribute: false }) saveNote?: (number: string, note: string, call?: number) => Promise<void>;

  /** The note being edited: the caller's, or a call's (its id). */
  @state() private _editing?: "caller" | number;

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
      ${this._renderSpark(detail, view)}
      ${this._renderActions(detail, anonymous)}
      ${this._renderCallerNote(detail, view)}
      <h3 class="calls-title">${localize("caller.history", { n: detail.calls.length })}</h3>
      ${detail.calls.length
        ? html`<table class="calls">
            <thead>
              <tr>
                <th scope="col">${localize("caller.col.time")}</th>
                <th scope="col">${localize("caller.col.outcome")}</th>
                <th scope="col">${localize("caller.col.verdict")}</th>
                <th scope="col" class=${wide}>${localize("editor.line")}</th>
                <th scope="col">${localize("caller.col.note")}</th>
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
                  ${this._renderCallNoteCell(call, view)}
                </tr>${this._renderCallNoteRow(detail, call, view)}`,
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

  /** The caller's calls per month (from the calls this page has; no request of its own). */
  private _renderSpark(detail: CallerDetail, view: View): TemplateResult | typeof nothing {
    if (!detail.calls.length) {
      return nothing;
    }
    return html`<nc-spark
      .times=${detail.calls.map((call) => call.time)}
      .localize=${view.localize}
      .language=${view.language}
      .timeZone=${view.timeZone}
      .now=${view.now}
    ></nc-spark>`;
  }

  private get _mayNote(): boolean {
    const view = this.view as View;
    return view.canChange && !view.preview && this.saveNote !== undefined;
  }

  private _closeNote(focus: string): void {
    this._editing = undefined;
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(focus);
      (target?.shadowRoot?.querySelector<HTMLElement>("button.edit-note") ?? target)?.focus();
    });
  }

  /** The note on the caller: its text, and for admins Add/Edit in place. */
  private _renderCallerNote(detail: CallerDetail, view: View): TemplateResult {
    const { localize } = view;
    const may = this._mayNote;
    const note = detail.note ?? "";
    if (!note && !may) {
      return html``;
    }
    return html`<section class="caller-note" aria-labelledby="caller-note-title">
      <h3 class="calls-title" id="caller-note-title">${localize("note.title")}</h3>
      <nc-note
        class="caller-note-body"
        .localize=${localize}
        .text=${note}
        .label=${localize("note.caller")}
        .empty=${may ? localize("note.none") : ""}
        .editable=${may}
        .button=${true}
        .editing=${this._editing === "caller"}
        .save=${(text: string) => (this.saveNote as NonNullable<NcCallerPage["saveNote"]>)(detail.number, text)}
        @nc-note-edit=${() => {
          this._editing = "caller";
        }}
        @nc-note-close=${() => this._closeNote("nc-note.caller-note-body")}
      ></nc-note>
    </section>`;
  }

  /** A call's note button (admins), in the call's row. */
  private _renderCallNoteCell(call: CallRecord, view: View): TemplateResult {
    const { localize, language, timeZone } = view;
    if (!this._mayNote) {
      return html`<td class="note-cell"></td>`; // the note itself is in the row below
    }
    const time = absoluteTime(call.time, language, timeZone);
    const label = localize(call.note ? "note.edit_call" : "note.add_call", { time });
    return html`<td class="note-cell">
      <button
        class="icon-button call-note-button"
        data-call=${call.id}
        title=${label}
        aria-label=${label}
        aria-expanded=${this._editing === call.id ? "true" : "false"}
        @click=${() => {
          this._editing = this._editing === call.id ? undefined : call.id;
        }}
      >
        ${icon(call.note ? mdiNoteEditOutline : mdiNotePlusOutline)}
      </button>
    </td>`;
  }

  /** Below a call with a note (or whose note is being written): the note, or its editor. */
  private _renderCallNoteRow(
    detail: CallerDetail,
    call: CallRecord,
    view: View,
  ): TemplateResult | typeof nothing {
    const editing = this._editing === call.id && this._mayNote;
    if (!call.note && !editing) {
      return nothing;
    }
    const { localize, language, timeZone } = view;
    const time = absoluteTime(call.time, language, timeZone);
    return html`<tr class="call-note">
      <td colspan="5">
        <nc-note
          data-call=${call.id}
          .localize=${localize}
          .text=${call.note ?? ""}
          .label=${localize("note.call", { time })}
          .editable=${this._mayNote}
          .editing=${editing}
          .save=${(text: string) =>
            (this.saveNote as NonNullable<NcCallerPage["saveNote"]>)(detail.number, text, call.id)}
          @nc-note-close=${() => this._closeNote(`button.call-note-button[data-call="${call.id}"]`)}
        ></nc-note>
      </td>
    </tr>`;
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
