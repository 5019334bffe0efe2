import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { getArticleVersionBody, listArticleVersions } from '@/db/queries/versions';
import { requirePageUser } from '@/server/auth';
import { articleFromParams } from '@/server/page-data';
import { parseIdParam } from '@/server/http';
import { formatUtcDateTime } from '@/lib/dates';
import { ArticleSubpageHeader } from '@/components/articles/article-subpage-header';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('versions.list');
  return { title: t('metaTitle') };
}

function when(iso: string): string {
  return formatUtcDateTime(iso);
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string }> };

export default async function VersionsPage({ params, searchParams }: Props) {
  await requirePageUser();
  const db = getDb();
  const t = await getTranslations('versions.list');
  const format = await getFormatter();
  const article = await articleFromParams(params);
  const versions = listArticleVersions(db, { articleId: article.id });
  const shown = parseIdParam((await searchParams).v ?? '') ?? null;
  const body = shown ? getArticleVersionBody(db, { articleId: article.id, version: shown }) : undefined;
  return (
    <div className="flex flex-col gap-4">
      <ArticleSubpageHeader article={article} title={t('title')}>
        <p className="text-sm text-stone-600">{t('intro')}</p>
      </ArticleSubpageHeader>
      <DataTable caption={t('caption', { title: article.title })}
        head={
          <>
              <th scope="col" className="px-4 py-2">{t('version')}</th>
              <th scope="col" className="px-4 py-2">{t('imported')}</th>
              <th scope="col" className="px-4 py-2">{t('by')}</th>
              <th scope="col" className="px-4 py-2 text-right">{t('characters')}</th>
              <th scope="col" className="px-4 py-2">{t('text')}</th>
          </>
        }
      >
            {versions.map((v) => (
              <tr key={v.version} className="border-b border-stone-100 last:border-0">
                <td className="px-4 py-2 tabular-nums">
                  {v.version}
                  {v.version === article.currentVersion ? <span className="ml-2 rounded bg-accent-soft px-1.5 text-xs">{t('current')}</span> : null}
                </td>
                <td className="px-4 py-2">
                  <time dateTime={v.createdAt}>{when(v.createdAt)}</time>
                </td>
                <td className="px-4 py-2">{v.createdByName ?? '—'}</td>
                <td className="px-4 py-2 text-right tabular-nums">{format.number(v.characters)}</td>
                <td className="px-4 py-2">
                  <Link href={`/articles/${article.id}/versions?v=${v.version}`} className="text-accent underline">
                    {t('show')}<span className="sr-only">{t('showOf', { version: v.version })}</span>
                  </Link>
                </td>
              </tr>
            ))}
      </DataTable>
      {body !== undefined ? (
        <section aria-labelledby="version-text">
          <h2 id="version-text" className="text-lg font-semibold">
            {t('textOf', { version: shown ?? 0 })}
          </h2>
          <div className="mt-2 whitespace-pre-wrap rounded-lg border border-stone-200 bg-white p-5 font-serif">{body}</div>
        </section>
      ) : null}
    </div>
  );
}
