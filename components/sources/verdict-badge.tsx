import { useTranslations } from 'next-intl';
import type { MatchVerdict } from '@/lib/vocab';

const STYLES: Record<MatchVerdict, string> = {
  exact: 'border-green-700 text-green-900 bg-green-50',
  close: 'border-sky-700 text-sky-900 bg-sky-50',
  altered: 'border-amber-700 text-amber-900 bg-amber-50',
  not_found: 'border-stone-500 text-stone-700 bg-stone-50',
};

const ICONS: Record<MatchVerdict, string> = { exact: '=', close: '≈', altered: '≠', not_found: '∅' };

/** The match verdict as a word and a symbol, never by colour alone. */
export function VerdictBadge({ verdict }: { verdict: MatchVerdict }) {
  const t = useTranslations('sources');
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${STYLES[verdict]}`}>
      <span aria-hidden="true">{ICONS[verdict]}</span>
      {t('verdict', { verdict })}
    </span>
  );
}
