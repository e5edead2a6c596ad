// <nc-flag-panel>: under a caller row, an optional name and what to flag it
// as (the integration's tags). Fires nc-flag {tag?, label} and nc-close.

import { html, LitElement, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";

import { baseStyles, flagPanelStyles, textButtonStyles } from "../styles";
import type { ListEntry, View } from "../types";
import { define, fire } from "./dom";

export interface FlagChoice {
  /** Left out: the integration's default tag. */
  tag?: string;
  label: string;
}

export class NcFlagPanel extends LitElement {
  static styles = [baseStyles, textButtonStyles, flagPanelStyles];

  @property({ attribute: false }) entry: ListEntry | null = null;
  @property({ attribute: false }) view?: View;

  constructor() {
    super();
    this.addEventListener("keydown", (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        fire(this, "nc-close", undefined);
      }
    });
  }

  private get _current(): string[] {
    return this.entry?.action === "flag" ? this.entry.tags : [];
  }

  private _flag(tag: string | undefined): void {
    const input = this.renderRoot.querySelector("input");
    fire<FlagChoice>(this, "nc-flag", { tag, label: input?.value.trim() ?? "" });
  }

  protected render(): TemplateResult {
    const { localize, tagText, flagTags } = this.view as View;
    const current = this._current;
    // The name first: a tag's button flags at once, with the name typed so far.
    return html`
      <div class="panel-row">
        <input
          type="text"
          maxlength="200"
          .value=${this.entry?.label ?? ""}
          placeholder=${localize("flag.label")}
          aria-label=${localize("flag.label")}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === "Enter") {
              this._flag(current[0]);
            }
          }}
        />
        <button class="text-button" @click=${() => fire(this, "nc-close", undefined)}>
          ${localize("cancel")}
        </button>
      </div>
      <div class="panel-title" id="flag-as">${localize("flag.as")}</div>
      <div class="tag-choices" role="group" aria-labelledby="flag-as">
        ${flagTags.map(
          (tag) => html`
            <button
              class="tag-choice ${current.includes(tag) ? "current" : ""}"
              data-tag=${tag}
              @click=${() => this._flag(tag)}
            >
              ${tagText(tag)}
            </button>
          `,
        )}
      </div>
    `;
  }

  protected shouldUpdate(): boolean {
    return this.view !== undefined;
  }

  /** Opened: the name field has the focus (asked first, then the tag). */
  protected firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>("input")?.focus();
  }
}

define("nc-flag-panel", NcFlagPanel);

declare global {
  interface HTMLElementTagNameMap {
    "nc-flag-panel": NcFlagPanel;
  }
}
