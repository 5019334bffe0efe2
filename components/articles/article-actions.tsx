// Article-level editing: update the text, its versions, the re-check queue and hidden claims.
// A server component: the counts come straight from the database when the page renders.
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listHiddenClaims } from '@/db/queries/corrections';
import { countRecheckClaims } from '@/db/queries/versions';
import { secondaryButtonClass } from '@/components/ui/field';
import { HiddenClaims } from './hidden-claims';
import { ImportNotice } from './import-notice';
import { useTranslations } from 'next-intl';

export function ArticleActions({ articleId, canReview }: { articleId: number; canReview: boolean }) {
  const t = useTranslations('articles.actions');
  const db = getDb();
  const recheck = countRecheckClaims(db, { articleId });
  const hidden = listHiddenClaims(db, { articleId });
  return (
    <>
      {canReview ? (
        <Link href={`/articles/${articleId}/update`} className={secondaryButtonClass}>
          {t('update')}
        </Link>
      ) : null}
      <Link href={`/articles/${articleId}/versions`} className={secondaryButtonClass}>
        {t('versions')}
      </Link>
      <Link href={`/articles/${articleId}/speakers`} className={secondaryButtonClass}>
        {t('speakers')}
      </Link>
      <Link
        href={`/articles/${articleId}/recheck`}
        className={`${secondaryButtonClass} ${recheck > 0 ? 'border-amber-500 bg-amber-50 text-amber-900' : ''}`}
      >
        {/* Visible words are the accessible name (WCAG 2.5.3); the count is read after them. */}
        {t('recheck')} <span className="rounded-full bg-stone-200 px-1.5 text-xs tabular-nums">{recheck}</span>
        <span className="sr-only"> {t('recheckCount', { count: recheck })}</span>
      </Link>
      <HiddenClaims claims={hidden} canReview={canReview} />
      <ImportNotice />
    </>
  );
}
