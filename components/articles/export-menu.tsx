// The "Export report" menu of the article page: the report's language, then download links to
// the report route. Without JavaScript the links still work, in the language first shown.
import { useTranslations } from 'next-intl';
import { ReportLinks } from '@/components/reports/report-links';

export function ExportMenu({ articleId }: { articleId: number }) {
  const t = useTranslations('reports');
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md max-lg:min-h-11 border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-accent [&::-webkit-details-marker]:hidden">
        <span>{t('exportReport')}</span>
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute left-0 z-20 mt-1 flex w-80 flex-col gap-1 rounded-md border border-stone-200 bg-white p-2 shadow-lg">
        <p className="px-2 pb-1 text-xs text-stone-600">{t('exportIntro')}</p>
        <ReportLinks articleId={articleId} />
      </div>
    </details>
  );
}
