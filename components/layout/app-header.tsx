import Link from 'next/link';
import type { CurrentUser } from '@/server/auth';
import { signOutAction } from '@/server/actions/session';

const NAV = [
  { href: '/', label: 'Articles' },
  { href: '/claims', label: 'All claims' },
  { href: '/speakers', label: 'Speakers' },
];

export function AppHeader({ user }: { user: CurrentUser }) {
  const nav = user.role === 'admin' ? [...NAV, { href: '/users', label: 'Users' }, { href: '/admin/history', label: 'Verify history' }] : NAV;
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold text-accent max-lg:inline-flex max-lg:min-h-11 max-lg:items-center">
          Quote desk
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-4 text-sm">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="text-stone-700 hover:text-accent hover:underline max-lg:inline-flex max-lg:min-h-11 max-lg:items-center">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-stone-600">
            {user.name} <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs uppercase tracking-wide">{user.role}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="text-stone-700 underline hover:text-accent max-lg:min-h-11">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
