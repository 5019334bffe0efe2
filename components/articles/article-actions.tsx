// Article-level editing: update the text, its versions, the re-check queue and hidden claims.
// The page reads the re-check count and the hidden claims and passes them in, as for every component.
import Link from 'next/link';
import { secondaryButtonClass } from '@/components/ui/field';
import { HiddenClaims, type HiddenClaim } from './hidden-claims';
import { ImportNotice } from './import-notice';
import { useTranslations } from 'next-intl';

type Props = { articleId: number; canReview: boolean; recheck: number; hidden: HiddenClaim[] };

export function ArticleActions({ articleId, canReview, recheck, hidden }: Props) {
  const t = useTranslations('articles.actions');
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
