// The format table the route handler and the CLI use: format id → file extension, HTTP content
// type and renderer. Every render is async (returns a Promise) so callers treat all formats
// alike; only the PDF actually needs it. Markdown, CSV, JSON and ClaimReview resolve to strings,
// PDF to a Buffer.
//
// Used by renderArticleReport (db/queries/report.ts: picks the spec, renders, names the file with
// reportFilename, and for ClaimReview adds its warnings and draft reason), which both
// app/api/articles/[id]/report/route.ts (sent with lib/report/download.ts's attachmentResponse and
// headers) and scripts/export.ts call.

import { renderClaimReview } from './claimreview';
import { renderCsv } from './csv';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { slugify } from '../articles/text';
import { isoDate, type ReportData, type ReportLocale } from './types';

export const REPORT_FORMATS = ['markdown', 'csv', 'json', 'pdf', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFormatSpec {
  ext: string;
  contentType: string;
  /** The report with its headings and labels in `locale`. */
  render(data: ReportData, locale: ReportLocale): Promise<string | Buffer>;
}

export const FORMATS: Record<ReportFormat, ReportFormatSpec> = {
  markdown: { ext: 'md', contentType: 'text/markdown; charset=utf-8', render: async (d, l) => renderMarkdown(d, l) },
  csv: { ext: 'csv', contentType: 'text/csv; charset=utf-8; header=present', render: async (d, l) => renderCsv(d, l) },
  json: { ext: 'json', contentType: 'application/json; charset=utf-8', render: async (d, l) => renderJson(d, l) },
  pdf: { ext: 'pdf', contentType: 'application/pdf', render: (d, l) => renderPdf(d, l) },
  claimreview: { ext: 'jsonld', contentType: 'application/ld+json; charset=utf-8', render: async (d, l) => renderClaimReview(d, l) },
};

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * `<article-slug>-review-<yyyy-mm-dd>.<ext>`. The slug is reduced to [a-z0-9-] (slugify, as for
 * article slugs) so the name is safe in a Content-Disposition header and on any file system.
 */
export function reportFilename(slug: string, date: string | Date, ext: string): string {
  const safeSlug = slugify(slug);
  const day = isoDate(date);
  // An unparseable date is a caller bug; say so in the name rather than invent a date.
  const safeDay = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : 'undated';
  return `${safeSlug}-review-${safeDay}.${ext.replace(/[^a-z0-9.]/gi, '')}`;
}

export { buildClaimReview, claimReviewDraftReason, claimReviewWarnings, renderClaimReview } from './claimreview';
export { claimCsvHeader, renderCsv } from './csv';
export { renderJson, REPORT_SCHEMA_VERSION } from './json';
export { renderMarkdown } from './markdown';
export { renderPdf } from './pdf';
export { summaryCsv, summaryCsvHeader, summaryMarkdown } from './summary';
export { deskDefaultLocale, localeFromAcceptLanguage, parseReportLocale, reportLocaleOfRequest, resolveReportLocale, ReportLocaleError, LOCALE_CHOICES } from './locale';
export * from './types';
