'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { CARDS_PER_STEP, FIRST_CARDS, isFullClaim, type ClaimOutline, type ClaimView } from '@/lib/claim-types';
import type { ReviewStatus } from '@/lib/vocab';
import { ArticleText } from './article-text';
import { ClaimCard, type CardHandle } from './claim-card';
import { ClaimFilters, NO_FILTERS, UNKNOWN_SPEAKER_FILTER, type Filters } from './claim-filters';
import { ReviewSummary } from './review-summary';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useLiveClaims, type LiveChanges } from './use-live-claims';
import { AddClaimFromSelection } from './add-claim-from-selection';
import { useSearchIds } from './use-search-ids';
import { needsSpeakerCheck } from '@/lib/speaker-check';
import { usePreloadOnDemand } from './on-demand';

/* Cards are rendered FIRST_CARDS at first, then CARDS_PER_STEP more at a time: a 2,000-claim
 * article must not render (or ship) 2,000 cards before the editor can start. More appear as the list is scrolled, and j/k or a click
 * on a highlight further down reveals the claim it goes to; their data is fetched then. */

const KEY_STATUS: Record<string, ReviewStatus> = { '1': 'verified', '2': 'disputed', '3': 'needs_source', '0': 'unreviewed' };

/** Keys typed into a field belong to the field, never to a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

function matchesFilters(c: ClaimOutline, filters: Filters, searchIds: Set<number> | null): boolean {
  return (
    (!filters.status || c.status === filters.status) &&
    (!filters.kind || c.kind === filters.kind) &&
    (!filters.speaker || (c.speaker?.name ?? UNKNOWN_SPEAKER_FILTER) === filters.speaker) &&
    (!filters.checkSpeaker || needsSpeakerCheck(c)) &&
    (!searchIds || searchIds.has(c.id))
  );
}

function filterSnapshot(claims: ClaimOutline[], filters: Filters, searchIds: Set<number> | null) {
  return {
    filters,
    searchIds,
    shown: new Set(claims.filter((c) => matchesFilters(c, filters, searchIds)).map((c) => c.id)),
    known: new Set(claims.map((c) => c.id)),
  };
}

/** The outline of every claim, with the full data of those already loaded in place. */
function mergeOutline(outline: ClaimOutline[], full: ClaimView[]): ClaimOutline[] {
  const byId = new Map(full.map((c) => [c.id, c]));
  return outline.map((o) => byId.get(o.id) ?? o);
}

/**
 * Fetches the card data of claims that are about to be shown but known only by their outline
 * (at most 200 per request; each id is asked for once while its request is in flight).
 */
function useCardData(articleId: number, shown: ClaimOutline[], onLoaded: (claims: ClaimView[]) => void) {
  const requested = useRef(new Set<number>());
  const key = shown
    .filter((c) => !isFullClaim(c))
    .map((c) => c.id)
    .join(',');
  useEffect(() => {
    const ids = key === '' ? [] : key.split(',').map(Number).filter((id) => !requested.current.has(id)).slice(0, 200);
    if (ids.length === 0) return;
    for (const id of ids) requested.current.add(id);
    fetch(`/api/articles/${articleId}/claims?ids=${ids.join(',')}`, { cache: 'no-store' })
      .then((res) => (res.ok ? (res.json() as Promise<{ claims: ClaimView[] }>) : { claims: [] }))
      .then(({ claims }) => onLoaded(claims))
      .catch(() => undefined)
      .finally(() => {
        // Whatever did not arrive may be asked for again when the list next changes.
        for (const id of ids) requested.current.delete(id);
      });
  }, [articleId, key, onLoaded]);
}

