import { getDb } from '@/db/queries/connection';
import { listArticleSummaries } from '@/db/queries/report';
import { userFromHeaders } from '@/server/auth';
import { jsonError } from '@/server/http';
import { FORMATS, reportFilename, summaryCsv, summaryMarkdown, type ArticleSummaryRow } from '@/lib/report';
import { attachmentResponse } from '@/lib/report/download';

const SUMMARY_FORMATS = {
  csv: { render: summaryCsv, spec: FORMATS.csv },
  markdown: { render: summaryMarkdown, spec: FORMATS.markdown },
} satisfies Record<string, { render: (rows: ArticleSummaryRow[]) => string; spec: { ext: string; contentType: string } }>;

function isSummaryFormat(value: string | null): value is keyof typeof SUMMARY_FORMATS {
  return value === 'csv' || value === 'markdown';
}

/** GET /api/summary?format=csv|markdown — one row per article: counts by status and completion. */
export async function GET(request: Request) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const format = new URL(request.url).searchParams.get('format');
  if (!isSummaryFormat(format)) return jsonError(400, 'bad_format', 'Choose a format: csv, markdown.', { formats: ['csv', 'markdown'] });
  const { render, spec } = SUMMARY_FORMATS[format];
  return attachmentResponse(render(listArticleSummaries(getDb())), {
    filename: reportFilename('quote-desk-summary', new Date(), spec.ext),
    contentType: spec.contentType,
  });
}
