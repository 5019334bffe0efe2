import { getDb } from '@/db/queries/connection';
import { buildReportData, organizationFromEnv, renderArticleReport } from '@/db/queries/report';
import { userFromHeaders } from '@/server/auth';
import { jsonError, parseIdParam } from '@/server/http';
import { REPORT_FORMATS, REPORT_LOCALES, isReportFormat, reportLocaleOfRequest } from '@/lib/report';
import { DRAFT_HEADER, SKIPPED_HEADER, WARNINGS_HEADER, attachmentResponse, encodeWarnings } from '@/lib/report/download';

/**
 * GET /api/articles/<id>/report?format=markdown|csv|json|pdf|claimreview[&locale=id|en] — the review report of
 * one article as a file, its headings and labels in the chosen language. Any signed-in role may export (viewers included). For ClaimReview the
 * claims left out for lack of a conclusion are listed in the X-ClaimReview-Warnings header; the
 * file of a published review is the JSON-LD of its public page, and an unpublished review's is a
 * draft (no url, creativeWorkStatus Draft) with the reason in X-ClaimReview-Draft.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in or send an API token.');
  const articleId = parseIdParam((await params).id);
  const format = new URL(request.url).searchParams.get('format');
  if (!isReportFormat(format)) {
    return jsonError(400, 'bad_format', `Choose a format: ${REPORT_FORMATS.join(', ')}.`, { formats: REPORT_FORMATS });
  }
  // The report's language: ?locale=id|en, else the browser's, else the desk's DEFAULT_LOCALE.
  const language = reportLocaleOfRequest(request, user, process.env);
  if (!language.ok) return jsonError(400, 'bad_locale', language.message, { locales: REPORT_LOCALES });
  const data = articleId
    ? buildReportData(getDb(), { articleId, generatedBy: user, organization: organizationFromEnv() })
    : undefined;
  if (!data) return jsonError(404, 'not_found', 'No article with this id.');

  const report = await renderArticleReport(getDb(), data, format, language.locale);
  const headers: Record<string, string> =
    format === 'claimreview'
      ? {
          [WARNINGS_HEADER]: encodeWarnings(report.warnings),
          [SKIPPED_HEADER]: String(report.warnings.length),
          ...(report.draftReason ? { [DRAFT_HEADER]: encodeURIComponent(report.draftReason) } : {}),
        }
      : {};
  return attachmentResponse(report.body, { filename: report.filename, contentType: report.contentType, headers });
}
