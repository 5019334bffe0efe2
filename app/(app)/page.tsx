import Link from 'next/link';
import type { Metadata } from 'next';
import { requirePageUser, canReview } from '@/lib/auth';
import { getDb } from '@/db/client';
import { listArticlesWithProgress } from '@/db/queries/articles';
import { ArticleTable } from '@/components/articles/article-table';

export const metadata: Metadata = { title: 'Articles' };

export default async function HomePage() {
  const user = await requirePageUser();
  const items = listArticlesWithProgress(getDb());
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-bold">Articles</h1>
          <p className="text-sm text-stone-600">Every quoted claim, who said it, and what the desk decided.</p>
        </div>
        <div className="flex gap-2">
          <Link href="/api/summary?format=csv" className="text-sm text-accent underline" prefetch={false}>
            Summary (CSV)
          </Link>
          <Link href="/api/summary?format=markdown" className="text-sm text-accent underline" prefetch={false}>
            Summary (Markdown)
          </Link>
          {canReview(user.role) ? (
            <Link href="/articles/new" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white">
              New article
            </Link>
          ) : null}
        </div>
      </div>
      <ArticleTable items={items} />
    </div>
  );
}
