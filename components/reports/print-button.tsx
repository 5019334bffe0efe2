'use client';
import { useTranslations } from 'next-intl';

/** Opens the browser's print dialog (where "Save as PDF" also lives). */
export function PrintButton() {
  const t = useTranslations('reports');
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:opacity-90"
    >
      {t('print')}
    </button>
  );
}
