// next-intl's per-request configuration (App Router, no locale in the URL): the locale is the
// signed-in user's own setting, else the browser's Accept-Language, else DEFAULT_LOCALE
// (lib/i18n/locales.ts). The same choice serves server actions and the JSON API (lib/action.ts).
import { getRequestConfig } from 'next-intl/server';
import { requestLocale } from '@/lib/request-locale';
import en from '@/messages/en.json';
import id from '@/messages/id.json';

const MESSAGES = { en, id } as const;

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: MESSAGES[locale],
    // Every date on the desk is shown in UTC (and says so), as it was before translation: a
    // newsroom's editors and its server need not share a time zone.
    timeZone: 'UTC',
  };
});
