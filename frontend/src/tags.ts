// Tags come from the integration, not from the card: which ones a person
// flags with (websocket nuisance_calls/tags) and their texts (the backend
// translations selector.tag.options.<tag>, loaded once). A tag without a text
// (a list's own word, or texts still loading) shows as it is.

import type { ReactiveController, ReactiveControllerHost } from "lit";

import { fetchTags, loadSelectorTexts, tagTextKey } from "./api";
import type { Connection, HaLocalize, HomeAssistant, TagsResult } from "./types";

// Shared by every card on the page: once per connection, once per language.
const tagLists = new WeakMap<Connection, Promise<TagsResult>>();
const textRequests = new Map<string, Promise<HaLocalize | undefined>>();

function tagsOf(connection: Connection): Promise<TagsResult> {
  let tags = tagLists.get(connection);
  if (!tags) {
    const request = fetchTags(connection);
    // Not kept when it fails (the integration not loaded yet): asked again
    // when the connection comes back or the card returns to the page.
    request.catch(() => {
      if (tagLists.get(connection) === request) {
        tagLists.delete(connection);
      }
    });
    tagLists.set(connection, request);
    tags = request;
  }
  return tags;
}

function textsFor(hass: HomeAssistant): Promise<HaLocalize | undefined> {
  const language = hass.language;
  let texts = textRequests.get(language);
  if (!texts) {
    texts = Promise.resolve()
      .then(() => loadSelectorTexts(hass))
      .catch(() => undefined);
    textRequests.set(language, texts);
  }
  return texts;
}

/** The card's tags; it re-renders the card when they or their texts arrive. */
export class TagsController implements ReactiveController {
  /** The tags to flag with, in the integration's order (none until they arrive). */
  flag: string[] = [];
  /** Changes whenever the texts of the tags may have (the card re-renders its rows). */
  revision = 0;
  /** Every tag the integration gives (to filter by). */
  known: string[] = [];

  private readonly host: ReactiveControllerHost & HTMLElement;
  private connection?: Connection;
  /** The connection the tags in `flag` came over. */
  private loadedFrom?: Connection;
  private language?: string;
  /** HA's texts as the last hass object had them. */
  private localize?: HaLocalize;
  /** The texts as loadBackendTranslation returned them (before a hass object with them). */
  private loaded?: HaLocalize;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connection?.addEventListener("ready", this.load);
    this.load();
  }

  hostDisconnected(): void {
    this.connection?.removeEventListener("ready", this.load);
  }

  set hass(hass: HomeAssistant) {
    if (hass.localize !== this.localize) {
      // Translations arrived, or another language: show the new texts.
      this.localize = hass.localize;
      this.revision += 1;
      this.host.requestUpdate();
    }
    if (hass.language !== this.language) {
      const language = hass.language;
      this.language = language;
      this.loaded = undefined;
      void textsFor(hass).then((localize) => {
        if (localize && this.language === language) {
          this.loaded = localize;
          this.revision += 1;
          this.host.requestUpdate();
        }
      });
    }
    if (hass.connection !== this.connection) {
      this.hostDisconnected();
      this.connection = hass.connection;
      if (this.host.isConnected) {
        this.hostConnected();
      }
    }
  }

  /** A tag in the user's language, or the word as it is. */
  text = (tag: string): string => {
    const key = tagTextKey(tag);
    return this.localize?.(key) || this.loaded?.(key) || tag;
  };

  private load = (): void => {
    const connection = this.connection;
    if (!connection || this.loadedFrom === connection) {
      return;
    }
    tagsOf(connection).then(
      (tags) => {
        if (this.connection === connection) {
          this.loadedFrom = connection;
          this.flag = tags.flag;
          this.known = tags.known;
          this.host.requestUpdate();
        }
      },
      // No choices until the integration answers.
      () => undefined,
    );
  };
}
