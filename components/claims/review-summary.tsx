import type { ClaimOutline } from '@/lib/claim-types';
import { useTranslations } from 'next-intl';
import { REVIEW_STATUSES } from '@/lib/vocab';
import { ProgressBar } from '@/components/ui/progress-bar';
import { STATUS_ICONS } from '@/components/ui/status-badge';

export function countByStatus(claims: ClaimOutline[]) {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<(typeof REVIEW_STATUSES)[number], number>;
  for (const c of claims) counts[c.status] += 1;
  return counts;
}

/** Reviewed / total and the count of each status. */
export function ReviewSummary({ claims }: { claims: ClaimOutline[] }) {
  const t = useTranslations('claims.summary');
  const tc = useTranslations('common');
  const counts = countByStatus(claims);
  const reviewed = claims.length - counts.unreviewed;
  return (
    <div className="flex flex-col gap-2" data-testid="review-progress">
      <ProgressBar reviewed={reviewed} total={claims.length} label={t('progressLabel')} />
      <p className="flex flex-wrap gap-x-3 text-sm text-stone-700">
        <span className="font-semibold">
          {t('reviewed', { reviewed, total: claims.length })}
        </span>
        {REVIEW_STATUSES.map((s) => (
          <span key={s} className="whitespace-nowrap">
            <span aria-hidden="true">{STATUS_ICONS[s]}</span> {t('statusCount', { status: tc('status', { status: s }), count: counts[s] })}
          </span>
        ))}
      </p>
    </div>
  );
}
