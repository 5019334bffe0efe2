import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { listArticleEvents } from '@/db/queries/audit';
import { listArticleClaims } from '@/db/queries/claims';
import { listRecheckClaimIds } from '@/db/queries/versions';
import { canReview, requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { ReviewWorkspace } from '@/components/claims/review-workspace';
import { ArticleSubpageHeader } from '@/components/articles/article-subpage-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('versions.recheck');
  return { title: t('title') };
}

/** The last re-anchoring note of each claim: what the update did to it. */
function lastReanchorDetail(articleId: number): Map<number, { anchor?: string; oldQuote?: string; version?: number }> {
  const map = new Map<number, { anchor?: string; oldQuote?: string; version?: number }>();
  for (const e of listArticleEvents(getDb(), { articleId })) {
    if (e.action === 'reanchored' && e.detail) map.set(e.claimId, JSON.parse(e.detail));
  }
  return map;
}

export default async function RecheckPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const db = getDb();
  const t = await getTranslations('versions.recheck');
  const article = await articleFromParams(params);
  // The same query as the count on the article page: sent back by an update and not reviewed since.
  const inQueue = new Set(listRecheckClaimIds(db, { articleId: article.id }));
  const queue = listArticleClaims(db, { articleId: article.id }).filter((c) => inQueue.has(c.id));
  const details = lastReanchorDetail(article.id);
  return (
    <div className="flex flex-col gap-4">
      <ArticleSubpageHeader article={article} title={t('title')}>
        <p className="max-w-3xl text-sm text-stone-600">
          {t('intro', { version: article.currentVersion })}
        </p>
      </ArticleSubpageHeader>
      {queue.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 p-6 text-stone-600">{t('empty')}</p>
      ) : (
        <>
          <section aria-labelledby="recheck-changes">
            <h2 id="recheck-changes" className="text-lg font-semibold">
              {t('changes')}
            </h2>
            <ul aria-label={t('title')} className="mt-2 flex flex-col gap-2 text-sm">
              {queue.map((c) => {
                const d = details.get(c.id);
                return (
                  <li key={c.id} className="rounded-md border border-amber-300 bg-amber-50 p-3">
                    <p className="font-medium">
                      {c.speaker?.name ?? t('unknownSpeaker')} ·{' '}
                      {t('change', { anchor: c.anchor === 'missing' ? 'missing' : 'changed', version: d?.version ?? article.currentVersion })}
                    </p>
                    {c.anchor === 'changed' ? (
                      <p>
                        <span className="text-stone-600">{t('was')}</span> <del className="font-serif">“{d?.oldQuote ?? ''}”</del>
                        <br />
                        <span className="text-stone-600">{t('now')}</span> <ins className="font-serif no-underline">“{c.quote}”</ins>
                      </p>
                    ) : (
                      <p>
                        <span className="text-stone-600">{t('gone')}</span> <span className="font-serif">“{c.quote}”</span>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
          <ReviewWorkspace articleId={article.id} body={article.body} outline={queue} firstCards={queue} canReview={canReview(user.role)} pollMs={3000} />
        </>
      )}
    </div>
  );
}
