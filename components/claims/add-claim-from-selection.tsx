'use client';
import { useEffect, useId, useState, type RefObject } from 'react';
import type { ClaimView } from '@/lib/claim-types';
import { addClaimAction, articleSpeakersAction } from '@/app/(app)/articles/[id]/corrections-actions';
import { buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { useTranslations } from 'next-intl';

type Picked = { start: number; end: number };

function articleTextIn(container?: HTMLElement | null): HTMLElement | null {
  return (container ?? document).querySelector<HTMLElement>('article[data-article-text]') ?? container ?? null;
}

/**
 * Offsets (UTF-16, end exclusive) of the current selection in the article body. The text is
 * rendered in order as spans and marks, so an offset is the length of all text before the
 * selection point inside the article element; null when the selection is empty or elsewhere.
 */
export function selectionOffsets(container?: HTMLElement | null): Picked | null {
  const root = articleTextIn(container);
  const sel = typeof window === 'undefined' ? null : window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** The last non-empty selection made in the article text. Clicking a button can collapse the live
 * selection before its handler runs, so "Use selected text" falls back to this. */
let lastPicked: Picked | null = null;

export function lastArticleSelection(): Picked | null {
  return selectionOffsets() ?? lastPicked;
}

/** "Add claim" for words the extractor missed: select them in the article, name the speaker. */
export function AddClaimFromSelection({
  articleId,
  body,
  articleRef,
  canReview,
  onAdded,
}: {
  articleId: number;
  body: string;
  articleRef: RefObject<HTMLElement | null>;
  canReview: boolean;
  onAdded: (c: ClaimView) => void;
}) {
  const t = useTranslations('claims.addClaim');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [speaker, setSpeaker] = useState('');
  const [kind, setKind] = useState<'direct' | 'indirect'>('direct');
  const [names, setNames] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [justAdded, setJustAdded] = useState<number | null>(null);
  const uid = useId();

  // Focus the new card once it is rendered (same commit as the list update), as clicking its
  // highlight would: the form that had focus is gone.
  useEffect(() => {
    if (justAdded === null) return;
    const el = document.getElementById(`claim-${justAdded}`);
    el?.scrollIntoView({ block: 'nearest' });
    el?.focus({ preventScroll: true });
  }, [justAdded]);

  // Follow the selection while it is in the article; keep the last one when focus moves into this
  // form (which collapses or moves the selection).
  useEffect(() => {
    if (!canReview) return;
    function onSelection() {
      const offsets = selectionOffsets(articleRef.current);
      if (offsets) {
        lastPicked = offsets;
        setPicked(offsets);
        setMessage('');
      }
    }
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [articleRef, canReview]);

  useEffect(() => {
    if (!picked || names !== null) return;
    void articleSpeakersAction(null, { articleId }).then((res) => setNames(res.ok ? res.data : []));
  }, [picked, names, articleId]);

  if (!canReview) return null;

  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (!picked) return;
    setBusy(true);
    const res = await addClaimAction(null, { articleId, start: picked.start, end: picked.end, kind, speaker });
    setBusy(false);
    if (!res.ok) {
      setErrors(res.fieldErrors ?? { _form: [res.message] });
      return;
    }
    setErrors({});
    setPicked(null);
    setSpeaker('');
    setMessage(t('added', { quote: res.data.claim.quote.slice(0, 60) }));
    onAdded(res.data.claim);
    setJustAdded(res.data.claim.id);
  }

  const selected = picked ? body.slice(picked.start, picked.end) : '';
  const errorText = Object.values(errors).flat().join(' ');

  return (
    <div className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-3 text-sm">
      <p aria-live="polite" className="text-green-800">
        {message}
      </p>
      {picked ? (
        <form onSubmit={add} aria-label={t('formLabel')} className="flex flex-col gap-2">
          <p>
            <span className="font-medium">{t('selected')}</span> <q className="font-serif">{selected.length > 200 ? `${selected.slice(0, 197)}…` : selected}</q>
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-48 flex-1 flex-col">
              <label htmlFor={`${uid}-speaker`} className="text-xs text-stone-600">
                {t('speaker')}
              </label>
              <input
                id={`${uid}-speaker`}
                list={`${uid}-names`}
                value={speaker}
                onChange={(e) => setSpeaker(e.target.value)}
                placeholder={t('speakerPlaceholder')}
                className={inputClass}
                aria-describedby={`${uid}-error`}
              />
              <datalist id={`${uid}-names`}>
                {(names ?? []).map((n) => (
                  <option key={n} value={n} />
                ))}
              </datalist>
            </div>
            <div className="flex flex-col">
              <label htmlFor={`${uid}-kind`} className="text-xs text-stone-600">
                {t('kind')}
              </label>
              <select id={`${uid}-kind`} value={kind} onChange={(e) => setKind(e.target.value as 'direct' | 'indirect')} className={inputClass}>
                <option value="direct">{t('direct')}</option>
                <option value="indirect">{t('indirect')}</option>
              </select>
            </div>
            <button type="submit" className={buttonClass} disabled={busy}>
              {t('add')}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setPicked(null)}>
              {t('cancel')}
            </button>
          </div>
          <p id={`${uid}-error`} aria-live="polite" className="text-red-700">
            {errorText}
          </p>
        </form>
      ) : (
        <p className="text-stone-600">{t('hint')}</p>
      )}
    </div>
  );
}
