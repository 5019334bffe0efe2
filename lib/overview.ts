// Pure helpers for the desk overview on the home page: days of the reviews chart and the
// segments of a status bar. No database or React here.
import type { ReviewStatus } from './vocab';

/** The last `days` UTC dates up to and including `end`, oldest first, as YYYY-MM-DD. */
export function lastDays(end: Date, days: number): string[] {
  const out: string[] = [];
  for (let i = days - 1; i >= 0; i -= 1) {
    out.push(new Date(end.getTime() - i * 86_400_000).toISOString().slice(0, 10));
  }
  return out;
}

/** One count per day, zero for days without reviews (the query returns only days that had some). */
export function fillDays(rows: { day: string; count: number }[], days: string[]): { day: string; count: number }[] {
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  return days.map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}

export type StatusCounts = Record<ReviewStatus, number>;

/** Order of the segments: decisions first, what is left to do last. */
export const SEGMENT_ORDER: ReviewStatus[] = ['verified', 'disputed', 'needs_source', 'unreviewed'];

/**
 * The segments of a stacked bar `width` wide: each status's share, in SEGMENT_ORDER, rounded so
 * the segments meet exactly; statuses with no claims get no segment.
 */
export function statusSegments(counts: StatusCounts, width: number): { status: ReviewStatus; x: number; width: number; count: number }[] {
  const total = SEGMENT_ORDER.reduce((sum, s) => sum + counts[s], 0);
  if (total === 0) return [];
  const segments: { status: ReviewStatus; x: number; width: number; count: number }[] = [];
  let done = 0;
  for (const status of SEGMENT_ORDER) {
    if (counts[status] === 0) continue;
    const x = Math.round((done / total) * width);
    done += counts[status];
    segments.push({ status, x, width: Math.round((done / total) * width) - x, count: counts[status] });
  }
  return segments;
}

