import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/server/auth';
import { signOutAction } from '@/server/actions/session';

export async function AppHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations('header');
  const tc = await getTranslations('common');
  const nav = [
    { href: '/', label: t('articles') },
    { href: '/claims', label: t('allClaims') },
    { href: '/speakers', label: t('speakers') },
    ...(user.role === 'admin'
      ? [
          { href: '/users', label: t('users') },
          { href: '/admin/history', label: t('verifyHistory') },
        ]
      : []),
  ];
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold text-accent max-lg:inline-flex max-lg:min-h-11 max-lg:items-center">
          {tc('appName')}
        </Link>
        <nav aria-label={t('mainNav')} className="flex flex-wrap gap-4 text-sm">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="text-stone-700 hover:text-accent hover:underline max-lg:inline-flex max-lg:min-h-11 max-lg:items-center">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="flex items-center gap-1.5 text-stone-600">
            {/* The name opens the profile (the interface language); tokens have no profile. */}
            {user.id ? (
              // Named by the visible name alone, so a page's own fields stay the only things labelled like
              // them (a "profile and language" link would be one more "Language"); the title says where it goes.
              <Link href="/profile" title={t('profileOf')} className="text-stone-700 underline-offset-2 hover:text-accent hover:underline max-lg:inline-flex max-lg:min-h-11 max-lg:items-center">
                {user.name}
              </Link>
            ) : (
              user.name
            )}
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs uppercase tracking-wide">{tc('role', { role: user.role })}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="text-stone-700 underline hover:text-accent max-lg:min-h-11">
              {t('signOut')}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
