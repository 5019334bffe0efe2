'use client';
import { REVIEW_STATUSES, STATUS_LABELS } from '@/lib/vocab';

export type Filters = { status: string; speaker: string; kind: string; q: string };
export const NO_FILTERS: Filters = { status: '', speaker: '', kind: '', q: '' };

const selectClass = 'max-lg:min-h-11 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

export function ClaimFilters({
  filters,
  speakers,
  onChange,
  searchRef,
  shown,
  total,
}: {
  filters: Filters;
  speakers: string[];
  onChange: (f: Filters) => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
  shown: number;
  total: number;
}) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div role="search" aria-label="Filter claims" className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-32 grow basis-32 flex-col">
        <label htmlFor="claim-search" className="text-xs text-stone-600">
          Search claims
        </label>
        <input
          id="claim-search"
          ref={searchRef}
          type="search"
          value={filters.q}
          onChange={(e) => set({ q: e.target.value })}
          placeholder="Quoted words, speaker or note  ( / )"
          className={`${selectClass} w-full min-w-0`}
        />
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-status" className="text-xs text-stone-600">
          Status filter
        </label>
        <select id="filter-status" value={filters.status} onChange={(e) => set({ status: e.target.value })} className={selectClass}>
          <option value="">All statuses</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-speaker" className="text-xs text-stone-600">
          Speaker filter
        </label>
        <select id="filter-speaker" value={filters.speaker} onChange={(e) => set({ speaker: e.target.value })} className={`${selectClass} max-w-40`}>
          <option value="">All speakers</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-kind" className="text-xs text-stone-600">
          Kind filter
        </label>
        <select id="filter-kind" value={filters.kind} onChange={(e) => set({ kind: e.target.value })} className={selectClass}>
          <option value="">Direct and reported</option>
          <option value="direct">Direct quotes</option>
          <option value="indirect">Reported</option>
        </select>
      </div>
      <p className="w-full text-xs text-stone-600" aria-live="polite">
        Showing {shown} of {total} claims
      </p>
    </div>
  );
}
