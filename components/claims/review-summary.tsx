import type { ClaimOutline } from '@/lib/claim-types';
import { REVIEW_STATUSES, STATUS_LABELS } from '@/lib/vocab';
import { ProgressBar } from '@/components/ui/progress-bar';
import { STATUS_ICONS } from '@/components/ui/status-badge';

export function countByStatus(claims: ClaimOutline[]) {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<(typeof REVIEW_STATUSES)[number], number>;
  for (const c of claims) counts[c.status] += 1;
  return counts;
}

/** Reviewed / total and the count of each status. */
export function ReviewSummary({ claims }: { claims: ClaimOutline[] }) {
  const counts = countByStatus(claims);
  const reviewed = claims.length - counts.unreviewed;
  return (
    <div className="flex flex-col gap-2" data-testid="review-progress">
      <ProgressBar reviewed={reviewed} total={claims.length} label="Claims reviewed" />
      <p className="flex flex-wrap gap-x-3 text-sm text-stone-700">
        <span className="font-semibold">
          {reviewed} of {claims.length} reviewed
        </span>
        {REVIEW_STATUSES.map((s) => (
          <span key={s} className="whitespace-nowrap">
            <span aria-hidden="true">{STATUS_ICONS[s]}</span> {STATUS_LABELS[s]}: {counts[s]}
          </span>
        ))}
      </p>
    </div>
  );
}
