import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getDb } from '@/db/queries/connection';
import { buildReportData, organizationFromEnv } from '@/db/queries/report';
import { getCurrentUser, requirePageUser } from '@/server/auth';
import { findArticleFromParams } from '@/server/page-data';
import { parseIdParam } from '@/server/http';
import { PrintButton } from '@/components/reports/print-button';
import { ReportView } from '@/components/reports/report-view';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Titles are newsroom data: none for visitors who are not signed in.
  const article = (await getCurrentUser()) ? await findArticleFromParams(params) : undefined;
  return { title: article ? `Review report: ${article.title}` : 'Article not found' };
}

/** /articles/<id>/report — the review report as a page, laid out to print like the PDF export. */
export default async function ReportPage({ params }: Props) {
  const user = await requirePageUser();
  const id = parseIdParam((await params).id);
  const data = id ? buildReportData(getDb(), { articleId: id, generatedBy: user, organization: organizationFromEnv() }) : undefined;
  if (!data) notFound();
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Report" className="no-print flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/articles/${data.article.id}`} className="text-accent underline">
          Back to the review
        </Link>
        <a href={`/api/articles/${data.article.id}/report?format=pdf`} download className="text-accent underline">
          Download PDF
        </a>
        <span className="ml-auto">
          <PrintButton />
        </span>
      </nav>
      <ReportView data={data} />
    </div>
  );
}
