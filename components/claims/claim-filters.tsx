'use client';
import { useTranslations } from 'next-intl';
import { REVIEW_STATUSES } from '@/lib/vocab';

/** `checkSpeaker`: only the claims whose speaker the card asks to check (lib/speaker-check.ts). */
export type Filters = { status: string; speaker: string; kind: string; q: string; checkSpeaker: boolean };
export const NO_FILTERS: Filters = { status: '', speaker: '', kind: '', q: '', checkSpeaker: false };
/** The speaker filter's value for claims without a known speaker (shown in the reader's language). */
export const UNKNOWN_SPEAKER_FILTER = '\u0000unknown';

const selectClass = 'max-lg:min-h-11 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

export function ClaimFilters({
  filters,
  speakers,
  onChange,
  searchRef,
  shown,
  total,
  toCheck,
}: {
  filters: Filters;
  speakers: string[];
  onChange: (f: Filters) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
  shown: number;
  total: number;
  /** How many claims ask for a speaker check now. */
  toCheck: number;
}) {
  const t = useTranslations('claims.filters');
  const tc = useTranslations('common');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div role="search" aria-label={t('label')} className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-32 grow basis-32 flex-col">
        <label htmlFor="claim-search" className="text-xs text-stone-600">
          {t('search')}
        </label>
        <input
          id="claim-search"
          ref={searchRef}
          type="search"
          value={filters.q}
          onChange={(e) => set({ q: e.target.value })}
          placeholder={t('searchPlaceholder')}
          className={`${selectClass} w-full min-w-0`}
        />
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-status" className="text-xs text-stone-600">
          {t('status')}
        </label>
        <select id="filter-status" value={filters.status} onChange={(e) => set({ status: e.target.value })} className={selectClass}>
          <option value="">{t('allStatuses')}</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tc('status', { status: s })}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-speaker" className="text-xs text-stone-600">
          {t('speaker')}
        </label>
        <select id="filter-speaker" value={filters.speaker} onChange={(e) => set({ speaker: e.target.value })} className={`${selectClass} max-w-40`}>
          <option value="">{t('allSpeakers')}</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s === UNKNOWN_SPEAKER_FILTER ? tc('unknownSpeaker') : s}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-kind" className="text-xs text-stone-600">
          {t('kind')}
        </label>
        <select id="filter-kind" value={filters.kind} onChange={(e) => set({ kind: e.target.value })} className={selectClass}>
          <option value="">{t('allKinds')}</option>
          <option value="direct">{t('direct')}</option>
          <option value="indirect">{t('indirect')}</option>
        </select>
      </div>
      {/* One line with the count, so the filters take no more height than before. */}
      <div className="flex w-full flex-wrap items-center justify-between gap-x-4">
        <label className="flex items-center gap-2 text-xs text-stone-700 max-lg:min-h-11">
          <input type="checkbox" checked={filters.checkSpeaker} onChange={(e) => set({ checkSpeaker: e.target.checked })} className="size-4 accent-amber-700" />
          {t('checkSpeaker', { count: toCheck })}
        </label>
        <p className="text-xs text-stone-600" aria-live="polite">
          {t('showing', { shown, total })}
        </p>
      </div>
    </div>
  );
}
