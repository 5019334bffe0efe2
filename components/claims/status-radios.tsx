import { useTranslations } from 'next-intl';
import { REVIEW_STATUSES, type ReviewStatus } from '@/lib/vocab';
import { STATUS_ICONS } from '@/components/ui/status-badge';

/**
 * A claim's status as a radio group of small labelled pills (icon and word, so status never
 * relies on colour alone); at least 44 px tall on narrow screens.
 */
export function StatusRadios({
  claimId,
  status,
  canReview,
  describedBy,
  onChoose,
}: {
  claimId: number;
  status: ReviewStatus;
  canReview: boolean;
  describedBy?: string;
  onChoose: (status: ReviewStatus) => void;
}) {
  const t = useTranslations('common');
  return (
    <fieldset disabled={!canReview} aria-describedby={describedBy}>
      <div role="radiogroup" aria-label={t('statusGroup')} className="flex flex-wrap gap-1">
        {REVIEW_STATUSES.map((s) => (
          <label
            key={s}
            className={`flex cursor-pointer items-center gap-1 rounded-md border border-stone-200 px-1.5 py-0.5 text-xs max-lg:min-h-11 max-lg:px-2.5 max-lg:text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:disabled]:cursor-not-allowed ${status === s ? 'font-semibold' : 'text-stone-600'}`}
          >
            <input type="radio" name={`status-${claimId}`} value={s} checked={status === s} onChange={() => onChoose(s)} className="size-3.5 accent-accent" />
            <span aria-hidden="true">{STATUS_ICONS[s]}</span>
            {t('status', { status: s })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
