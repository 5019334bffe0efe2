// npm run --silent export -- --article ID-or-slug --format markdown|csv|json|pdf|claimreview [--locale id|en] [--draft] > FILE
// Writes one article's review report to stdout, its headings and labels in --locale (default: the
// desk's DEFAULT_LOCALE, else English) (bytes as they are, so a PDF can be redirected to
// a file). ClaimReview warnings (claims left out for lack of a conclusion) go to stderr.
// ClaimReview of a review that is not published fails (exit 1) with the reason, unless --draft:
// then the file has no url and each ClaimReview is marked creativeWorkStatus "Draft".
import os from 'node:os';
import { openDatabase } from '../db/queries/connection';
import { findArticleByIdOrSlug } from '../db/queries/articles';
import { buildReportData, organizationFromEnv, renderArticleReport } from '../db/queries/report';
import { REPORT_FORMATS, REPORT_LOCALES, ReportLocaleError, deskDefaultLocale, isReportFormat, parseReportLocale, type ReportLocale } from '../lib/report';
import { parseCli, runCli, UsageError } from './cli';

const USAGE = `usage: npm run --silent export -- --article ID-or-slug --format ${REPORT_FORMATS.join('|')} [--locale ${REPORT_LOCALES.join('|')}] [--draft] > FILE`;

/** --locale, else DEFAULT_LOCALE, else English; a wrong value is a usage error (exit 2), checked before anything is read. */
function reportLocale(value: string | undefined): ReportLocale {
  try {
    return parseReportLocale(value, '--locale') ?? deskDefaultLocale(process.env);
  } catch (err) {
    if (err instanceof ReportLocaleError) throw new UsageError(err.message);
    throw err;
  }
}

/** Who the report says generated it: the operating-system account running the command. */
function commandLineUser(): { name: string; email: string | null } {
  let account = process.env.USER ?? 'unknown';
  try {
    account = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): keep $USER.
  }
  return { name: `${account} (command line)`, email: null };
}

function writeStdout(body: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(body, (err) => (err ? reject(err) : resolve())));
}

void runCli(async () => {
  const { values } = parseCli({ article: { type: 'string' }, format: { type: 'string' }, locale: { type: 'string' }, draft: { type: 'boolean' }, help: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.article) throw new UsageError(`--article is required. ${USAGE}`);
  if (!isReportFormat(values.format)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')} (got ${JSON.stringify(values.format ?? null)}).`);
  }
  const locale = reportLocale(values.locale);
  const { db, sqlite } = openDatabase();
  try {
    const article = findArticleByIdOrSlug(db, { ref: values.article });
    if (!article) throw new Error(`no article with id or slug ${JSON.stringify(values.article)}.`);
    const data = buildReportData(db, { articleId: article.id, generatedBy: commandLineUser(), organization: organizationFromEnv() })!;
    const report = await renderArticleReport(db, data, values.format, locale);
    if (report.draftReason && !values.draft) throw new Error(`${report.draftReason} Pass --draft to write the draft anyway.`);
    if (report.draftReason) process.stderr.write('warning: draft ClaimReview (not published): no url, marked creativeWorkStatus "Draft".\n');
    for (const line of report.warnings) process.stderr.write(`warning: ${line}\n`);
    await writeStdout(report.body);
  } finally {
    sqlite.close();
  }
});
