import { useTranslations } from 'next-intl';

/** Review progress: reviewed of total, with the numbers in text for screen readers and print. */
export function ProgressBar({ reviewed, total, label }: { reviewed: number; total: number; label: string }) {
  const t = useTranslations('claims.summary');
  const pct = total === 0 ? 0 : Math.round((reviewed / total) * 100);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reviewed}
        aria-valuetext={t('reviewed', { reviewed, total })}
        className="h-2 w-full min-w-24 overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-accent transition-all" style={{ width: `${pct}%` }} />
      </div>
      <span className="shrink-0 text-xs tabular-nums text-stone-600">
        {reviewed} / {total}
      </span>
    </div>
  );
}
