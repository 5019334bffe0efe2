// The interface language of the current request (server side). See lib/i18n/locales.ts for the rule.
import 'server-only';
import { headers as nextHeaders } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser, type CurrentUser } from './auth';
import { chooseLocale, defaultLocaleFrom, type Locale } from './i18n/locales';

/** For a known caller and request headers (route handlers, server actions). */
export function localeFor(user: CurrentUser | null, h: Headers): Locale {
  return chooseLocale({ userLocale: user?.locale, acceptLanguage: h.get('accept-language'), defaultLocale: defaultLocaleFrom(process.env) });
}

/** Memoised per request: the root layout, next-intl and server actions all ask. */
export const requestLocale = cache(async (): Promise<Locale> => localeFor(await getCurrentUser(), await nextHeaders()));
