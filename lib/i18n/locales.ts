// The interface languages and how one is chosen for a request. Pure: the server layer
// (i18n/request.ts, lib/action.ts) passes in the user's setting, the Accept-Language header and
// the environment.
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';

export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

/** What a user can pick on the profile page: a language, or "follow my browser" (null). */
export const LOCALE_SETTINGS = ['browser', ...LOCALES] as const;
export type LocaleSetting = (typeof LOCALE_SETTINGS)[number];

/** The desk's default when DEFAULT_LOCALE is not set. */
export const FALLBACK_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * DEFAULT_LOCALE from the environment. Unset or empty means English; anything else that is not
 * `id` or `en` is a configuration mistake, refused with a message that says what is allowed
 * (scripts/start.ts calls this before serving, so the desk does not start with a typo).
 */
export function defaultLocaleFrom(env: Record<string, string | undefined>): Locale {
  const raw = env.DEFAULT_LOCALE?.trim() ?? '';
  if (raw === '') return FALLBACK_LOCALE;
  const value = raw.toLowerCase();
  if (isLocale(value)) return value;
  throw new Error(`DEFAULT_LOCALE must be "id" (Bahasa Indonesia) or "en" (English); got "${raw}".`);
}

/**
 * The best interface language for an Accept-Language header, or null when the browser asks for
 * none we have. Negotiator orders the header's ranges by quality (q=); the locale matcher (best
 * fit, as in ECMA-402) maps regional tags to ours: `id-ID` → `id`, `en-US` → `en`, and `in`
 * (Indonesian's old code) → `id`.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const requested = new Negotiator({ headers: { 'accept-language': header } }).languages().filter((tag) => tag !== '*');
  if (requested.length === 0) return null;
  const NONE = 'und';
  try {
    const best = match(requested, [...LOCALES], NONE, { algorithm: 'best fit' });
    return isLocale(best) ? best : null;
  } catch {
    // A malformed tag (RangeError from Intl) is treated as no preference.
    return null;
  }
}

/** The user's own setting, else the browser's Accept-Language, else the desk's default. */
export function chooseLocale({
  userLocale,
  acceptLanguage,
  defaultLocale,
}: {
  userLocale: string | null | undefined;
  acceptLanguage: string | null | undefined;
  defaultLocale: Locale;
}): Locale {
  if (isLocale(userLocale)) return userLocale;
  return localeFromAcceptLanguage(acceptLanguage) ?? defaultLocale;
}
