// Which language a report is written in: the one asked for (`?locale=` / `--locale`), else the
// reader's, else the desk's DEFAULT_LOCALE, else English. Pure: the caller hands in the header and
// the environment.

import { REPORT_LOCALES, isReportLocale, type ReportLocale } from './locales';

export const LOCALE_CHOICES = REPORT_LOCALES.join(', ');

export class ReportLocaleError extends Error {}

/** A requested report language, or a clear refusal naming the choices. Absent → undefined. */
export function parseReportLocale(value: string | null | undefined, what = 'locale'): ReportLocale | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim().toLowerCase();
  if (isReportLocale(trimmed)) return trimmed;
  throw new ReportLocaleError(`Unknown ${what} ${JSON.stringify(value)}: choose ${LOCALE_CHOICES}.`);
}

/** The desk's DEFAULT_LOCALE (`id` or `en`); English when unset; a wrong value is an error. */
export function deskDefaultLocale(env: Record<string, string | undefined>): ReportLocale {
  const raw = env.DEFAULT_LOCALE?.trim();
  return raw ? parseReportLocale(raw, 'DEFAULT_LOCALE')! : 'en';
}

/**
 * The best report language in an Accept-Language header (`id-ID,id;q=0.9,en;q=0.8`), or null
 * when it names none the desk has. Ranges are matched on their primary language; `*` is no
 * preference (the desk's default decides).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): ReportLocale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [range, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: range.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.language).find(isReportLocale) ?? null;
}

/** The report language of a request: asked for, else the reader's browser, else the desk's. */
export function resolveReportLocale({
  requested,
  acceptLanguage,
  env,
}: {
  requested: string | null | undefined;
  acceptLanguage?: string | null;
  env: Record<string, string | undefined>;
}): ReportLocale {
  return parseReportLocale(requested) ?? localeFromAcceptLanguage(acceptLanguage) ?? deskDefaultLocale(env);
}

/**
 * The report language of an HTTP request: `?locale=id|en`, else Accept-Language, else the desk's
 * DEFAULT_LOCALE, else English; or the message for a 400 answer when a value is not a choice.
 */
export function reportLocaleOfRequest(
  request: { url: string; headers: { get(name: string): string | null } },
  env: Record<string, string | undefined>,
): { ok: true; locale: ReportLocale } | { ok: false; message: string } {
  try {
    const requested = new URL(request.url).searchParams.get('locale');
    return { ok: true, locale: resolveReportLocale({ requested, acceptLanguage: request.headers.get('accept-language'), env }) };
  } catch (err) {
    if (err instanceof ReportLocaleError) return { ok: false, message: err.message };
    throw err;
  }
}
