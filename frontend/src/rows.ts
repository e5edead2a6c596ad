// Pure row logic: the client-side twin of the server's filter and sort, so a
// pushed change lands in the right place without a refetch.

import type { Caller, CallersChanged, SortKey, Verdict } from "./types";

export interface RowQuery {
  sort: SortKey;
  descending: boolean;
  verdict?: Verdict;
  tag?: string;
  line?: string;
  search?: string;
}

/** The contract's default direction: biggest/newest first, names A to Z. */
export function defaultDescending(sort: SortKey): boolean {
  return sort === "count" || sort === "last_seen" || sort === "missed";
}

const digitsOf = (text: string): string => text.replace(/\D/g, "");

export function matchesSearch(caller: Caller, search: string | undefined): boolean {
  const query = (search ?? "").trim().toLowerCase();
  if (!query) {
    return true;
  }
  if (
    (caller.label ?? "").toLowerCase().includes(query) ||
    caller.formatted_number.toLowerCase().includes(query) ||
    caller.number.toLowerCase().includes(query)
  ) {
    return true;
  }
  const digits = digitsOf(query);
  return (
    digits.length > 0 &&
    (digitsOf(caller.number).includes(digits) || digitsOf(caller.formatted_number).includes(digits))
  );
}

export function matches(caller: Caller, query: RowQuery): boolean {
  if (query.verdict && caller.verdict !== query.verdict) {
    return false;
  }
  if (query.tag && !caller.tags.includes(query.tag)) {
    return false;
  }
  if (query.line && !caller.lines.includes(query.line)) {
    return false;
  }
  return matchesSearch(caller, query.search);
}

const time = (iso: string | null): number => (iso ? Date.parse(iso) || 0 : 0);
// As the server sorts: by code point, callers without a name last.
const nameKey = (caller: Caller): string => caller.label?.toLowerCase() || "\uffff";
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareAscending(a: Caller, b: Caller, sort: SortKey): number {
  switch (sort) {
    case "count":
      return a.count - b.count || time(a.last_seen) - time(b.last_seen);
    case "missed":
      return a.missed - b.missed || a.count - b.count || time(a.last_seen) - time(b.last_seen);
    case "last_seen":
      return time(a.last_seen) - time(b.last_seen) || a.count - b.count;
    case "label":
      return byCodePoint(nameKey(a), nameKey(b)) || byCodePoint(a.number, b.number);
    case "number":
      return byCodePoint(a.number, b.number);
  }
  return 0;
}

export function sortRows(rows: Caller[], sort: SortKey, descending: boolean): Caller[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort(
    (a, b) => sign * compareAscending(a, b, sort) || byCodePoint(a.number, b.number),
  );
}

export interface Merged {
  rows: Caller[];
  total: number;
  /** Numbers whose row was added or changed (to highlight them). */
  touched: string[];
  /**
   * False when the total or the page may now be off (a list change touched
   * a caller beyond the page, a row left a page with more after it): the
   * card then refetches the page quietly. A call never makes it false.
   */
  exact: boolean;
}

export interface Page {
  /** The first row's place in the whole list. */
  offset: number;
  /** Rows per page. */
  limit: number;
  /** Callers counted into the total since the last fetch (new numbers beyond the page). */
  counted: Set<string>;
}

/**
 * Apply a pushed change to the shown page: update rows in place, add callers
 * that now match and sort into the page, drop those that no longer match,
 * keep at most ``limit`` rows, and keep the total — without asking the
 * server. A call from a number never seen (its first call) adds one to the
 * total; a call from a known caller leaves it (it was counted already).
 */
export function mergeChange(
  rows: Caller[],
  total: number,
  change: CallersChanged,
  query: RowQuery,
  page: Page,
): Merged {
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  const touched: string[] = [];
  const complete = page.offset === 0 && rows.length >= total;
  const first = page.offset === 0;
  let exact = true;
  let added = false;
  for (const caller of change.callers ?? []) {
    const known = byNumber.has(caller.number);
    const matching = matches(caller, query);
    if (known) {
      if (matching) {
        byNumber.set(caller.number, caller);
        touched.push(caller.number);
      } else {
        byNumber.delete(caller.number);
        total -= 1;
        exact &&= complete;
      }
      continue;
    }
    if (!matching) {
      // A list change may have taken a caller beyond the page out of this view.
      exact &&= complete || Boolean(change.calls);
      continue;
    }
    const firstCall = Boolean(change.calls) && caller.count === 1;
    if (complete || (firstCall && !page.counted.has(caller.number))) {
      total += 1;
      page.counted.add(caller.number);
    } else if (!change.calls) {
      exact = false; // flagged or allowed beyond the page: counted before or not?
    }
    if (first) {
      byNumber.set(caller.number, caller);
      touched.push(caller.number);
      added = true;
    }
  }
  for (const number of change.removed ?? []) {
    if (byNumber.delete(number)) {
      total -= 1;
      exact &&= complete;
    } else if (!complete) {
      exact = false;
    }
  }
  const sorted =
    added || touched.length ? sortRows([...byNumber.values()], query.sort, query.descending) : [...byNumber.values()];
  const kept = sorted.slice(0, page.limit);
  return {
    rows: kept,
    total: Math.max(total, page.offset + kept.length),
    touched: touched.filter((number) => kept.some((row) => row.number === number)),
    exact,
  };
}
