// A mock of the hass object and the integration's websocket API (the
// contract in types.ts), with a few callers, for the dev page. Tag texts are
// the integration's real backend translations, loaded as HA does: on
// hass.loadBackendTranslation, then through hass.localize.
const params = new URLSearchParams(location.search);
if (params.get("theme") === "dark") document.documentElement.classList.add("dark");
const language = params.get("lang") ?? "en";
document.documentElement.lang = language;

const now = Date.now();
const ago = (minutes) => new Date(now - minutes * 60_000).toISOString();
const LINES = [
  { entry_id: "line1", title: "FRITZ!Box" },
  { entry_id: "line2", title: "Office PBX" },
];
const caller = (number, formatted, extra) => ({
  number, formatted_number: formatted, label: null, verdict: "unknown", tags: [], sources: [],
  score: null, count: 1, answered: 0, missed: 1, first_seen: ago(9000), last_seen: ago(30),
  lines: ["line1"], last_line: "line1", list_entry: null, ...extra,
});
const callers = new Map(
  [
    caller("+4930123456", "030 123456", {
      label: "Example Energy Ltd", verdict: "nuisance", tags: ["telemarketing"], sources: ["personal"],
      count: 14, answered: 3, missed: 11, last_seen: ago(12),
      list_entry: { action: "flag", tags: ["telemarketing"], label: "Example Energy Ltd" },
    }),
    caller("+4989555000", "089 555000", {
      label: "Lotto Service", verdict: "nuisance", tags: ["scam"], sources: ["list:community"],
      score: 8, count: 6, answered: 0, missed: 6, last_seen: ago(180),
    }),
    caller("+4940987654", "040 987654", { count: 3, answered: 1, missed: 2, last_seen: ago(60 * 26), lines: ["line2"], last_line: "line2" }),
    caller("+4922112345", "0221 12345", {
      label: "Dr. Weber", verdict: "allowed", sources: ["phonebook:line1"], count: 9, answered: 9, missed: 0, last_seen: ago(60 * 50),
    }),
    caller("anonymous", "anonymous", { count: 4, answered: 1, missed: 3, last_seen: ago(60 * 24 * 9) }),
    caller("+4961517788", "06151 7788", {
      label: "Kinderhilfe e.V.", verdict: "nuisance", tags: ["charity"], sources: ["personal"],
      count: 2, answered: 2, missed: 0, last_seen: ago(60 * 24 * 3),
      list_entry: { action: "flag", tags: ["charity"], label: "Kinderhilfe e.V." },
    }),
  ].map((c) => [c.number, c]),
);

// As websocket_api.py answers nuisance_calls/tags.
const TAGS = {
  flag: ["nuisance", "telemarketing", "scam", "robocall", "charity", "survey"],
  known: ["nuisance", "telemarketing", "scam", "robocall", "charity", "survey", "repeat", "withheld", "abroad"],
};

const subscribers = new Set();
const push = (changed, removed = []) => {
  for (const cb of subscribers) cb({ callers: changed.map((c) => structuredClone(c)), removed, reset: false });
};

function query(msg) {
  const sort = msg.sort ?? "count";
  const desc = msg.descending ?? (sort === "count" || sort === "last_seen");
  const search = (msg.search ?? "").toLowerCase();
  let rows = [...callers.values()].filter(
    (c) => (!msg.verdict || c.verdict === msg.verdict) && (!msg.line || c.lines.includes(msg.line)) &&
      (!search || (c.label ?? "").toLowerCase().includes(search) || c.formatted_number.includes(search) || c.number.includes(search)),
  );
  const key = { count: (c) => c.count, last_seen: (c) => Date.parse(c.last_seen ?? 0), label: (c) => (c.label ?? c.formatted_number).toLowerCase(), number: (c) => c.number }[sort];
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (desc ? -1 : 1));
  const offset = msg.offset ?? 0;
  return { total: rows.length, offset, callers: rows.slice(offset, offset + (msg.limit ?? 50)).map((c) => structuredClone(c)), lines: LINES };
}

