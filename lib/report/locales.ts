// The report languages, in a module of their own (no message files, no formatter) so the
// Export menu's client code can list them without shipping the report's words to the browser.

export const REPORT_LOCALES = ['id', 'en'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

export function isReportLocale(value: unknown): value is ReportLocale {
  return typeof value === 'string' && (REPORT_LOCALES as readonly string[]).includes(value);
}
