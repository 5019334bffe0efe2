import Link from 'next/link';
import type { ArticleListItem } from '@/db/queries/articles';
import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBar } from '@/components/overview/status-bar';
import { useTranslations } from 'next-intl';

const LANGUAGE_NAMES: Record<string, string> = { id: 'Indonesian', en: 'English' };

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

export function ArticleTable({ items }: { items: ArticleListItem[] }) {
  const t = useTranslations('articles.table');
  const tc = useTranslations('common');
  if (items.length === 0) {
    return <p className="rounded-md border border-dashed border-stone-300 p-6 text-stone-600">{t('empty')}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-4 py-2">{t('title')}</th>
            <th scope="col" className="px-4 py-2">{t('outlet')}</th>
            <th scope="col" className="px-4 py-2">{t('language')}</th>
            <th scope="col" className="px-4 py-2 text-right">{t('claims')}</th>
            <th scope="col" className="px-4 py-2">{t('progress')}</th>
            <th scope="col" className="px-4 py-2">{t('statuses')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-b border-stone-100 last:border-0">
              <td className="px-4 py-3">
                <Link href={`/articles/${a.id}`} className="font-serif text-base font-semibold text-accent hover:underline">
                  {a.title}
                </Link>
              </td>
              <td className="px-4 py-3 text-stone-700">{a.outlet ?? '—'}</td>
              <td className="px-4 py-3 text-stone-700">{tc('language', { code: a.language })}</td>
              <td className="px-4 py-3 text-right tabular-nums">{a.total}</td>
              <td className="min-w-44 px-4 py-3">
                <ProgressBar reviewed={a.reviewed} total={a.total} label={t('progressOf', { title: a.title })} />
              </td>
              <td className="px-4 py-3">
                <StatusBar
                  counts={{ verified: a.verified, disputed: a.disputed, needs_source: a.needsSource, unreviewed: a.total - a.reviewed }}
                  label={t('statusesOf', { title: a.title })}
                  width={120}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
