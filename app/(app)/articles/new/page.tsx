import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { canReview, requirePageUser } from '@/server/auth';
import { ImportForm } from '@/components/articles/import-form';
import { importLimits } from '@/components/articles/import-limits';
import { importArticleAction } from '@/server/actions/import';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('importing');
  return { title: t('title') };
}

export default async function NewArticlePage() {
  const user = await requirePageUser();
  const t = await getTranslations('importing');
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Link href="/" className="text-sm text-accent underline">
          {t('back')}
        </Link>
        <h1 className="mt-1 font-serif text-3xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl text-sm text-stone-600">
          {t('intro')}
        </p>
      </div>
      {canReview(user.role) ? (
        <ImportForm action={importArticleAction} limits={await importLimits()} mode="new" />
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('viewOnly')}
        </p>
      )}
    </div>
  );
}
