// All-articles summary (the dashboard's overview), as CSV and Markdown. Uses the same CSV and
// Markdown escaping as the per-article reports.

import { toCsv } from './csv';
import { escapeMarkdown } from './markdown';
import { REPORT_MESSAGES, REPORT_STATUSES, createTranslator, reportText, type ArticleSummaryRow, type ReportLocale } from './types';

/** The header row of the summary CSV in a language (see csv.ts on why CSV headers are translated). */
export function summaryCsvHeader(locale: ReportLocale): string[] {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  const text = reportText(locale);
  return [
    t('overview.articleId'),
    t('overview.slug'),
    t('overview.articleTitle'),
    t('field.outlet'),
    t('field.language'),
    t('total'),
    ...REPORT_STATUSES.map((s) => text.status(s)),
    t('overview.completionPercent'),
  ];
}

/** Whole percent, clamped: a completion of 0.996 must not read as 100 % done. */
export function completionPercent(completion: number): number {
  if (!Number.isFinite(completion)) return 0;
  const clamped = Math.min(1, Math.max(0, completion));
  return clamped < 1 ? Math.min(99, Math.floor(clamped * 100)) : 100;
}

function counts(row: ArticleSummaryRow): number[] {
  return [row.total, row.unreviewed, row.verified, row.disputed, row.needsSource];
}

export function summaryCsv(rows: ArticleSummaryRow[], locale: ReportLocale): string {
  return toCsv(
    summaryCsvHeader(locale),
    rows.map((row) => [row.id, row.slug, row.title, row.outlet ?? '', row.language, ...counts(row), completionPercent(row.completion)]),
  );
}

export function summaryMarkdown(rows: ArticleSummaryRow[], locale: ReportLocale): string {
  const t = createTranslator({ locale, messages: REPORT_MESSAGES[locale], namespace: 'report' });
  const text = reportText(locale);
  const n = text.number;
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const totals = rows.reduce(
    (acc, row) => acc.map((value, i) => value + counts(row)[i]),
    [0, 0, 0, 0, 0],
  );
  const lines = [
    `# ${t('overview.title')}`,
    '',
    t('overview.totals', { articles: rows.length, claims: totals[0] }),
    '',
    line([
      t('overview.article'),
      t('field.outlet'),
      t('field.language'),
      t('total'),
      ...REPORT_STATUSES.map((s) => text.status(s)),
      t('overview.completion'),
    ]),
    line(['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...rows.map((row) =>
      line([
        escapeMarkdown(row.title),
        row.outlet ? escapeMarkdown(row.outlet) : '—',
        escapeMarkdown(row.language),
        ...counts(row).map(n),
        `${n(completionPercent(row.completion))} %`,
      ]),
    ),
    line([`**${t('overview.allArticles')}**`, '', '', ...totals.map((v) => `**${n(v)}**`), '']),
    '',
  ];
  return lines.join('\n');
}
