// Times in the user's language.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.345],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "yesterday", "vor 3 Stunden" ... */
export function relativeTime(iso: string, language: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) {
    return iso;
  }
  // A clock a little ahead of the server must not show "in 2 minutes".
  let value = Math.min(then - now, 0) / 1000;
  const format = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  if (Math.abs(value) < 45) {
    return format.format(0, "second");
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size) {
      return format.format(Math.round(value), unit);
    }
    value /= size;
  }
  return format.format(Math.round(value), "year");
}

export function absoluteTime(iso: string, language: string, timeZone?: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) {
    return iso;
  }
  try {
    return new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    }).format(then);
  } catch {
    // An unknown time zone name: the browser's own.
    return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(
      then,
    );
  }
}

export function shortDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || !month || !day) {
    return isoDate;
  }
  return new Intl.DateTimeFormat(language, { day: "numeric", month: "short" }).format(
    new Date(year, month - 1, day),
  );
}
