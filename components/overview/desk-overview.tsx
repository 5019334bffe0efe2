import type { FlaggedSpeakerRow } from '@/db/queries/overview';
import type { StatusCounts } from '@/lib/overview';
import { StatusBar, StatusLegend, STATUS_FILL } from './status-bar';

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function dayLabel(day: string): string {
  return DAY_LABEL.format(new Date(`${day}T00:00:00Z`));
}

/**
 * The desk at a glance: claims by status for the whole desk, the speakers with the most
 * Disputed and Needs-source claims, and status changes per day. Server-rendered SVG; every chart
 * has its numbers in text for screen readers.
 */
export function DeskOverview({ desk, flagged, perDay }: { desk: StatusCounts; flagged: FlaggedSpeakerRow[]; perDay: { day: string; count: number }[] }) {
  return (
    <section aria-labelledby="overview-heading" className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-3">
      <h2 id="overview-heading" className="sr-only">
        Desk overview
      </h2>
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold">All claims by status</h3>
        <StatusBar counts={desk} label="All claims on the desk" width={240} />
        <StatusLegend />
      </div>
      <FlaggedSpeakers rows={flagged} />
      <ReviewsPerDay days={perDay} />
    </section>
  );
}

function FlaggedSpeakers({ rows }: { rows: FlaggedSpeakerRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.disputed + r.needsSource));
  return (
    <div className="flex flex-col gap-2">
      <h3 id="flagged-heading" className="text-sm font-semibold">
        Disputed and unsourced claims by speaker
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-600">No disputed or unsourced claims.</p>
      ) : (
        <table aria-labelledby="flagged-heading" className="text-xs">
          <thead className="sr-only">
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col">Disputed</th>
              <th scope="col">Needs source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.speaker}>
                <th scope="row" className="max-w-32 truncate py-0.5 pr-2 text-left font-normal">
                  {r.speaker}
                </th>
                <td className="sr-only">{r.disputed}</td>
                <td className="sr-only">{r.needsSource}</td>
                <td aria-hidden="true" className="w-full py-0.5">
                  <span className="flex items-center gap-1 tabular-nums">
                    <svg width={(120 * (r.disputed + r.needsSource)) / max} height="8" className="shrink-0">
                      <rect width={(120 * r.disputed) / max} height="8" fill={STATUS_FILL.disputed} />
                      <rect x={(120 * r.disputed) / max} width={(120 * r.needsSource) / max} height="8" fill={STATUS_FILL.needs_source} />
                    </svg>
                    ✗ {r.disputed} · ? {r.needsSource}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function ReviewsPerDay({ days }: { days: { day: string; count: number }[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const barWidth = 8;
  const gap = 2;
  const height = 48;
  const width = days.length * (barWidth + gap);
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best), days[0] ?? { day: '', count: 0 });
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">Reviews per day, last {days.length} days</h3>
      <svg
        role="img"
        aria-label={`${total} status changes from ${first ? dayLabel(first) : ''} to ${last ? dayLabel(last) : ''}${busiest.count > 0 ? `; busiest day ${dayLabel(busiest.day)} with ${busiest.count}` : ''}.`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="max-w-full"
      >
        {days.map((d, i) => {
          const h = d.count === 0 ? 1 : Math.max(2, Math.round((d.count / max) * height));
          return (
            <rect key={d.day} x={i * (barWidth + gap)} y={height - h} width={barWidth} height={h} fill={d.count === 0 ? '#e7e5e4' : '#1d4ed8'}>
              <title>{`${dayLabel(d.day)}: ${d.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <p aria-hidden="true" className="flex justify-between text-xs text-stone-600" style={{ width }}>
        <span>{first ? dayLabel(first) : ''}</span>
        <span>{last ? dayLabel(last) : ''}</span>
      </p>
      <p className="text-xs text-stone-600">
        {total} status change{total === 1 ? '' : 's'} in {days.length} days.
      </p>
    </div>
  );
}
