import Link from 'next/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { listAllClaims, listSpeakerNames } from '@/db/queries/claims';
import { requirePageUser } from '@/server/auth';
import { REVIEW_STATUSES, type ReviewStatus } from '@/lib/vocab';
import { StatusBadge } from '@/components/ui/status-badge';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('allClaims');
  return { title: t('title') };
}

const PAGE_SIZE = 50;
type Search = Record<string, string | string[] | undefined>;

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? '';
}

function pageHref(params: Record<string, string>, page: number): string {
  const sp = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  sp.set('page', String(page));
  return `/claims?${sp.toString()}`;
}

export default async function AllClaimsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePageUser();
  const sp = await searchParams;
  const filters = {
    status: (REVIEW_STATUSES as readonly string[]).includes(one(sp.status)) ? one(sp.status) : '',
    kind: ['direct', 'indirect'].includes(one(sp.kind)) ? one(sp.kind) : '',
    speaker: one(sp.speaker),
    q: one(sp.q),
  };
  const page = /^[1-9][0-9]{0,6}$/.test(one(sp.page)) ? Number(one(sp.page)) : 1;
  const db = getDb();
  const { rows, total } = listAllClaims(db, { ...filters, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const speakers = listSpeakerNames(db);
  const t = await getTranslations('allClaims');
  const tc = await getTranslations('common');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="font-serif text-3xl font-bold">{t('title')}</h1>
      <form method="get" role="search" aria-label={t('filterLabel')} className="flex flex-wrap items-end gap-2">
        <div className="flex grow flex-col">
          <label htmlFor="q" className="text-xs text-stone-600">{t('search')}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className={inputClass} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="status" className="text-xs text-stone-600">{t('status')}</label>
          <select id="status" name="status" defaultValue={filters.status} className={inputClass}>
            <option value="">{t('allStatuses')}</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>{tc('status', { status: s })}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="speaker" className="text-xs text-stone-600">{t('speaker')}</label>
          <select id="speaker" name="speaker" defaultValue={filters.speaker} className={`${inputClass} max-w-56`}>
            <option value="">{t('allSpeakers')}</option>
            {speakers.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="kind" className="text-xs text-stone-600">{t('kind')}</label>
          <select id="kind" name="kind" defaultValue={filters.kind} className={inputClass}>
            <option value="">{t('allKinds')}</option>
            <option value="direct">{t('directQuotes')}</option>
            <option value="indirect">{t('reportedOption')}</option>
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>{t('apply')}</button>
      </form>
      <p className="text-sm text-stone-600" aria-live="polite">
        {t('count', { total, page, pages })}
      </p>
      <DataTable caption={<>{t('caption')}</>}
        after={rows.length === 0 ? <p className="p-4 text-sm text-stone-600">{t('empty')}</p> : null}
        head={
          <>
              <th scope="col" className="px-3 py-2">{t('columns.quote')}</th>
              <th scope="col" className="px-3 py-2">{t('columns.speaker')}</th>
              <th scope="col" className="px-3 py-2">{t('columns.kind')}</th>
              <th scope="col" className="px-3 py-2">{t('columns.status')}</th>
              <th scope="col" className="px-3 py-2">{t('columns.article')}</th>
          </>
        }
      >
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-stone-100 align-top">
                <td className="max-w-md px-3 py-2 font-serif">
                  <Link href={`/articles/${r.articleId}#claim-${r.id}`} className="hover:underline">
                    {r.quote.length > 200 ? `${r.quote.slice(0, 200)}…` : r.quote}
                  </Link>
                </td>
                <td className="px-3 py-2">{r.speakerName ?? tc('unknownSpeaker')}</td>
                <td className="px-3 py-2">{r.kind === 'direct' ? t('direct') : t('reported')}</td>
                <td className="px-3 py-2"><StatusBadge status={r.status as ReviewStatus} /></td>
                <td className="px-3 py-2 text-stone-700">{r.articleTitle}</td>
              </tr>
            ))}
      </DataTable>
      <nav aria-label={t('pages')} className="flex gap-3 text-sm">
        {page > 1 ? <Link href={pageHref(filters, page - 1)} className="text-accent underline">{t('previous')}</Link> : null}
        {page < pages ? <Link href={pageHref(filters, page + 1)} className="text-accent underline">{t('next')}</Link> : null}
      </nav>
    </div>
  );
}
