// What a person does to a caller from the card: the actions (api.ts), which
// rows wait for one, the one flag panel that is open and the reset that asks
// once more (until answered: no timer takes the question away from a
// keyboard user). A failed action shows as HA's notification.

import type { ReactiveController, ReactiveControllerHost } from "lit";

import { allowNumber, errorText, flagNumber, resetCaller, unflagNumber } from "./api";
import type { Localize, TextKey } from "./localize";
import type { Caller, HomeAssistant } from "./types";

/** What a row asks for (the `nc-row-action` event's detail). */
export type RowAction =
  | {
      kind:
        | "open"
        | "toggle-panel"
        | "close-panel"
        | "allow"
        | "unflag"
        | "ask-reset"
        | "cancel-reset"
        | "reset";
      caller: Caller;
    }
  | { kind: "flag"; caller: Caller; tag?: string; label: string };

export class ActionsController implements ReactiveController {
  hass?: HomeAssistant;
  /** Numbers an action is under way for. */
  busy: ReadonlySet<string> = new Set();
  /** The number whose flag panel is open. */
  flagging?: string;
  /** The number whose reset waits for a second tap. */
  confirmReset?: string;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly localize: () => Localize;

  constructor(host: ReactiveControllerHost & HTMLElement, localize: () => Localize) {
    this.host = host;
    this.localize = localize;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.confirmReset = undefined;
  }

  /** The flag panel closes (another tab, Escape, Cancel). */
  closePanel(): void {
    this.flagging = undefined;
    this.host.requestUpdate();
  }

  handle(action: RowAction): void {
    const number = action.caller.number;
    switch (action.kind) {
      case "toggle-panel":
        this.flagging = this.flagging === number ? undefined : number;
        break;
      case "close-panel":
        this.flagging = undefined;
        break;
      case "flag": {
        this.flagging = undefined;
        const { tag, label } = action;
        void this.run(number, "action.flag", (hass) => flagNumber(hass, number, { tag, label }));
        break;
      }
      case "allow":
        void this.run(number, "action.allow", (hass) => allowNumber(hass, number));
        break;
      case "unflag":
        void this.run(number, "action.unflag", (hass) => unflagNumber(hass, number));
        break;
      case "ask-reset":
        this.confirmReset = number;
        break;
      case "cancel-reset":
        this.confirmReset = undefined;
        break;
      case "open":
        // The card opens the caller's page (card.ts).
        break;
      case "reset":
        this.confirmReset = undefined;
        void this.run(number, "action.reset", (hass) => resetCaller(hass, number));
        break;
    }
    this.host.requestUpdate();
  }

  private async run(
    number: string,
    action: TextKey,
    call: (hass: HomeAssistant) => Promise<unknown>,
  ): Promise<void> {
    const hass = this.hass;
    if (!hass) {
      return;
    }
    this.busy = new Set([...this.busy, number]);
    this.host.requestUpdate();
    try {
      await call(hass);
    } catch (err) {
      const localize = this.localize();
      const message = localize("error.action", {
        action: localize(action),
        message: errorText(err),
      });
      this.host.dispatchEvent(
        new CustomEvent("hass-notification", {
          detail: { message },
          bubbles: true,
          composed: true,
        }),
      );
    } finally {
      const busy = new Set(this.busy);
      busy.delete(number);
      this.busy = busy;
      this.host.requestUpdate();
    }
  }
}
