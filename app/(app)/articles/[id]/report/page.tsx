import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { buildReportData, organizationFromEnv } from '@/db/queries/report';
import { getCurrentUser, requirePageUser } from '@/server/auth';
import { findArticleFromParams } from '@/server/page-data';
import { parseIdParam } from '@/server/http';
import { requestLocale } from '@/server/request-locale';
import { REPORT_LOCALES, parseReportLocale, ReportLocaleError, type ReportLocale } from '@/lib/report';
import { PrintButton } from '@/components/reports/print-button';
import { ReportView } from '@/components/reports/report-view';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ locale?: string | string[] }> };

/** ?locale=id|en, else the reader's interface language; null for a value that is not a choice. */
async function pageReportLocale(searchParams: Props['searchParams']): Promise<ReportLocale | null> {
  const requested = (await searchParams).locale;
  try {
    return parseReportLocale(Array.isArray(requested) ? requested[0] : requested) ?? (await requestLocale());
  } catch (err) {
    if (err instanceof ReportLocaleError) return null;
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('reports');
  // Titles are newsroom data: none for visitors who are not signed in.
  const article = (await getCurrentUser()) ? await findArticleFromParams(params) : undefined;
  return { title: article ? t('pageTitle', { title: article.title }) : t('notFoundTitle') };
}

/**
 * /articles/<id>/report[?locale=id|en] — the review report as a page, laid out to print like the
 * PDF export. The report is in the chosen language; the page around it in the interface's.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const t = await getTranslations('reports');
  const locale = await pageReportLocale(searchParams);
  const id = parseIdParam((await params).id);
  const data = id ? buildReportData(getDb(), { articleId: id, generatedBy: user, organization: organizationFromEnv() }) : undefined;
  if (!data) notFound();
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t('nav')} className="no-print flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/articles/${data.article.id}`} className="text-accent underline">
          {t('backToReview')}
        </Link>
        {locale ? (
          <a href={`/api/articles/${data.article.id}/report?format=pdf&locale=${locale}`} download className="text-accent underline">
            {t('downloadPdf')}
          </a>
        ) : null}
        <span className="ml-auto">
          <PrintButton />
        </span>
      </nav>
      {locale ? (
        <ReportView data={data} locale={locale} />
      ) : (
        <div role="alert" className="flex flex-wrap gap-2 rounded-md bg-red-50 p-4 text-sm text-red-900">
          <span>{t('unknownLanguage')}</span>
          {REPORT_LOCALES.map((l) => (
            <Link key={l} href={`/articles/${data.article.id}/report?locale=${l}`} className="underline">
              {l}
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
