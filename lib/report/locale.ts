// Which language a report is written in: the one asked for (`?locale=` / `--locale`), else the
// reader's interface language (their profile setting, else the browser's Accept-Language, else the
// desk's DEFAULT_LOCALE: the rule of lib/i18n/locales.ts). Pure: the caller hands in the user's
// setting, the header and the environment.

import { chooseLocale, defaultLocaleFrom, localeFromAcceptLanguage } from '../i18n/locales';
import { REPORT_LOCALES, isReportLocale, type ReportLocale } from './locales';

export { localeFromAcceptLanguage };

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
  return defaultLocaleFrom(env);
}

/** The report language of a request: asked for, else the reader's own, else their browser's, else the desk's. */
export function resolveReportLocale({
  requested,
  userLocale = null,
  acceptLanguage,
  env,
}: {
  requested: string | null | undefined;
  userLocale?: string | null;
  acceptLanguage?: string | null;
  env: Record<string, string | undefined>;
}): ReportLocale {
  return parseReportLocale(requested) ?? chooseLocale({ userLocale, acceptLanguage, defaultLocale: defaultLocaleFrom(env) });
}

/**
 * The report language of an HTTP request (`?locale=id|en`, else the user's interface language),
 * or the message for a 400 answer when the requested value is not a choice.
 */
export function reportLocaleOfRequest(
  request: { url: string; headers: { get(name: string): string | null } },
  user: { locale: string | null } | null,
  env: Record<string, string | undefined>,
): { ok: true; locale: ReportLocale } | { ok: false; message: string } {
  try {
    const requested = new URL(request.url).searchParams.get('locale');
    const acceptLanguage = request.headers.get('accept-language');
    return { ok: true, locale: resolveReportLocale({ requested, userLocale: user?.locale, acceptLanguage, env }) };
  } catch (err) {
    if (err instanceof ReportLocaleError) return { ok: false, message: err.message };
    throw err;
  }
}
