'use server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { setUserLocale } from '@/db/queries/users';
import { fail, serverAction, succeed } from '@/lib/action';
import { forgetSessionsOfUser } from '@/lib/auth';
import { keyed } from '@/lib/i18n/keyed';
import { LOCALE_SETTINGS } from '@/lib/i18n/locales';
import { ROLES } from '@/lib/vocab';

/**
 * A user's own interface language. Like a role change it is an account setting, not a review
 * change: it goes through the action wrapper (refusals are logged) but not into the claims' hash
 * chain. 'browser' stores null: the browser's Accept-Language decides.
 */
export const setLocaleAction = serverAction({
  name: 'setLocale',
  roles: ROLES,
  schema: z.object({ locale: z.enum(LOCALE_SETTINGS, { error: keyed('server.profile.localeChoice') }) }),
  handler: (input, { user }) => {
    // API tokens have no profile; only a signed-in person can choose their language.
    if (!user.id) return fail('forbidden', keyed('server.profile.noProfile'));
    if (!setUserLocale(getDb(), { userId: user.id, locale: input.locale === 'browser' ? null : input.locale })) {
      return fail('not_found', keyed('server.profile.noProfile'));
    }
    // The cached session carries the old setting: the next request must read the new one.
    forgetSessionsOfUser(user.id);
    return succeed({ locale: input.locale });
  },
  revalidate: () => ['/', '/profile'],
});
