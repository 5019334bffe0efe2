import { useTranslations } from 'next-intl';
import type { ReviewStatus } from '@/lib/vocab';

const STYLES: Record<ReviewStatus, string> = {
  unreviewed: 'bg-stone-100 text-stone-700 ring-stone-300',
  verified: 'bg-green-50 text-green-800 ring-green-300',
  disputed: 'bg-red-50 text-red-800 ring-red-300',
  needs_source: 'bg-amber-50 text-amber-900 ring-amber-300',
};

/** A symbol as well as a colour, so status never relies on colour alone. */
export const STATUS_ICONS: Record<ReviewStatus, string> = {
  unreviewed: '○',
  verified: '✓',
  disputed: '✗',
  needs_source: '?',
};

export function StatusBadge({ status }: { status: ReviewStatus }) {
  const t = useTranslations('common');
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}>
      <span aria-hidden="true">{STATUS_ICONS[status]}</span>
      {t('status', { status })}
    </span>
  );
}
