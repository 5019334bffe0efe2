import Link from 'next/link';
import type { Metadata } from 'next';
import { requirePageUser, canReview } from '@/lib/auth';
import { getDb } from '@/db/client';
import { listArticlesWithProgress, type ArticleListItem } from '@/db/queries/articles';
import { countReviewsPerDay, listFlaggedSpeakers } from '@/db/queries/overview';
import { fillDays, lastDays, type StatusCounts } from '@/lib/overview';
import { ArticleTable } from '@/components/articles/article-table';
import { DeskOverview } from '@/components/overview/desk-overview';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('articles.home');
  return { title: t('title') };
}

/** How far back the reviews-per-day chart goes. */
const OVERVIEW_DAYS = 28;

function deskCounts(items: ArticleListItem[]): StatusCounts {
  const sum = (pick: (a: ArticleListItem) => number) => items.reduce((n, a) => n + pick(a), 0);
  return {
    verified: sum((a) => a.verified),
    disputed: sum((a) => a.disputed),
    needs_source: sum((a) => a.needsSource),
    unreviewed: sum((a) => a.total - a.reviewed),
  };
}

export default async function HomePage() {
  const user = await requirePageUser();
  const t = await getTranslations('articles.home');
  const db = getDb();
  // Three queries whatever the number of articles: the list, the flagged speakers, the days.
  const items = listArticlesWithProgress(db);
  const days = lastDays(new Date(), OVERVIEW_DAYS);
  const perDay = fillDays(countReviewsPerDay(db, { since: days[0]! }), days);
  const flagged = listFlaggedSpeakers(db, { limit: 8 });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-bold">{t('title')}</h1>
          <p className="text-sm text-stone-600">{t('intro')}</p>
        </div>
        <div className="flex gap-2">
          <Link href="/api/summary?format=csv" className="text-sm text-accent underline" prefetch={false}>
            {t('summaryCsv')}
          </Link>
          <Link href="/api/summary?format=markdown" className="text-sm text-accent underline" prefetch={false}>
            {t('summaryMarkdown')}
          </Link>
          {canReview(user.role) ? (
            <Link href="/articles/new" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white">
              {t('newArticle')}
            </Link>
          ) : null}
        </div>
      </div>
      {items.length > 0 ? <DeskOverview desk={deskCounts(items)} flagged={flagged} perDay={perDay} /> : null}
      <ArticleTable items={items} />
    </div>
  );
}
