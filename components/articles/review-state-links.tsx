import { useTranslations } from 'next-intl';
import { secondaryButtonClass } from '@/components/ui/field';

export type ReviewState = 'open' | 'signed_off' | 'published';

/**
 * One line at the top of the article page for the sign-off and sources panels, which sit below
 * the claims: the editor sees where the review stands without the panels pushing the claims off
 * the first screen, and jumps to them in one click.
 */
export function ReviewStateLinks({ state, sourceCount }: { state: ReviewState; sourceCount: number }) {
  const t = useTranslations('articles.stateLinks');
  return (
    <>
      <a href="#signoff-heading" className={`${secondaryButtonClass} ${state === 'open' ? '' : 'border-emerald-600 bg-emerald-50 text-emerald-900'}`}>
        {t('signOff', { state })}
      </a>
      <a href="#sources-heading" className={secondaryButtonClass}>
        {t('sources')} <span className="rounded-full bg-stone-200 px-1.5 text-xs tabular-nums">{sourceCount}</span>
      </a>
    </>
  );
}
