/**
 * uv's relative durations, as `exclude-newer` accepts them (uv 0.13, checked with the real binary):
 * friendly spans (`1 week`, `2 weeks`, `24 hours`, `30 days`, `1w`, `7d`, `10 minutes`, `3 days ago`)
 * and ISO 8601 durations (`P7D`, `P1W`, `PT24H`). Months and years are refused, as uv refuses them
 * (their length varies). Returns milliseconds, or null when the text is not such a duration.
 */
const SECOND = 1000;
const UNIT_MS: Record<string, number> = {
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND,
  m: 60 * SECOND, min: 60 * SECOND, mins: 60 * SECOND, minute: 60 * SECOND, minutes: 60 * SECOND,
  h: 3600 * SECOND, hr: 3600 * SECOND, hrs: 3600 * SECOND, hour: 3600 * SECOND, hours: 3600 * SECOND,
  d: 86400 * SECOND, day: 86400 * SECOND, days: 86400 * SECOND,
  w: 7 * 86400 * SECOND, wk: 7 * 86400 * SECOND, wks: 7 * 86400 * SECOND, week: 7 * 86400 * SECOND, weeks: 7 * 86400 * SECOND,
};

function iso8601(text: string): number | null {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text);
  if (!m || text.length <= 1 || /T$/i.test(text)) return null;
  const [, w, d, h, min, s] = m;
  return (Number(w ?? 0) * 7 * 86400 + Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0)) * SECOND;
}

function friendly(text: string): number | null {
  const body = text.replace(/\s+ago$/i, '').trim();
  // `<amount> <unit>` pairs, back to back, optionally comma-separated: `1 week, 2 days`, `1w2d`.
  const pair = /(\d+(?:\.\d+)?)\s*([a-z]+)(?:\s*,\s*|\s+)?/giy;
  let total = 0;
  let count = 0;
  for (let m = pair.exec(body); m !== null; m = pair.exec(body)) {
    const ms = UNIT_MS[m[2]!.toLowerCase()];
    if (ms === undefined) return null;
    total += Number(m[1]) * ms;
    count++;
    if (pair.lastIndex === body.length) return total;
  }
  return count > 0 && pair.lastIndex === body.length ? total : null;
}

export function parseUvDuration(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  return /^P/i.test(text) ? iso8601(text) : friendly(text);
}
