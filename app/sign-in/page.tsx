import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { countUsers } from '@/db/queries/users';
import { getCurrentUser } from '@/lib/auth';
import { SignInForm } from '@/components/users/sign-in-form';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (countUsers(getDb()) === 0) redirect('/setup');
  const next = safeNext((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations('signIn');
  const tc = await getTranslations('common');
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-16">
      <div>
        <p className="font-serif text-xl font-bold text-accent">{tc('appName')}</p>
        <h1 className="mt-4 font-serif text-3xl font-bold">{t('title')}</h1>
      </div>
      <SignInForm next={next} />
    </main>
  );
}
