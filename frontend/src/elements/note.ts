// <nc-note>: one note of the household's (on a caller, or on one call),
// shown as the text it is and, for someone who may change it, edited in place:
// a labelled text field with a character count, Save, Clear and Cancel
// (Ctrl+Enter saves, Escape cancels). Whether it is being edited is the
// parent's (one editor open at a time): it asks with nc-note-edit and is
// told it is done with nc-note-close. Saving goes through `save` (the card
// calls the integration); a refused note shows the server's (translated)
// error here, and the draft stays.

import { mdiNoteEditOutline, mdiNotePlusOutline } from "@mdi/js";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";

import { errorText } from "../api";
import type { Localize } from "../localize";
import { baseStyles, noteStyles, textButtonStyles } from "../styles";
import { define, fire, icon } from "./dom";

/** The most characters a note may have (the integration's MAX_NOTE_LENGTH). */
export const MAX_NOTE = 500;

let counter = 0;

export class NcNote extends LitElement {
  static styles = [baseStyles, textButtonStyles, noteStyles];

  @property({ attribute: false }) localize?: Localize;
  /** The note ("" for none). */
  @property({ attribute: false }) text = "";
  /** What the note is on, as the text field's label ("Note on this caller"). */
  @property({ attribute: false }) label = "";
  /** Shown without a note (nothing when empty). */
  @property({ attribute: false }) empty = "";
  /** The signed-in user may change it (an admin, not a preview). */
  @property({ attribute: false }) editable = false;
  /** Its own Add/Edit button (a call's note has its button in the call's row). */
  @property({ attribute: false }) button = false;
  @property({ attribute: false }) editing = false;
  @property({ attribute: false }) save?: (note: string) => Promise<void>;

  @state() private _draft = "";
  @state() private _saving = false;
  @state() private _error = "";

  private readonly _id = `nc-note-${++counter}`;

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("editing") && this.editing) {
      this._draft = this.text;
      this._error = "";
    }
  }

  protected updated(changed: Map<string, unknown>): void {
    if (changed.has("editing") && this.editing) {
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>("textarea");
      field?.focus();
      field?.setSelectionRange(field.value.length, field.value.length);
    }
  }

  private _close(): void {
    fire(this, "nc-note-close", undefined);
  }

  private async _save(note: string): Promise<void> {
    if (!this.save || this._saving) {
      return;
    }
    this._saving = true;
    this._error = "";
    try {
      await this.save(note);
      this._close();
    } catch (err) {
      this._error = errorText(err);
    } finally {
      this._saving = false;
    }
  }

  private _onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      this._close();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this._save(this._draft);
    }
  };

  protected render(): TemplateResult {
    const localize = this.localize as Localize;
    if (this.editing && this.editable) {
      return this._renderEditor(localize);
    }
    return html`
      ${this.text
        ? html`<p class="note-text">${this.button
            ? nothing
            : html`<span class="sr-only">${this.label}: </span>`}${this.text}</p>`
        : this.empty
          ? html`<p class="note-empty">${this.empty}</p>`
          : nothing}
      ${this.editable && this.button
        ? html`<button
            class="text-button edit-note"
            aria-label=${`${localize(this.text ? "note.edit" : "note.add")}: ${this.label}`}
            @click=${() => fire(this, "nc-note-edit", undefined)}
          >
            ${icon(this.text ? mdiNoteEditOutline : mdiNotePlusOutline)}<span
              >${localize(this.text ? "note.edit" : "note.add")}</span
            >
          </button>`
        : nothing}
    `;
  }

  private _renderEditor(localize: Localize): TemplateResult {
    const id = this._id;
    return html`
      <div class="note-editor" @keydown=${this._onKey}>
        <label for=${`${id}-field`}>${this.label}</label>
        <textarea
          id=${`${id}-field`}
          rows="3"
          maxlength=${MAX_NOTE}
          aria-describedby=${`${id}-count ${id}-keys${this._error ? ` ${id}-error` : ""}`}
          aria-invalid=${this._error ? "true" : "false"}
          .value=${this._draft}
          ?disabled=${this._saving}
          @input=${(event: Event) => {
            this._draft = (event.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        <div class="note-help">
          <span id=${`${id}-count`}
            >${localize("note.count", { n: [...this._draft].length, max: MAX_NOTE })}</span
          >
          <span id=${`${id}-keys`}>${localize("note.keys")}</span>
        </div>
        ${this._error
          ? html`<div class="note-error" id=${`${id}-error`} role="alert">${this._error}</div>`
          : nothing}
        <div class="note-buttons">
          <button
            class="text-button save-note"
            ?disabled=${this._saving}
            @click=${() => void this._save(this._draft)}
          >
            ${localize("note.save")}
          </button>
          ${this.text
            ? html`<button
                class="text-button clear-note"
                ?disabled=${this._saving}
                @click=${() => void this._save("")}
              >
                ${localize("note.clear")}
              </button>`
            : nothing}
          <button class="text-button cancel-note" @click=${() => this._close()}>
            ${localize("cancel")}
          </button>
        </div>
      </div>
    `;
  }
}

define("nc-note", NcNote);

declare global {
  interface HTMLElementTagNameMap {
    "nc-note": NcNote;
  }
}