function labels(msg) {
  const byLabel = new Map();
  for (const c of callers.values()) {
    if (!c.label) continue;
    const l = byLabel.get(c.label) ?? { label: c.label, verdict: c.verdict, callers: 0, count: 0, calls_since: 0, last_seen: null, numbers: [] };
    l.callers += 1; l.count += c.count; l.calls_since += Math.ceil(c.count / 2); l.numbers.push(c.number);
    l.last_seen = !l.last_seen || c.last_seen > l.last_seen ? c.last_seen : l.last_seen;
    byLabel.set(c.label, l);
  }
  const search = (msg.search ?? "").toLowerCase();
  const all = [...byLabel.values()].filter((l) => l.label.toLowerCase().includes(search)).sort((a, b) => b.calls_since - a.calls_since);
  const offset = msg.offset ?? 0;
  return { since: new Date(now).toISOString().slice(0, 8) + "01", total: all.length, offset, labels: all.slice(offset, offset + (msg.limit ?? 50)) };
}

// As websocket_api.py: calls per day (made up from the tallies), a caller's calls, a CSV.
function daily(msg) {
  const days = [];
  for (let i = msg.days - 1; i >= 0; i--) {
    const date = new Date(now - i * 86_400_000).toISOString().slice(0, 10);
    const calls = (i * 7) % 5 + (i % 3);
    days.push({ date, calls, nuisance: Math.min(calls, i % 4), stopped: i % 9 === 0 ? 1 : 0 });
  }
  return { days };
}

// Notes as set_note keeps them: by number, and by number and call id.
const notes = new Map();

function detail(msg) {
  const c = callers.get(msg.number);
  const calls = Array.from({ length: c?.count ?? 0 }, (_, i) => ({
    id: i + 1, time: new Date(now - i * 3_600_000 * 30).toISOString(), line: "0", entry_id: LINES[0].entry_id,
    outcome: i < (c?.missed ?? 0) ? "missed" : "answered", duration: null, verdict: c?.verdict ?? "unknown",
    label: c?.label ?? "", tags: c?.tags ?? [], backfilled: false,
    note: notes.get(`${msg.number} ${i + 1}`) ?? "",
  }));
  return { ...structuredClone(c), note: notes.get(msg.number) ?? "", calls, lines: LINES };
}

function setNote(msg) {
  const note = msg.note.trim();
  if (note.length > 500) {
    throw { code: "home_assistant_error", message: `The note has ${note.length} characters; a note may have at most 500.` };
  }
  notes.set(msg.call === undefined ? msg.number : `${msg.number} ${msg.call}`, note);
  return { number: msg.number, call: msg.call ?? null };
}

function change(type, msg) {
  const service = { "nuisance_calls/flag": "flag_number", "nuisance_calls/allow": "allow_number",
    "nuisance_calls/unflag": "unflag_number", "nuisance_calls/reset": "reset_caller" }[type];
  return service ? hass.callService("nuisance_calls", service, msg) : undefined;
}

const connection = {
  async sendMessagePromise(msg) {
    await new Promise((r) => setTimeout(r, 80));
    if (msg.type === "nuisance_calls/callers") return query(msg);
    if (msg.type === "nuisance_calls/labels") return labels(msg);
    if (msg.type === "nuisance_calls/daily") return daily(msg);
    if (msg.type === "nuisance_calls/caller") return detail(msg);
    if (msg.type === "nuisance_calls/export_calls") return { csv: "date,time,number\r\n", calls: 0 };
    if (["nuisance_calls/flag", "nuisance_calls/allow", "nuisance_calls/unflag", "nuisance_calls/reset"].includes(msg.type)) {
      await change(msg.type, msg);
      return {};
    }
    if (msg.type === "nuisance_calls/tags") return structuredClone(TAGS);
    if (msg.type === "nuisance_calls/set_note") return setNote(msg);
    throw { code: "unknown_command", message: "Unknown command." };
  },
  async subscribeMessage(cb, msg) {
    if (msg.type !== "nuisance_calls/subscribe") throw { code: "unknown_command", message: "Unknown command." };
    subscribers.add(cb);
    return async () => subscribers.delete(cb);
  },
  addEventListener() {},
  removeEventListener() {},
};

