// A caller's calls per month, from the calls the caller's page already has
// (no request of its own): the last months up to this one, in the HA time
// zone. Pure functions, so that they can be checked without a browser.

/** Months in the spark (this one and the eleven before it). */
export const SPARK_MONTHS = 12;

export interface MonthCount {
  /** "2026-11" */
  key: string;
  /** The 1st of the month at noon UTC (for naming it in any time zone). */
  date: Date;
  count: number;
}

function monthKey(date: Date, timeZone?: string): string {
  try {
    const parts = new Intl.DateTimeFormat("en-CA", {
      year: "numeric",
      month: "2-digit",
      timeZone,
    }).formatToParts(date);
    const year = parts.find((part) => part.type === "year")?.value;
    const month = parts.find((part) => part.type === "month")?.value;
    if (year && month) {
      return `${year}-${month}`;
    }
  } catch {
    // An unknown time zone: the browser's own below.
  }
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

/** Calls per month of the last `months` months (oldest first), this month last. */
export function callsPerMonth(
  times: readonly string[],
  now: number,
  timeZone?: string,
  months: number = SPARK_MONTHS,
): MonthCount[] {
  const [year, month] = monthKey(new Date(now), timeZone).split("-").map(Number);
  const result: MonthCount[] = [];
  const index = new Map<string, MonthCount>();
  for (let back = months - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(year, month - 1 - back, 1, 12));
    const key = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
    const entry = { key, date, count: 0 };
    result.push(entry);
    index.set(key, entry);
  }
  for (const time of times) {
    const then = new Date(time);
    if (!Number.isNaN(then.getTime())) {
      const entry = index.get(monthKey(then, timeZone));
      if (entry) {
        entry.count += 1;
      }
    }
  }
  return result;
}
