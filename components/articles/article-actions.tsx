// Article-level editing: update the text, its versions, the re-check queue and hidden claims.
// The page reads the re-check count and the hidden claims and passes them in, as for every component.
import Link from 'next/link';
import { secondaryButtonClass } from '@/components/ui/field';
import { HiddenClaims, type HiddenClaim } from './hidden-claims';
import { ImportNotice } from './import-notice';

type Props = { articleId: number; canReview: boolean; recheck: number; hidden: HiddenClaim[] };

export function ArticleActions({ articleId, canReview, recheck, hidden }: Props) {
  return (
    <>
      {canReview ? (
        <Link href={`/articles/${articleId}/update`} className={secondaryButtonClass}>
          Update text
        </Link>
      ) : null}
      <Link href={`/articles/${articleId}/versions`} className={secondaryButtonClass}>
        Versions
      </Link>
      <Link href={`/articles/${articleId}/speakers`} className={secondaryButtonClass}>
        Speakers
      </Link>
      <Link
        href={`/articles/${articleId}/recheck`}
        className={`${secondaryButtonClass} ${recheck > 0 ? 'border-amber-500 bg-amber-50 text-amber-900' : ''}`}
      >
        {/* Visible words are the accessible name (WCAG 2.5.3); the count is read after them. */}
        Re-check <span className="rounded-full bg-stone-200 px-1.5 text-xs tabular-nums">{recheck}</span>
        <span className="sr-only"> claim{recheck === 1 ? '' : 's'} to re-check</span>
      </Link>
      <HiddenClaims claims={hidden} canReview={canReview} />
      <ImportNotice />
    </>
  );
}
