import { useFormatter, useTranslations } from 'next-intl';
import type { FlaggedSpeakerRow } from '@/db/queries/overview';
import type { StatusCounts } from '@/lib/overview';
import { StatusBar, StatusLegend, STATUS_FILL } from './status-bar';


/**
 * The desk at a glance: claims by status for the whole desk, the speakers with the most
 * Disputed and Needs-source claims, and status changes per day. Server-rendered SVG; every chart
 * has its numbers in text for screen readers.
 */
export function DeskOverview({ desk, flagged, perDay }: { desk: StatusCounts; flagged: FlaggedSpeakerRow[]; perDay: { day: string; count: number }[] }) {
  const t = useTranslations('overview');
  return (
    <section aria-labelledby="overview-heading" className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-3">
      <h2 id="overview-heading" className="sr-only">
        {t('heading')}
      </h2>
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold">{t('byStatus')}</h3>
        <StatusBar counts={desk} label={t('deskBar')} width={240} />
        <StatusLegend />
      </div>
      <FlaggedSpeakers rows={flagged} />
      <ReviewsPerDay days={perDay} />
    </section>
  );
}

function FlaggedSpeakers({ rows }: { rows: FlaggedSpeakerRow[] }) {
  const t = useTranslations('overview');
  const tc = useTranslations('common');
  const max = Math.max(1, ...rows.map((r) => r.disputed + r.needsSource));
  return (
    <div className="flex flex-col gap-2">
      <h3 id="flagged-heading" className="text-sm font-semibold">
        {t('flagged')}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-600">{t('noFlagged')}</p>
      ) : (
        <table aria-labelledby="flagged-heading" className="text-xs">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t('speaker')}</th>
              <th scope="col">{tc('status', { status: 'disputed' })}</th>
              <th scope="col">{tc('status', { status: 'needs_source' })}</th>
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
  const t = useTranslations('overview');
  const format = useFormatter();
  // Day and short month in the reader's language ("3 Nov" / "Nov 3"), in UTC like the data.
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const barWidth = 8;
  const gap = 2;
  const height = 48;
  const width = days.length * (barWidth + gap);
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best), days[0] ?? { day: '', count: 0 });
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  const range = { first: first ? dayLabel(first) : '', last: last ? dayLabel(last) : '' };
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">{t('perDay', { days: days.length })}</h3>
      <svg
        role="img"
        aria-label={
          busiest.count > 0
            ? t('perDayImageBusiest', { total, first: range.first, last: range.last, busiest: dayLabel(busiest.day), busiestCount: busiest.count })
            : t('perDayImage', { total, first: range.first, last: range.last })
        }
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="max-w-full"
      >
        {days.map((d, i) => {
          const h = d.count === 0 ? 1 : Math.max(2, Math.round((d.count / max) * height));
          return (
            <rect key={d.day} x={i * (barWidth + gap)} y={height - h} width={barWidth} height={h} fill={d.count === 0 ? '#e7e5e4' : '#1d4ed8'}>
              <title>{t('dayCount', { day: dayLabel(d.day), count: d.count })}</title>
            </rect>
          );
        })}
      </svg>
      <p aria-hidden="true" className="flex justify-between text-xs text-stone-600" style={{ width }}>
        <span>{range.first}</span>
        <span>{range.last}</span>
      </p>
      <p className="text-xs text-stone-600">
        {t('perDayTotal', { total, days: days.length })}
      </p>
    </div>
  );
}
