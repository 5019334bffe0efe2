import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getUserLocale } from '@/db/queries/users';
import { requirePageUser } from '@/lib/auth';
import { ProfileForm } from '@/components/users/profile-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profile');
  return { title: t('title') };
}

export default async function ProfilePage() {
  const user = await requirePageUser();
  const t = await getTranslations('profile');
  const tc = await getTranslations('common');
  // Read from the database, not the (briefly cached) session: the page shows what is stored.
  const setting = user.id ? (getUserLocale(getDb(), { userId: user.id }) ?? 'browser') : 'browser';
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="font-serif text-3xl font-bold">{t('title')}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-stone-600">{t('name')}</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium text-stone-600">{t('email')}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium text-stone-600">{t('role')}</dt>
        <dd>{tc('role', { role: user.role })}</dd>
      </dl>
      <ProfileForm setting={setting} />
    </div>
  );
}
