import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { countUsers } from '@/db/queries/users';
import { SetupForm } from '@/components/users/setup-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('setup');
  return { title: t('title') };
}

export default async function SetupPage() {
  await connection();
  if (countUsers(getDb()) > 0) redirect('/sign-in');
  const t = await getTranslations('setup');
  const tc = await getTranslations('common');
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-16">
      <div>
        <p className="font-serif text-xl font-bold text-accent">{tc('appName')}</p>
        <h1 className="mt-4 font-serif text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {t('intro')}
        </p>
      </div>
      <SetupForm />
    </main>
  );
}
