import type { Metadata } from 'next';
import { getDb } from '@/db/queries/connection';
import { listSpeakersWithCounts } from '@/db/queries/speakers';
import { canReview, requirePageUser } from '@/server/auth';
import { SpeakerTable } from '@/components/speakers/speaker-table';

export const metadata: Metadata = { title: 'Speakers' };

export default async function SpeakersPage() {
  const user = await requirePageUser();
  const speakers = listSpeakersWithCounts(getDb());
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="font-serif text-3xl font-bold">Speakers</h1>
        <p className="max-w-3xl text-sm text-stone-600">
          Everyone quoted across all articles. When the same person appears under two names, merge them: their claims move to one
          speaker and each change is kept in the claim&apos;s history.
        </p>
      </div>
      <SpeakerTable speakers={speakers} canReview={canReview(user.role)} showArticles />
    </div>
  );
}