// HA's backend texts: "" for a key not loaded (yet).
const texts = {};
const localize = (key) => texts[key] ?? "";

/** As HA: loads custom_components/nuisance_calls/translations/<language>.json. */
async function loadBackendTranslation(category, integration) {
  await new Promise((r) => setTimeout(r, 300));
  const file = (lang) => new URL(`../../custom_components/${integration}/translations/${lang}.json`, import.meta.url);
  let response = await fetch(file(language.split("-")[0]));
  if (!response.ok) response = await fetch(file("en"));
  const data = await response.json();
  const flatten = (value, prefix) => {
    if (typeof value === "string") texts[prefix] = value;
    else for (const [key, inner] of Object.entries(value)) flatten(inner, `${prefix}.${key}`);
  };
  flatten(data[category] ?? {}, `component.${integration}.${category}`);
  // As HA: a new hass object with a new localize goes to every card.
  hass = { ...hass, localize: (key) => localize(key) };
  for (const card of document.querySelectorAll("nuisance-calls-card")) card.hass = hass;
  return hass.localize;
}

let hass = {
  connection,
  language,
  locale: { language },
  themes: { darkMode: params.get("theme") === "dark" },
  config: { time_zone: "Europe/Berlin" },
  user: { id: "mock-user", name: "You", is_admin: params.get("admin") !== "0" },
  localize,
  loadBackendTranslation,
  async callService(domain, service, data) {
    await new Promise((r) => setTimeout(r, 150));
    const c = callers.get(data.number);
    if (!c) throw new Error(`unknown number ${data.number}`);
    if (service === "flag_number") {
      c.list_entry = { action: "flag", tags: [data.tag ?? "nuisance"], label: data.label ?? c.list_entry?.label ?? null };
      Object.assign(c, { verdict: "nuisance", tags: [data.tag ?? "nuisance"], label: data.label ?? c.label, sources: ["personal"] });
    } else if (service === "allow_number") {
      c.list_entry = { action: "allow", tags: data.tag ? [data.tag] : [], label: data.label ?? c.list_entry?.label ?? null };
      Object.assign(c, { verdict: "allowed", tags: c.list_entry.tags, sources: ["personal"] });
    } else if (service === "unflag_number") {
      c.list_entry = null;
      Object.assign(c, { verdict: "unknown", tags: [], sources: [] });
    } else if (service === "reset_caller") {
      Object.assign(c, { count: 0, answered: 0, missed: 0, first_seen: null, last_seen: null });
    }
    push([c]);
  },
};

// Rings: window.ring("+4930123456") from the console (or ?demo=5 for every 5 s).
window.ring = (number = "+4940987654") => {
  const c = callers.get(number) ?? caller(number, number.replace("+49", "0"), { count: 0, missed: 0 });
  Object.assign(c, { count: c.count + 1, missed: c.missed + 1, last_seen: new Date().toISOString() });
  callers.set(number, c);
  push([c]);
};
if (params.get("demo")) setInterval(() => window.ring(), Number(params.get("demo")) * 1000);

await import("../../custom_components/nuisance_calls/frontend/nuisance-calls-card.js");
for (const config of [
  { type: "custom:nuisance-calls-card", filter: "all", max_rows: 6 },
  { type: "custom:nuisance-calls-card", title: "", filter: "labels" },
]) {
  const card = document.createElement("nuisance-calls-card");
  card.setConfig(config);
  card.hass = hass;
  document.body.append(card);
}
Object.defineProperty(window, "hass", { get: () => hass });
