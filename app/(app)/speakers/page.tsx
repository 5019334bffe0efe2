import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { listSpeakersWithCounts } from '@/db/queries/speakers';
import { canReview, requirePageUser } from '@/server/auth';
import { SpeakerTable } from '@/components/speakers/speaker-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('speakers');
  return { title: t('title') };
}

export default async function SpeakersPage() {
  const user = await requirePageUser();
  const speakers = listSpeakersWithCounts(getDb());
  const t = await getTranslations('speakers');
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="font-serif text-3xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl text-sm text-stone-600">
          {t('intro')}
        </p>
      </div>
      <SpeakerTable speakers={speakers} canReview={canReview(user.role)} showArticles />
    </div>
  );
}
