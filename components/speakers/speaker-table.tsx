import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SpeakerListItem } from '@/db/queries/speakers';
import { SpeakerActions } from './speaker-actions';
import { DataTable } from '@/components/ui/data-table';

/** Canonical name, role, the other names articles use, and how often each speaker is quoted. */
export function SpeakerTable({ speakers, canReview, showArticles }: { speakers: SpeakerListItem[]; canReview: boolean; showArticles: boolean }) {
  const t = useTranslations('speakers.table');
  const tc = useTranslations('common');
  if (speakers.length === 0) return <p className="rounded-md border border-dashed border-stone-300 p-6 text-stone-600">{t('empty')}</p>;
  const choices = speakers.map((s) => ({ id: s.id, name: s.name }));
  return (
    <DataTable caption={<>{t('caption')}</>}
      head={
        <>
            <th scope="col" className="px-4 py-2">{t('name')}</th>
            <th scope="col" className="px-4 py-2">{t('kind')}</th>
            <th scope="col" className="px-4 py-2">{t('role')}</th>
            <th scope="col" className="px-4 py-2">{t('aliases')}</th>
            <th scope="col" className="px-4 py-2 text-right">{t('claims')}</th>
            {showArticles ? <th scope="col" className="px-4 py-2 text-right">{t('articles')}</th> : null}
            {canReview ? <th scope="col" className="px-4 py-2">{t('correct')}</th> : null}
        </>
      }
    >
          {speakers.map((s) => (
            <tr key={s.id} className="border-b border-stone-100 align-top last:border-0">
              <th scope="row" className="px-4 py-2 font-semibold">
                <Link href={`/claims?speaker=${encodeURIComponent(s.name)}`} className="text-accent hover:underline">
                  {s.name}
                </Link>
              </th>
              <td className="px-4 py-2 text-stone-700">{s.type ? tc('speakerType', { type: s.type }) : '—'}</td>
              <td className="px-4 py-2 text-stone-700">{s.role ?? '—'}</td>
              <td className="px-4 py-2 text-stone-700">{s.aliases.length ? s.aliases.join(', ') : '—'}</td>
              <td className="px-4 py-2 text-right tabular-nums">{s.claims}</td>
              {showArticles ? <td className="px-4 py-2 text-right tabular-nums">{s.articles}</td> : null}
              {canReview ? (
                <td className="px-4 py-2">
                  <SpeakerActions speaker={{ id: s.id, name: s.name, role: s.role, type: s.type }} others={choices.filter((c) => c.id !== s.id)} />
                </td>
              ) : null}
            </tr>
          ))}
    </DataTable>
  );
}
