'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';

type Paragraph = { start: number; text: string };

/** Paragraphs of the source with their offsets, so a selection maps back to the stored text. */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index, text: m[0] });
  return out;
}

/** Offsets of the current selection in the source, when it lies inside one paragraph. */
function selectedPassage(root: HTMLElement | null): { start: number; end: number } | null {
  const sel = typeof window === 'undefined' ? null : window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const para = range.startContainer.parentElement?.closest<HTMLElement>('[data-offset]');
  if (!para || !root.contains(para) || para !== range.endContainer.parentElement?.closest('[data-offset]')) return null;
  const base = Number(para.dataset.offset);
  return { start: base + range.startOffset, end: base + range.endOffset };
}

/**
 * A source in another language beside the claim: search it, select the passage the quote was
 * translated from, and link it (stored like evidence, marked as a manual cross-language link).
 */
export function SourceViewer({
  sourceId,
  title,
  language,
  canReview,
  busy,
  onLink,
}: {
  sourceId: number;
  title: string;
  language: string;
  canReview: boolean;
  busy: boolean;
  onLink: (passage: { start: number; end: number }) => void;
}) {
  const t = useTranslations('sources.viewer');
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    fetch(`/api/sources/${sourceId}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((s: { text: string }) => live && setText(s.text))
      .catch(() => live && setError(t('loadFailed')));
    return () => {
      live = false;
    };
  }, [sourceId, t]);

  useEffect(() => {
    const onChange = () => setSelection(selectedPassage(rootRef.current));
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const paragraphs = useMemo(() => (text ? paragraphsOf(text) : []), [text]);
  const q = query.trim().toLowerCase();
  const shown = q ? paragraphs.filter((p) => p.text.toLowerCase().includes(q)) : paragraphs;
  const id = `viewer-${sourceId}`;

  return (
    <section aria-label={t('label', { title })} className="mt-2 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
      <p className="text-xs text-stone-600">
        {t.rich('intro', { title, language, lang: (chunks) => <span lang="en">{chunks}</span> })}
      </p>
      <label htmlFor={`${id}-search`} className="mt-2 block text-xs font-medium">
        {t('search')}
      </label>
      <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className={`${inputClass} w-full`} />
      {error ? <p role="alert" className="mt-1 text-red-700">{error}</p> : null}
      {text === null && !error ? <p className="mt-1 text-stone-600">{t('loading')}</p> : null}
      <div ref={rootRef} lang={language} className="mt-2 max-h-64 overflow-y-auto rounded border border-stone-200 bg-white p-2 leading-6" tabIndex={0} aria-label={t('paragraphs')}>
        {shown.map((p) => (
          <p key={p.start} data-offset={p.start} className="mb-2">
            {p.text}
          </p>
        ))}
        {text !== null && shown.length === 0 ? <p className="text-stone-600">{t('noParagraph', { query })}</p> : null}
      </div>
      {canReview ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <button type="button" className={secondaryButtonClass} disabled={!selection || busy} onClick={() => selection && onLink(selection)}>
            {t('link')}
          </button>
          <span className="text-xs text-stone-600" aria-live="polite">
            {selection && text ? t('selected', { text: text.slice(selection.start, selection.end).slice(0, 80) }) : t('selectHint')}
          </span>
        </div>
      ) : null}
    </section>
  );
}
