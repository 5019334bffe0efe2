import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/server/auth';
import { VerifyHistoryPanel } from '@/components/audit/verify-history-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

export default async function VerifyHistoryPage() {
  const user = await requirePageUser();
  const t = await getTranslations('audit');
  if (user.role !== 'admin') {
    return (
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6">
        <h1 className="font-serif text-2xl font-bold">{t('adminsOnly')}</h1>
        <p className="mt-2 text-sm">{t('adminsOnlyText')}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="font-serif text-3xl font-bold">{t('title')}</h1>
      <p className="text-sm text-stone-700">{t('intro')}</p>
      <VerifyHistoryPanel />
    </div>
  );
}
