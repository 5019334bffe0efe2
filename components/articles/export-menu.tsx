// The "Export report" menu of the article page: plain download links to the report route (no
// client JavaScript except the ClaimReview link, which shows the claims the export leaves out).
import Link from 'next/link';
import { ClaimReviewLink } from '@/components/reports/claimreview-link';

const FILE_LINKS = [
  { format: 'markdown', label: 'Markdown (.md)' },
  { format: 'csv', label: 'CSV (.csv)' },
  { format: 'json', label: 'JSON (.json)' },
  { format: 'pdf', label: 'PDF (.pdf)' },
] as const;

const item = 'block rounded px-2 py-1.5 max-lg:flex max-lg:min-h-11 max-lg:items-center text-sm text-stone-800 hover:bg-accent-soft hover:text-accent focus-visible:bg-accent-soft';

export function ExportMenu({ articleId }: { articleId: number }) {
  const reportUrl = (format: string) => `/api/articles/${articleId}/report?format=${format}`;
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md max-lg:min-h-11 border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-accent [&::-webkit-details-marker]:hidden">
        <span>Export report</span>
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute left-0 z-20 mt-1 flex w-80 flex-col gap-1 rounded-md border border-stone-200 bg-white p-2 shadow-lg">
        <p className="px-2 pb-1 text-xs text-stone-600">The review of every claim, with evidence and full history.</p>
        <ul aria-label="Report formats" className="flex flex-col">
          {FILE_LINKS.map(({ format, label }) => (
            <li key={format}>
              <a href={reportUrl(format)} download className={item}>
                {label}
              </a>
            </li>
          ))}
          <li>
            <ClaimReviewLink href={reportUrl('claimreview')} className={item} />
          </li>
          <li className="mt-1 border-t border-stone-200 pt-1">
            <Link href={`/articles/${articleId}/report`} className={item} prefetch={false}>
              Print view
            </Link>
          </li>
        </ul>
      </div>
    </details>
  );
}
