import Link from 'next/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { listSources } from '@/db/queries/sources';
import { requirePageUser } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sources');
  return { title: t('library.title') };
}

/** Every primary source the desk has added, newest first. Sources are added from an article. */
export default async function SourcesPage() {
  await requirePageUser();
  const t = await getTranslations('sources');
  const sources = listSources(getDb());
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <h1 className="font-serif text-2xl font-bold">{t('library.title')}</h1>
      <p className="text-sm text-stone-600">{t('library.intro')}</p>
      {sources.length === 0 ? (
        <p className="text-sm">{t('library.empty')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th className="py-1">{t('library.colTitle')}</th>
              <th>{t('library.colKind')}</th>
              <th>{t('library.colLanguage')}</th>
              <th>{t('library.colDate')}</th>
              <th>{t('library.colAddedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} className="border-b border-stone-100">
                <td className="py-1">
                  <Link href={`/sources/${s.id}`} className="text-accent underline">
                    {s.title}
                  </Link>
                </td>
                <td>{t('kind', { kind: s.kind })}</td>
                <td>{s.language}</td>
                <td>{s.date ?? ''}</td>
                <td>{s.createdByName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
