// Pure row logic: the client-side twin of the server's filter and sort, so a
// pushed change lands in the right place without a refetch.

import type { Caller, CallersChanged, SortKey, Verdict } from "./types";

export interface RowQuery {
  sort: SortKey;
  descending: boolean;
  verdict?: Verdict;
  line?: string;
  search?: string;
}

/** The contract's default direction: biggest/newest first, names A to Z. */
export function defaultDescending(sort: SortKey): boolean {
  return sort === "count" || sort === "last_seen";
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
   * False when a caller outside the shown page may have been counted twice
   * (the page did not hold every match): the card then refetches quietly.
   */
  exact: boolean;
}

/**
 * Apply a pushed change to the shown rows: update rows in place, add callers
 * that now match, drop those that no longer do, re-sort, keep at most
 * ``limit`` rows. ``total`` follows (exactly for changes among the known
 * rows, approximately for callers beyond the shown page).
 */
export function mergeChange(
  rows: Caller[],
  total: number,
  change: CallersChanged,
  query: RowQuery,
  limit: number,
): Merged {
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  const touched: string[] = [];
  const complete = rows.length >= total;
  let exact = true;
  for (const caller of change.callers ?? []) {
    const known = byNumber.has(caller.number);
    if (matches(caller, query)) {
      byNumber.set(caller.number, caller);
      touched.push(caller.number);
      if (!known) {
        total += 1;
        exact &&= complete;
      }
    } else if (known) {
      byNumber.delete(caller.number);
      total -= 1;
      exact &&= complete;
    }
  }
  for (const number of change.removed ?? []) {
    if (byNumber.delete(number)) {
      total -= 1;
      exact &&= complete;
    }
  }
  const sorted = sortRows([...byNumber.values()], query.sort, query.descending);
  return {
    rows: sorted.slice(0, limit),
    total: Math.max(total, sorted.length),
    touched,
    exact,
  };
}
