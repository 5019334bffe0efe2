import { useTranslations } from 'next-intl';
import type { ReviewStatus } from '@/lib/vocab';
import { SEGMENT_ORDER, statusSegments, type StatusCounts } from '@/lib/overview';
import { STATUS_ICONS } from '@/components/ui/status-badge';

/** Segment colours; the counts beside the bar carry the same information without colour. */
export const STATUS_FILL: Record<ReviewStatus, string> = {
  verified: '#15803d',
  disputed: '#b91c1c',
  needs_source: '#b45309',
  unreviewed: '#d6d3d1',
};

/** A small stacked bar of a set of claims by status (server-rendered SVG), with its counts in text. */
export function StatusBar({ counts, label, width = 160 }: { counts: StatusCounts; label: string; width?: number }) {
  const t = useTranslations('overview');
  const tc = useTranslations('common');
  const segments = statusSegments(counts, width);
  const sentence = t('statusSentence', {
    verified: counts.verified,
    disputed: counts.disputed,
    needsSource: counts.needs_source,
    unreviewed: counts.unreviewed,
  });
  return (
    <div className="flex flex-col gap-1">
      <svg role="img" aria-label={`${label}: ${sentence}`} width={width} height={10} viewBox={`0 0 ${width} 10`} className="max-w-full rounded-sm bg-stone-100">
        {segments.map((s) => (
          <rect key={s.status} x={s.x} y={0} width={s.width} height={10} fill={STATUS_FILL[s.status]} />
        ))}
      </svg>
      <p aria-hidden="true" className="flex flex-wrap gap-x-2 text-xs tabular-nums text-stone-600">
        {SEGMENT_ORDER.filter((s) => s !== 'unreviewed').map((s) => (
          <span key={s} title={tc('status', { status: s })}>
            {STATUS_ICONS[s]} {counts[s]}
          </span>
        ))}
      </p>
    </div>
  );
}

/** What the colours mean, once per page. */
export function StatusLegend() {
  const t = useTranslations('overview');
  const tc = useTranslations('common');
  return (
    <ul aria-label={t('legend')} className="flex flex-wrap gap-x-3 text-xs text-stone-600">
      {SEGMENT_ORDER.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <svg width="10" height="10" aria-hidden="true">
            <rect width="10" height="10" fill={STATUS_FILL[s]} />
          </svg>
          {STATUS_ICONS[s]} {tc('status', { status: s })}
        </li>
      ))}
    </ul>
  );
}
