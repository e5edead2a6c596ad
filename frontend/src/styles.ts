import { css } from "lit";

// Only Home Assistant's theme variables: light and dark themes (and custom
// themes) colour the card like the rest of the dashboard. One sheet per
// element of the card; the parts several of them share come first.

/** Icons and buttons, in every element. */
export const baseStyles = css`
  svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const iconButtonStyles = css`
  /* 48 px: the touch target HA's own icon buttons have. */
  .icon-button {
    width: 48px;
    height: 48px;
    border-radius: 50%;
    border: none;
    background: none;
    padding: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--secondary-text-color);
    cursor: pointer;
  }
  .icon-button:hover:not(:disabled) {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .icon-button:focus-visible {
    outline: 2px solid var(--primary-color);
  }
  .icon-button:disabled {
    cursor: default;
    opacity: 0.5;
  }
`;

export const textButtonStyles = css`
  /* Text in the text colour (HA's primary colour on white is under 3:1),
     the primary colour as the outline. */
  .text-button {
    min-height: 40px;
    padding: 0 16px;
    border-radius: 20px;
    border: 1px solid var(--primary-color);
    background: none;
    color: var(--primary-text-color);
    cursor: pointer;
    font-weight: var(--ha-font-weight-medium, 500);
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .text-button svg {
    width: 18px;
    height: 18px;
  }
  .text-button:hover:not(:disabled) {
    background: color-mix(in srgb, var(--primary-color) 10%, transparent);
  }
  .text-button:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  .text-button:disabled {
    opacity: 0.5;
    cursor: default;
  }
`;

/** Lists of rows and the line shown instead of an empty one. */
export const listStyles = css`
  .message {
    padding: 16px;
    color: var(--secondary-text-color);
    text-align: center;
  }
  .message.error {
    color: var(--error-color);
  }
  .message.empty p {
    margin: 4px 0;
  }
  .message.empty strong {
    color: var(--primary-text-color);
  }
  .list {
    display: flex;
    flex-direction: column;
  }
  .row + .row {
    border-top: 1px solid var(--divider-color);
    border-top-left-radius: 0;
    border-top-right-radius: 0;
  }
`;

/** A row's box: a caller row's host, a company row's button. */
const rowBox = css`
  column-gap: var(--nc-gap);
  align-items: center;
  padding: 8px;
  border-radius: 12px;
  transition: background-color 0.6s ease-out, opacity 0.2s;
`;

/** What caller and company rows show alike: badge, name, tally. */
const rowPartStyles = css`
  .badge {
    grid-area: badge;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--verdict-color);
    background: color-mix(in srgb, var(--verdict-color) 16%, transparent);
  }
  .badge svg {
    width: 22px;
    height: 22px;
  }
  .info {
    grid-area: info;
    min-width: 0;
  }
  .primary {
    color: var(--primary-text-color);
    font-weight: var(--ha-font-weight-medium, 500);
    font-size: var(--ha-font-size-m, 14px);
    line-height: 20px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .secondary {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    line-height: 18px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .tally {
    grid-area: tally;
    min-width: 56px;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .count {
    color: var(--primary-text-color);
    font-size: var(--ha-font-size-xl, 20px);
    font-weight: var(--ha-font-weight-medium, 500);
    line-height: 24px;
  }
  .split {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    line-height: 16px;
    white-space: nowrap;
  }
`;

/** <nuisance-calls-card>: tabs, the frame around the list, the footer. */
export const cardStyles = css`
  :host {
    display: block;
    --nc-gap: 12px;
  }
  ha-card {
    container-type: inline-size;
    height: 100%;
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  .tabs {
    display: flex;
    gap: 4px;
    padding: 0 8px;
    overflow-x: auto;
    scrollbar-width: none;
    border-bottom: 1px solid var(--divider-color);
  }
  .tab {
    appearance: none;
    background: none;
    border: none;
    border-bottom: 2px solid transparent;
    color: var(--secondary-text-color);
    font-weight: var(--ha-font-weight-medium, 500);
    font-size: var(--ha-font-size-m, 14px);
    padding: 10px 12px 8px;
    cursor: pointer;
    white-space: nowrap;
  }
  .tab:hover {
    color: var(--primary-text-color);
  }
  .tab[aria-selected="true"] {
    color: var(--primary-text-color);
    font-weight: var(--ha-font-weight-bold, 600);
    border-bottom-color: var(--primary-color);
  }
  .tab:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .content {
    container-type: inline-size;
    flex: 1;
    padding: 4px 8px 8px;
  }
  .footer {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 0 8px 4px 16px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .footer .range {
    flex: 1;
  }
  .pager {
    display: flex;
  }
  .frame {
    container-type: inline-size;
  }
  .compact {
    padding: 0 8px 8px;
  }
  .today-line {
    color: var(--primary-text-color);
    padding: 4px 8px;
  }
  .ringing {
    margin: 4px 0;
    padding: 8px;
    border-radius: 8px;
    color: var(--primary-text-color);
    box-shadow: inset 0 0 0 2px var(--error-color);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .top {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .top li {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    padding: 6px 8px;
    color: var(--primary-text-color);
    border-top: 1px solid var(--divider-color);
  }
  .top li:first-child {
    border-top: none;
  }
  .top .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .top-count {
    font-variant-numeric: tabular-nums;
    font-weight: var(--ha-font-weight-medium, 500);
  }
  /* A long page scrolls inside the card: the dashboard keeps its size. */
  .content > .list {
    max-height: 70vh;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  @container (max-width: 420px) {
    .tabs {
      gap: 0;
      padding: 0 4px;
    }
    .tab {
      padding: 10px 8px 8px;
    }
  }
`;

/** <nc-toolbar>: search, sort, line. */
export const toolbarStyles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 12px 16px 4px;
  }
  .search {
    flex: 1 1 180px;
    display: flex;
    align-items: center;
    gap: 8px;
    height: 40px;
    padding: 0 4px 0 12px;
    border-radius: 20px;
    background: var(--secondary-background-color);
    color: var(--secondary-text-color);
    box-sizing: border-box;
  }
  .search:focus-within {
    outline: 2px solid var(--primary-color);
  }
  .search svg {
    width: 20px;
    height: 20px;
  }
  .search input {
    flex: 1;
    min-width: 0;
    border: none;
    outline: none;
    background: none;
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
    color: var(--primary-text-color);
  }
  .search input::placeholder {
    color: var(--secondary-text-color);
  }
  .search input::-webkit-search-cancel-button {
    display: none;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 2px;
  }
  select {
    height: 40px;
    max-width: 100%;
    border-radius: 20px;
    border: 1px solid var(--divider-color);
    background: var(--card-background-color);
    color: var(--primary-text-color);
    padding: 0 12px;
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
    cursor: pointer;
  }
  select:focus-visible {
    outline: 2px solid var(--primary-color);
  }
`;

/** <nc-caller-row>: the host is the row (a grid); narrow cards stack it. */
export const callerRowStyles = css`
  :host {
    /* Rows scrolled out of a long page cost no layout or paint. */
    content-visibility: auto;
    contain-intrinsic-size: auto 64px;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      "open actions"
      "panel panel";
    align-items: center;
    border-radius: 12px;
    transition: background-color 0.6s ease-out, opacity 0.2s;
  }
  :host(.flash) {
    background-color: color-mix(in srgb, var(--primary-color) 14%, transparent);
    transition: none;
  }
  :host(.busy) {
    opacity: 0.55;
  }
  :host(.verdict-nuisance) {
    --verdict-color: var(--error-color);
  }
  :host(.verdict-allowed) {
    --verdict-color: var(--success-color);
  }
  :host(.verdict-unknown) {
    --verdict-color: var(--secondary-text-color);
  }
  .open {
    grid-area: open;
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) auto;
    grid-template-areas:
      "badge info tally"
      "badge chips tally";
    ${rowBox}
    min-height: 56px;
    width: 100%;
    border: none;
    background: none;
    text-align: left;
    cursor: pointer;
  }
  .open:hover:not(:disabled) {
    background: color-mix(in srgb, var(--primary-text-color) 5%, transparent);
  }
  .open:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .open:disabled {
    cursor: default;
  }
  ${rowPartStyles}
  .chips {
    grid-area: chips;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 4px;
    min-width: 0;
  }
  .chip {
    font-size: var(--ha-font-size-xs, 11px);
    line-height: 18px;
    padding: 0 8px;
    border-radius: 9px;
    color: var(--primary-text-color);
    background: color-mix(in srgb, var(--verdict-color) 14%, transparent);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-width: 100%;
  }
  .chip.mine {
    background: none;
    box-shadow: inset 0 0 0 1px var(--verdict-color);
  }
  .split span {
    display: inline-flex;
    align-items: center;
    gap: 2px;
  }
  .split svg {
    width: 14px;
    height: 14px;
  }
  /* The colour on the icon only: the number keeps the text's contrast. */
  .split .missed svg {
    color: var(--error-color);
  }
  .split .missed.none svg {
    color: inherit;
  }
  .split .stopped svg {
    color: var(--success-color, #43a047);
  }
  .actions {
    grid-area: actions;
    display: flex;
    align-items: center;
  }
  .slot {
    width: 48px;
  }
  .icon-button.flag:hover,
  .icon-button.flag[aria-pressed="true"],
  .icon-button.flag[aria-expanded="true"] {
    color: var(--error-color);
  }
  .panel {
    grid-area: panel;
    margin: 4px 8px 8px 60px;
  }
  /* Narrow (a phone): the name and the time wrap rather than lose their end. */
  @container (max-width: 520px) {
    .panel {
      margin-left: 8px;
    }
    .primary,
    .secondary {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .open {
      column-gap: 8px;
      padding-right: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
`;

/** <nc-chart>: calls per day. */
export const chartStyles = css`
  :host {
    display: block;
    padding: 4px 16px 8px;
    --nc-other: color-mix(in srgb, var(--primary-color) 55%, transparent);
    --nc-nuisance: var(--error-color);
    --nc-stopped: color-mix(in srgb, var(--error-color) 60%, black);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  .head .title {
    color: var(--primary-text-color);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .plot {
    position: relative;
    display: flex;
    align-items: stretch;
    gap: 2px;
    height: 72px;
    margin-top: 16px;
    border-bottom: 1px solid var(--divider-color);
  }
  .top {
    position: absolute;
    top: -13px;
    left: 0;
    font-size: 10px;
    line-height: 10px;
    color: var(--secondary-text-color);
  }
  .day {
    flex: 1;
    display: flex;
    flex-direction: column-reverse;
    min-width: 0;
  }
  .day:hover {
    background: color-mix(in srgb, var(--primary-text-color) 6%, transparent);
  }
  .bar {
    flex: none;
  }
  .bar.other,
  .swatch.other {
    background: var(--nc-other);
  }
  .bar.nuisance,
  .swatch.nuisance {
    background: var(--nc-nuisance);
  }
  .bar.stopped,
  .swatch.stopped {
    background: var(--nc-stopped);
  }
  .day .bar:last-of-type {
    border-radius: 2px 2px 0 0;
  }
  .axis,
  .legend {
    display: flex;
    justify-content: space-between;
    font-size: 11px;
    color: var(--secondary-text-color);
    margin-top: 2px;
  }
  .legend {
    justify-content: flex-start;
    gap: 12px;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 2px;
  }
`;

/** <nc-caller-page>: one caller, their calls, the actions. */
export const callerPageStyles = css`
  :host {
    display: block;
    padding: 8px 8px 12px;
  }
  .page-head {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .who {
    flex: 1;
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: var(--ha-font-size-l, 16px);
    font-weight: var(--ha-font-weight-medium, 500);
    color: var(--primary-text-color);
    overflow-wrap: anywhere;
  }
  .number {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .hint {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    font-style: italic;
  }
  .verdict {
    padding: 2px 10px;
    border-radius: 12px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--primary-text-color);
    box-shadow: inset 0 0 0 1px var(--divider-color);
  }
  .verdict-nuisance {
    box-shadow: inset 0 0 0 2px var(--error-color);
  }
  .verdict-allowed {
    box-shadow: inset 0 0 0 2px var(--success-color);
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 12px 8px;
    font-size: var(--ha-font-size-m, 14px);
  }
  .facts dt {
    color: var(--secondary-text-color);
  }
  .facts dd {
    margin: 0;
    color: var(--primary-text-color);
    overflow-wrap: anywhere;
  }
  .page-actions,
  .confirm-row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 8px;
    align-items: center;
  }
  .confirm-row span {
    color: var(--primary-text-color);
  }
  .confirm {
    border-color: var(--error-color);
  }
  .panel {
    margin: 8px;
  }
  .calls-title {
    margin: 16px 8px 4px;
    font-size: var(--ha-font-size-m, 14px);
    font-weight: var(--ha-font-weight-medium, 500);
    color: var(--primary-text-color);
  }
  table {
    width: calc(100% - 16px);
    margin: 0 8px;
    border-collapse: collapse;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--primary-text-color);
  }
  th {
    text-align: left;
    font-weight: var(--ha-font-weight-medium, 500);
    color: var(--secondary-text-color);
    padding: 4px;
  }
  td {
    padding: 6px 4px;
    border-top: 1px solid var(--divider-color);
    vertical-align: top;
  }
  .hidden {
    display: none;
  }
  @container (max-width: 420px) {
    .wide {
      display: none;
    }
  }
  .message {
    padding: 16px;
    color: var(--secondary-text-color);
  }
`;

/** <nc-flag-panel>: tag choices, a name, cancel. */
export const flagPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .panel-title {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .tag-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .tag-choice {
    font-size: var(--ha-font-size-m, 14px);
    height: 32px;
    padding: 0 12px;
    border-radius: 16px;
    border: 1px solid var(--divider-color);
    background: none;
    color: var(--primary-text-color);
    cursor: pointer;
  }
  .tag-choice:hover,
  .tag-choice:focus-visible {
    border-color: var(--error-color);
    background: color-mix(in srgb, var(--error-color) 10%, transparent);
    outline: none;
  }
  .tag-choice.current {
    border-color: var(--error-color);
  }
  .panel-row {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .panel-row input {
    flex: 1;
    min-width: 0;
    height: 36px;
    padding: 0 12px;
    border-radius: 18px;
    border: 1px solid var(--divider-color);
    background: var(--card-background-color);
    color: var(--primary-text-color);
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
  }
  .panel-row input:focus {
    outline: 2px solid var(--primary-color);
    border-color: transparent;
  }
`;

/** <nc-companies>: one row per name or company, a button each. */
export const companiesStyles = css`
  :host {
    display: block;
  }
  .row {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) minmax(40px, 25%) auto 24px;
    grid-template-areas: "badge info bar tally actions";
    ${rowBox}
  }
  .bar-track {
    grid-area: bar;
    height: 8px;
    border-radius: 4px;
    background: color-mix(in srgb, var(--primary-text-color) 8%, transparent);
    overflow: hidden;
  }
  .bar-track .bar {
    height: 100%;
    border-radius: 4px;
    background: var(--verdict-color);
  }
  .verdict-nuisance {
    --verdict-color: var(--error-color);
  }
  .verdict-allowed {
    --verdict-color: var(--success-color);
  }
  .verdict-unknown {
    --verdict-color: var(--secondary-text-color);
  }
  ${rowPartStyles}
  .label-row {
    appearance: none;
    border: none;
    background: none;
    width: 100%;
    text-align: left;
    cursor: pointer;
  }
  .label-row:hover {
    background: color-mix(in srgb, var(--primary-text-color) 5%, transparent);
  }
  .label-row .chevron {
    grid-area: actions;
    color: var(--secondary-text-color);
  }
  .group-caption {
    padding: 4px 8px 8px;
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .parts {
    color: var(--secondary-text-color);
    font-size: var(--ha-font-size-s, 12px);
    line-height: 18px;
    overflow-wrap: anywhere;
  }
  .part {
    white-space: nowrap;
  }
  .swatch {
    display: inline-block;
    width: 8px;
    height: 8px;
    margin-right: 4px;
    border-radius: 50%;
    vertical-align: baseline;
  }
  .group-row {
    grid-template-columns: 40px minmax(0, 1fr) auto 24px;
    grid-template-areas: "badge info tally actions";
  }
  .group-row .primary {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .bar-track.stacked {
    display: flex;
    gap: 1px;
    margin: 4px 0 2px;
  }
  .bar-track .segment {
    height: 100%;
  }
  @media (prefers-reduced-motion: reduce) {
    .row {
      transition: none;
    }
  }
`;

/** <nc-note>: a note as text, or its editor. */
export const noteStyles = css`
  :host {
    display: block;
  }
  .note-text,
  .note-empty {
    margin: 0 0 8px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: var(--ha-font-size-m, 14px);
    color: var(--primary-text-color);
  }
  .note-empty {
    color: var(--secondary-text-color);
  }
  .note-editor {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  label {
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  textarea {
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
    color: var(--primary-text-color);
    background: var(--card-background-color, transparent);
    border: 1px solid var(--secondary-text-color);
    border-radius: 4px;
    padding: 8px;
    resize: vertical;
    min-height: 3em;
    box-sizing: border-box;
    width: 100%;
  }
  textarea:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 1px;
  }
  .note-help {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  .note-error {
    color: var(--error-color);
    font-size: var(--ha-font-size-s, 12px);
  }
  .note-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
`;

/** <nc-spark>: a caller's calls per month, a few bars. */
export const sparkStyles = css`
  :host {
    display: block;
    margin: 4px 8px 8px;
  }
  .spark {
    display: flex;
    align-items: flex-end;
    gap: 12px;
  }
  .caption {
    font-size: var(--ha-font-size-s, 12px);
    color: var(--secondary-text-color);
  }
  svg {
    width: 144px;
    height: 28px;
    flex: none;
    overflow: visible;
  }
  .bar {
    fill: var(--primary-color);
  }
  .base {
    stroke: var(--divider-color);
    stroke-width: 1;
  }
`;

/** The notes and the spark on <nc-caller-page> (beside callerPageStyles). */
export const callerNotesStyles = css`
  .caller-note nc-note {
    margin: 0 8px;
  }
  .note-cell {
    width: 48px;
    padding: 0;
    vertical-align: middle;
  }
  tr.call-note td {
    border-top: none;
    padding: 0 4px 8px 12px;
  }
  tr.call-note nc-note {
    border-left: 2px solid var(--primary-color);
    padding-left: 8px;
  }
`;
