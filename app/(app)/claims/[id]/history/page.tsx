import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { getClaim } from '@/db/queries/claims';
import { claimHistory } from '@/db/queries/reviews';
import { requirePageUser } from '@/server/auth';
import { parseIdParam } from '@/server/http';
import { HistoryList } from '@/components/claims/claim-history';
import { StatusBadge } from '@/components/ui/status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('allClaims.history');
  return { title: t('title') };
}

export default async function ClaimHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const id = parseIdParam((await params).id);
  const db = getDb();
  const claim = id ? getClaim(db, { claimId: id }) : undefined;
  if (!claim) notFound();
  const t = await getTranslations('allClaims.history');
  const tc = await getTranslations('common');
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href={`/articles/${claim.articleId}#claim-${claim.id}`} className="text-sm text-accent underline">
        {t('back')}
      </Link>
      <h1 className="font-serif text-2xl font-bold">{t('heading')}</h1>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <p className="text-sm font-semibold">{claim.speaker?.name ?? tc('unknownSpeaker')}</p>
        <blockquote className="mt-1 font-serif">“{claim.quote}”</blockquote>
        <div className="mt-2">
          <StatusBadge status={claim.status} />
        </div>
      </div>
      <section aria-labelledby="changes">
        <h2 id="changes" className="mb-2 text-lg font-semibold">
          {t('changes')}
        </h2>
        <HistoryList entries={claimHistory(db, { claimId: claim.id })} />
      </section>
    </div>
  );
}