export function ReviewWorkspace({
  articleId,
  body,
  outline,
  firstCards,
  canReview,
  pollMs,
}: {
  articleId: number;
  body: string;
  outline: ClaimOutline[];
  firstCards: ClaimView[];
  canReview: boolean;
  pollMs: number;
}) {
  const t = useTranslations('claims.workspace');
  usePreloadOnDemand();
  const [claims, setClaims] = useState(() => mergeOutline(outline, firstCards));
  // No card is open at first, so the list starts compact; j, a click or a highlight opens one.
  const [activeId, setActiveId] = useState<number | null>(null);
  // Narrow screens show one column: the article is behind a toggle.
  const [showArticle, setShowArticle] = useState(false);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const handles = useRef(new Map<number, CardHandle>());
  const searchRef = useRef<HTMLInputElement>(null);
  const articleRef = useRef<HTMLDivElement>(null);

  const upsert = useCallback((updated: ClaimOutline[]) => {
    if (updated.length === 0) return;
    const byId = new Map(updated.map((c) => [c.id, c]));
    setClaims((prev) => prev.map((c) => byId.get(c.id) ?? c));
  }, []);
  const onSaved = useCallback(
    (c: ClaimView) => {
      // A claim marked "Not a claim" (or merged away) leaves the list; others are replaced in place.
      if (c.hidden) setClaims((prev) => prev.filter((x) => x.id !== c.id));
      else upsert([c]);
    },
    [upsert],
  );
  const onAdded = useCallback((c: ClaimView) => {
    setClaims((prev) => [...prev.filter((x) => x.id !== c.id), c].sort((a, b) => a.start - b.start || a.id - b.id));
    setActiveId(c.id);
  }, []);
  const announce = useCallback((m: string) => setAnnouncement(m), []);
  const register = useCallback((id: number, h: CardHandle | null) => {
    if (h) handles.current.set(id, h);
    else handles.current.delete(id);
  }, []);

  // Others' edits replace cards in place, their new claims slot in by reading order, and claims
  // they hid or merged away leave the list.
  const applyLive = useCallback((changes: LiveChanges) => {
    const removed = new Set(changes.removedIds);
    const byId = new Map(changes.updated.map((c) => [c.id, c]));
    setClaims((prev) => {
      const kept = prev.filter((c) => !removed.has(c.id)).map((c) => byId.get(c.id) ?? c);
      const known = new Set(kept.map((c) => c.id));
      const added = changes.updated.filter((c) => !known.has(c.id));
      return added.length === 0 ? kept : [...kept, ...added].sort((a, b) => a.start - b.start || a.id - b.id);
    });
  }, []);
  const announceChanges = useCallback((count: number, who: string) => announce(t('othersChanged', { count, who, hasWho: who ? 'yes' : 'no' })), [announce, t]);
  useLiveClaims({ articleId, claims, pollMs, onChanged: applyLive, announceChanges });
  const searchIds = useSearchIds(articleId, filters.q);

  // The filter is applied when it changes, not on every save: a claim just marked Verified stays
  // in an "Unreviewed" list until the filter changes, so the reviewer sees the result and j/k
  // keep their place. (Derived state adjusted during render, as React recommends.)
  const [snapshot, setSnapshot] = useState(() => filterSnapshot(claims, filters, searchIds));
  const [limit, setLimit] = useState(FIRST_CARDS);
  if (snapshot.filters !== filters || snapshot.searchIds !== searchIds) {
    setSnapshot(filterSnapshot(claims, filters, searchIds));
    setLimit(FIRST_CARDS);
  }
  const visible = useMemo(
    () => claims.filter((c) => snapshot.shown.has(c.id) || (!snapshot.known.has(c.id) && matchesFilters(c, filters, searchIds))),
    [claims, snapshot, filters, searchIds],
  );
  const speakers = useMemo(
    () => [...new Set(claims.map((c) => c.speaker?.name ?? UNKNOWN_SPEAKER_FILTER))].sort((a, b) => a.localeCompare(b)),
    [claims],
  );

  const toCheck = useMemo(() => claims.filter(needsSpeakerCheck).length, [claims]);

  const shown = visible.slice(0, limit);
  const shownCards = shown.filter(isFullClaim);
  const moreRef = useRef<HTMLButtonElement>(null);
  useCardData(articleId, shown, upsert);

  // A claim beyond the cards shown so far is focused once its card has been rendered.
  const pendingFocus = useRef<number | null>(null);
  const focusCard = useCallback((id: number) => {
    const card = document.getElementById(`claim-${id}`);
    if (!card) return false;
    card.focus({ preventScroll: true });
    // Once the focused card has opened, bring all of it into view.
    requestAnimationFrame(() => card.scrollIntoView({ block: 'nearest' }));
    return true;
  }, []);
  useEffect(() => {
    if (pendingFocus.current != null && focusCard(pendingFocus.current)) pendingFocus.current = null;
  }, [limit, shownCards.length, focusCard]);

  const focusClaim = useCallback(
    (id: number) => {
      setActiveId(id);
      const index = visible.findIndex((c) => c.id === id);
      if (index >= limit) {
        pendingFocus.current = id;
        setLimit(index + CARDS_PER_STEP);
      } else {
        focusCard(id);
      }
    },
    [visible, limit, focusCard],
  );

  // Reveal more cards as the reader nears the end of the list.
  useEffect(() => {
    const sentinel = moreRef.current;
    if (!sentinel || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + CARDS_PER_STEP);
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [shown.length]);

  // Clicking a card (or focusing into it) marks its highlight in the text.
  const activate = useCallback((id: number) => {
    setActiveId(id);
    const mark = document.querySelector(`mark[data-claim-id="${id}"]`);
    mark?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]') && e.key !== '?') return;
      const index = visible.findIndex((c) => c.id === activeId);
      if (e.key === 'j' || e.key === 'k') {
        const next = visible[Math.min(visible.length - 1, Math.max(0, index + (e.key === 'j' ? 1 : -1)))];
        if (next) focusClaim(next.id);
      } else if (e.key in KEY_STATUS && activeId != null) {
        handles.current.get(activeId)?.setStatus(KEY_STATUS[e.key]!);
      } else if (e.key === 'n' && activeId != null) {
        handles.current.get(activeId)?.focusNote();
      } else if (e.key === '/') {
        searchRef.current?.focus();
      } else if (e.key === '?') {
        setShowShortcuts((v) => !v);
      } else {
        return;
      }
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [visible, activeId, focusClaim]);

  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:gap-6">
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <button
        type="button"
        aria-expanded={showArticle}
        aria-controls="article-pane"
        onClick={() => setShowArticle((v) => !v)}
        className="min-h-11 rounded-md border border-stone-300 bg-white px-3 text-sm font-medium lg:hidden"
      >
        {showArticle ? t('hideArticle') : t('showArticle')}
      </button>
      <section
        id="article-pane"
        aria-label={t('articlePane')}
        tabIndex={0}
        className={`min-w-0 lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto ${showArticle ? '' : 'max-lg:hidden'}`}
      >
        <div ref={articleRef} className="rounded-lg border border-stone-200 bg-white p-5">
          <ArticleText body={body} claims={claims} activeId={activeId} onSelect={focusClaim} />
        </div>
        <AddClaimFromSelection articleId={articleId} body={body} articleRef={articleRef} canReview={canReview} onAdded={onAdded} />
      </section>
      <section aria-label={t('claimsPane')} className="flex min-w-0 flex-col gap-3">
        <ReviewSummary claims={claims} />
        <div className="flex items-center justify-between gap-2">
          <ClaimFilters filters={filters} speakers={speakers} onChange={setFilters} searchRef={searchRef} shown={visible.length} total={claims.length} toCheck={toCheck} />
        </div>
        <button type="button" onClick={() => setShowShortcuts(true)} className="self-start text-xs text-stone-600 underline max-lg:min-h-11">
          {t('shortcuts')}
        </button>
        <ol aria-label={t('listLabel')} className="flex flex-col gap-2">
          {shownCards.map((c) => (
            <ClaimCard
              key={c.id}
              claim={c}
              active={c.id === activeId}
              canReview={canReview}
              onSaved={onSaved}
              onActivate={activate}
              register={register}
              announce={announce}
            />
          ))}
        </ol>
        {shownCards.length < shown.length ? (
          <p role="status" className="text-sm text-stone-600">
            {t('loadingMore', { count: shown.length - shownCards.length })}
          </p>
        ) : null}
        {visible.length > shown.length ? (
          <button ref={moreRef} type="button" onClick={() => setLimit((l) => l + CARDS_PER_STEP)} className="self-start text-sm text-accent underline max-lg:min-h-11">
            {t('showMore', { count: visible.length - shown.length })}
          </button>
        ) : null}
        {visible.length === 0 ? <p className="text-sm text-stone-600">{t('noMatch')}</p> : null}
      </section>
      <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
    </div>
  );
}
