/** Days on the local calendar as forms and addresses write them (yyyy-mm-dd), and the instants they start at. */

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local day a moment falls on, as yyyy-mm-dd. */
export function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The start (local midnight) of the day yyyy-mm-dd names, or null for anything else (2026-02-31 included). */
export function parseLocalDay(text: string | null | undefined): number | null {
  const m = DAY_TEXT.exec(text ?? '');
  if (!m) return null;
  const time = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return localDay(time) === text ? time : null;
}

/** The start of the next local day: 23 or 25 hours on where the clocks change. */
export function nextLocalDay(time: number): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
