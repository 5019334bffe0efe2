import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { buildReportData, organizationFromEnv } from '@/db/queries/report';
import { getCurrentUser, requirePageUser } from '@/lib/auth';
import { findArticleFromParams } from '@/lib/page-data';
import { parseIdParam } from '@/lib/http';
import { headers } from 'next/headers';
import { REPORT_LOCALES, ReportLocaleError, resolveReportLocale, type ReportLocale } from '@/lib/report';
import { PrintButton } from '@/components/reports/print-button';
import { ReportView } from '@/components/reports/report-view';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ locale?: string | string[] }> };

/** ?locale=id|en, else the browser's language, else the desk's default; null for a value that is not a choice. */
async function pageReportLocale(searchParams: Props['searchParams']): Promise<ReportLocale | null> {
  const requested = (await searchParams).locale;
  try {
    return resolveReportLocale({
      requested: Array.isArray(requested) ? requested[0] : requested,
      acceptLanguage: (await headers()).get('accept-language'),
      env: process.env,
    });
  } catch (err) {
    if (err instanceof ReportLocaleError) return null;
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Titles are newsroom data: none for visitors who are not signed in.
  const article = (await getCurrentUser()) ? await findArticleFromParams(params) : undefined;
  return { title: article ? `Review report: ${article.title}` : 'Article not found' };
}

/** /articles/<id>/report — the review report as a page, laid out to print like the PDF export. */
export default async function ReportPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const locale = await pageReportLocale(searchParams);
  const id = parseIdParam((await params).id);
  const data = id ? buildReportData(getDb(), { articleId: id, generatedBy: user, organization: organizationFromEnv() }) : undefined;
  if (!data) notFound();
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Report" className="no-print flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/articles/${data.article.id}`} className="text-accent underline">
          Back to the review
        </Link>
        {locale ? (
          <a href={`/api/articles/${data.article.id}/report?format=pdf&locale=${locale}`} download className="text-accent underline">
            Download PDF
          </a>
        ) : null}
        <span className="ml-auto">
          <PrintButton />
        </span>
      </nav>
      {locale ? (
        <ReportView data={data} locale={locale} />
      ) : (
        <p role="alert" className="rounded-md bg-red-50 p-4 text-sm text-red-900">
          Unknown report language. Choose{' '}
          {REPORT_LOCALES.map((l, i) => (
            <span key={l}>
              {i > 0 ? ' or ' : ''}
              <Link href={`/articles/${data.article.id}/report?locale=${l}`} className="underline">
                {l}
              </Link>
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
