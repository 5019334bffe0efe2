import { getDb } from '@/db/queries/connection';
import { listArticleSummaries } from '@/db/queries/report';
import { userFromHeaders } from '@/server/auth';
import { jsonError } from '@/server/http';
import { FORMATS, REPORT_LOCALES, reportFilename, reportLocaleOfRequest, summaryCsv, summaryMarkdown, type ArticleSummaryRow, type ReportLocale } from '@/lib/report';
import { attachmentResponse } from '@/lib/report/download';

const SUMMARY_FORMATS = {
  csv: { render: summaryCsv, spec: FORMATS.csv },
  markdown: { render: summaryMarkdown, spec: FORMATS.markdown },
} satisfies Record<string, { render: (rows: ArticleSummaryRow[], locale: ReportLocale) => string; spec: { ext: string; contentType: string } }>;

function isSummaryFormat(value: string | null): value is keyof typeof SUMMARY_FORMATS {
  return value === 'csv' || value === 'markdown';
}

/** GET /api/summary?format=csv|markdown[&locale=id|en] — one row per article: counts by status and completion. */
export async function GET(request: Request) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const format = new URL(request.url).searchParams.get('format');
  if (!isSummaryFormat(format)) return jsonError(400, 'bad_format', 'Choose a format: csv, markdown.', { formats: ['csv', 'markdown'] });
  const language = reportLocaleOfRequest(request, user, process.env);
  if (!language.ok) return jsonError(400, 'bad_locale', language.message, { locales: REPORT_LOCALES });
  const { render, spec } = SUMMARY_FORMATS[format];
  return attachmentResponse(render(listArticleSummaries(getDb()), language.locale), {
    filename: reportFilename('quote-desk-summary', new Date(), spec.ext),
    contentType: spec.contentType,
  });
}
