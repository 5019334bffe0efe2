'use client';
import { Fragment } from 'react';
import { useTranslations } from 'next-intl';
import type { MatchView } from '@/lib/sources/types';
import { secondaryButtonClass } from '@/components/ui/field';
import { VerdictBadge } from './verdict-badge';

/**
 * One source's passage beside the quote: the words only in the quote and only in the source, the
 * word-by-word comparison, and the source's sentences around the passage (to spot a quote taken
 * out of context). "Use as evidence" adds the passage as evidence; it never sets a status.
 */
export function SourceComparison({
  match,
  canReview,
  busy,
  onUseAsEvidence,
}: {
  match: MatchView;
  canReview: boolean;
  busy: boolean;
  onUseAsEvidence: (m: MatchView) => void;
}) {
  const t = useTranslations('sources.match');
  const found = match.verdict !== 'not_found';
  return (
    <section aria-label={t('comparison', { title: match.sourceTitle })} className="mt-2 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <VerdictBadge verdict={match.verdict} />
        <span className="font-medium">{match.sourceTitle}</span>
        <span className="text-xs text-stone-600">{t('score', { score: match.score.toFixed(2) })}</span>
      </div>
      {!found ? (
        <p className="mt-1 text-stone-700">{t('noPassage')}</p>
      ) : (
        <>
          {match.verdict !== 'exact' ? (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-medium">{t('quoteOnly')}</dt>
              <dd>{match.quoteOnly.length ? match.quoteOnly.join(' ') : '—'}</dd>
              <dt className="font-medium">{t('sourceOnly')}</dt>
              <dd>{match.sourceOnly.length ? match.sourceOnly.join(' ') : '—'}</dd>
            </dl>
          ) : null}
          <p className="mt-2 leading-6">
            <span className="sr-only">{t('wordByWord')}</span>
            {match.diff.map((d, i) => (
              // The space between words stays outside <del>/<ins>, so it is never struck through.
              <Fragment key={i}>
                {d.op === 'equal' ? (
                  d.text
                ) : d.op === 'delete' ? (
                  <del className="bg-red-100 text-red-900 decoration-2" title={t('onlySource')}>
                    <span className="sr-only">[{t('onlySource')}: </span>
                    {d.text}
                    <span className="sr-only">]</span>
                  </del>
                ) : (
                  <ins className="bg-green-100 text-green-900 no-underline" title={t('onlyQuote')}>
                    <span className="sr-only">[{t('onlyQuote')}: </span>
                    <span className="underline decoration-dotted">{d.text}</span>
                    <span className="sr-only">]</span>
                  </ins>
                )}{' '}
              </Fragment>
            ))}
          </p>
          <div className="mt-2 text-xs leading-5 text-stone-700">
            {match.context.before ? (
              <p>
                <span className="font-medium">{t('before')}</span> {match.context.before}
              </p>
            ) : null}
            <p>
              <span className="font-medium">{t('passage')}</span> “{match.text}”
            </p>
            {match.context.after ? (
              <p>
                <span className="font-medium">{t('after')}</span> {match.context.after}
              </p>
            ) : null}
          </div>
          {canReview ? (
            <button type="button" className={`${secondaryButtonClass} mt-2`} disabled={busy} onClick={() => onUseAsEvidence(match)}>
              {t('useAsEvidence')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
