import { useTranslations } from 'next-intl';
import type { MatchView } from '@/lib/sources/types';

// Its own module (not source-comparison.tsx) because every card's source line uses it, while the
// comparison itself is loaded only when a reviewer opens it (components/claims/on-demand.tsx).

type Summarised = Pick<MatchView, 'verdict' | 'differingWords' | 'stitched' | 'sourceTitle'>;

/** What the line on the card says about the best match, in the reader's language. */
export function useMatchSummary(): (m: Summarised) => string {
  const ts = useTranslations('sources');
  return (m) => {
    if (m.verdict === 'not_found') return ts('match.notFound');
    if (m.verdict === 'exact') return ts('match.exact', { title: m.sourceTitle });
    return ts('match.differ', {
      verdict: ts('verdict', { verdict: m.verdict }),
      count: m.differingWords,
      stitched: m.stitched ? 'yes' : 'no',
      title: m.sourceTitle,
    });
  };
}
