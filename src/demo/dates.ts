// The demo's history happened in 2014 and 2020–2022, so each record is written at its own date
// rather than at load time. The data gives days; these turn them into timestamps with a fixed hour
// per kind of record (UTC), plus a minute per position so records on the same day keep their order:
// a status change in the morning, the centre's feedback at noon, the answer after, the outcome last.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;

function dayStart(date: string): number {
  const time = Date.parse(`${date}T00:00:00.000Z`);
  if (!DAY.test(date) || Number.isNaN(time)) throw new Error(`Demo data has a malformed date "${date}"`);
  return time;
}

export const hours = { status: 9, plan: 10, nomination: 11, feedback: 12, answer: 13, outcome: 14 } as const;

/** The ISO timestamp `hour` o'clock (UTC) on `date`, `position` minutes later for the n-th record that day. */
export function on(date: string, hour: number, position = 0): string {
  return new Date(dayStart(date) + (hour * 60 + position) * MINUTE).toISOString();
}

/** The day `days` before `date`, as YYYY-MM-DD. */
export function daysBefore(date: string, days: number): string {
  return new Date(dayStart(date) - days * 24 * 60 * MINUTE).toISOString().slice(0, 10);
}
