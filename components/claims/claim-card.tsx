'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ClaimView } from '@/lib/claim-types';
import type { ReviewStatus } from '@/lib/vocab';
import { addEvidenceAction, removeEvidenceAction } from '@/server/actions/reviews';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { ConflictNotice } from './conflict-notice';
import { EvidenceEditor } from './evidence-editor';
import { CompactSummary } from './compact-summary';
import { StatusRadios } from './status-radios';
import { useSaveQueue, type EvidenceDraft } from './use-save-queue';
import { ClaimHistoryPanel } from './claim-history';
import { ClaimCorrections, PublicExplanationField } from './on-demand';
import { SourceLine } from './source-line';
import { useWhen } from './use-when';
import { confidencePercent, needsSpeakerCheck } from '@/lib/speaker-check';

export type CardHandle = { setStatus: (s: ReviewStatus) => void; focusNote: () => void; focus: () => void };

/** A status that needs one more thing before it can be saved: evidence for Verified, a note for Disputed. */
type Awaiting = 'verified' | 'disputed' | null;

const EMPTY_DRAFT: EvidenceDraft = { url: '', title: '' };

/**
 * One claim. At rest it is compact (speaker, status, quote, one line for note and evidence);
 * when it is the active card (focused by j/k, a click or a highlight click) it opens with the
 * note, evidence, history and corrections. Drafts live here, so closing the card loses nothing.
 */
export function ClaimCard({
  claim,
  active,
  canReview,
  onSaved,
  onActivate,
  register,
  announce,
}: {
  claim: ClaimView;
  active: boolean;
  canReview: boolean;
  onSaved: (c: ClaimView) => void;
  onActivate: (id: number) => void;
  register: (id: number, handle: CardHandle | null) => void;
  announce: (message: string) => void;
}) {
  const t = useTranslations('claims.card');
  const tc = useTranslations('common');
  const formatWhen = useWhen();
  const open = active;
  const [note, setNote] = useState(claim.note);
  const [draft, setDraft] = useState<EvidenceDraft>(EMPTY_DRAFT);
  const [pendingStatus, setPendingStatus] = useState<ReviewStatus | null>(null);
  const [awaiting, setAwaiting] = useState<Awaiting>(null);
  const [showHistory, setShowHistory] = useState(false);
  const q = useSaveQueue({ claim, onSaved, announce });
  const { latest, editBase, errors, setErrors } = q;
  const baseNote = useRef(claim.note);
  const rootRef = useRef<HTMLLIElement>(null);
  const pointerDown = useRef(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const evUrlRef = useRef<HTMLInputElement>(null);
  const noteDirty = note !== claim.note;

  // A newer server state (own save or someone else's) replaces the card's baseline; an unsaved
  // note draft is kept so typing is never lost.
  useEffect(() => {
    if (note === baseNote.current) setNote(claim.note);
    baseNote.current = claim.note;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claim]);

  // Leaving the card drops a status that was still waiting for its evidence or note (the typed
  // drafts stay). (Derived state adjusted during render, as React recommends.) Opening never
  // scrolls the page here: a click that opens the card must land where the pointer went down.
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (!open) setAwaiting(null);
  }
  // The field a pending status needs gets the focus once the open card has rendered it.
  const focusWanted = useRef<'note' | 'evidence' | null>(null);
  useEffect(() => {
    if (!open || !focusWanted.current) return;
    (focusWanted.current === 'note' ? noteRef.current : evUrlRef.current)?.focus();
    focusWanted.current = null;
  });

  async function saveStatus(status: ReviewStatus, noteText: string, evidence?: EvidenceDraft[]) {
    setPendingStatus(status);
    setAwaiting(null);
    const label = tc('status', { status });
    const what = evidence?.length ? t('whatStatusWithEvidence', { status: label, title: evidence[0].title }) : label;
    const saved = await q.saveReview({ status, note: noteText, evidence }, what);
    setPendingStatus(null);
    return saved;
  }

  /** The evidence draft as an item to save with Verified: a link without a title is named by itself. */
  function draftEvidence(): EvidenceDraft[] {
    return [{ url: draft.url.trim(), title: draft.title.trim() || draft.url.trim() }];
  }

  function setStatus(status: ReviewStatus) {
    if (!canReview) return;
    const noteText = noteRef.current?.value ?? note;
    // Instead of refusing, ask for what is missing right where it goes, then save both together.
    if (status === 'verified' && latest.current.evidence.length === 0) {
      if (draft.url.trim()) {
        void saveStatus(status, noteText, draftEvidence()).then((ok) => ok && setDraft(EMPTY_DRAFT));
        return;
      }
      setAwaiting('verified');
      focusWanted.current = 'evidence';
      onActivate(claim.id);
      announce(t('verifiedNeedsEvidence'));
      return;
    }
    if (status === 'disputed' && !noteText.trim()) {
      setAwaiting('disputed');
      focusWanted.current = 'note';
      onActivate(claim.id);
      announce(t('disputedNeedsNote'));
      return;
    }
    void saveStatus(status, noteText);
  }

  // The workspace's keyboard shortcuts reach the card through a handle registered once; it
  // calls the latest setStatus (which reads the current drafts).
  const setStatusRef = useRef(setStatus);
  useEffect(() => {
    setStatusRef.current = setStatus;
  });
  useEffect(() => {
    register(claim.id, {
      setStatus: (s) => setStatusRef.current(s),
      focusNote: () => noteRef.current?.focus(),
      focus: () => rootRef.current?.focus(),
    });
    return () => register(claim.id, null);
  }, [claim.id, register]);

  function saveNote() {
    if (!canReview) return;
    if (awaiting === 'disputed' && note.trim()) {
      void saveStatus('disputed', note);
      return;
    }
    if (note === latest.current.note) return;
    void q.saveReview({ status: latest.current.status, note }, t('whatNote'));
  }

  async function addEvidence() {
    if (awaiting === 'verified') {
      if (!draft.url.trim()) {
        setErrors({ url: [t('giveEvidenceLink')] });
        evUrlRef.current?.focus();
        return;
      }
      if (await saveStatus('verified', noteRef.current?.value ?? note, draftEvidence())) setDraft(EMPTY_DRAFT);
      return;
    }
    const title = draft.title.trim();
    const res = await q.enqueue(() => addEvidenceAction(null, { claimId: claim.id, url: draft.url, title: draft.title }));
    if (q.applyResult(res, { status: latest.current.status, note }, t('whatEvidence', { title }))) setDraft(EMPTY_DRAFT);
  }

  async function removeEvidence(evidenceId: number, title: string) {
    const res = await q.enqueue(() => removeEvidenceAction(null, { claimId: claim.id, evidenceId }));
    q.applyResult(res, { status: latest.current.status, note }, t('whatRemovedEvidence', { title }));
  }

  function keepTheirs() {
    const theirs = q.keepTheirs();
    if (theirs) setNote(theirs.note);
  }

  const shownStatus = awaiting ?? pendingStatus ?? claim.status;
  const percent = confidencePercent(claim.confidence);
  const id = claim.id;
  const disabledReason = canReview ? undefined : `viewer-note-${id}`;
  const formErrors = [...(errors._form ?? []), ...(errors.status ?? []), ...(errors.version ?? [])];

  return (
    <li
      ref={rootRef}
      id={`claim-${id}`}
      tabIndex={-1}
      aria-labelledby={`claim-${id}-quote`}
      aria-current={active ? 'true' : undefined}
      data-open={open ? 'true' : undefined}
      // Pointer: the card opens on click, not when the press focuses it, so the press and the
      // release land on the same control (opening or closing a card moves the cards below it).
      // Keyboard and programmatic focus (j/k, Tab, a highlight click) open it at once.
      onPointerDown={() => {
        pointerDown.current = true;
      }}
      onPointerUp={() => {
        setTimeout(() => {
          pointerDown.current = false;
        }, 0);
      }}
      onFocus={() => {
        if (!pointerDown.current) onActivate(id);
      }}
      onClick={() => onActivate(id)}
      className={`scroll-mt-24 rounded-lg border bg-white px-3 py-2 shadow-sm outline-none ${active ? 'border-accent ring-2 ring-accent/40' : 'border-stone-200 hover:border-stone-400'}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
        <p className="min-w-0 text-sm">
          <span className="font-semibold">{claim.speaker?.name ?? tc('unknownSpeaker')}</span>
          {claim.speaker?.role ? <span className="text-stone-600">, {claim.speaker.role}</span> : null}
          {/* People are the usual case; only other kinds of source are labelled. */}
          {claim.speaker?.type && claim.speaker.type !== 'person' ? (
            <span className="ml-1.5 inline-block whitespace-nowrap rounded border border-stone-300 px-1 text-xs text-stone-700">{tc('speakerType', { type: claim.speaker.type })}</span>
          ) : null}
          {open && claim.cue ? <span className="text-stone-500"> · “{claim.cue}”</span> : null}
          <span className="ml-2 whitespace-nowrap rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{t('kind', { kind: claim.kind })}</span>
          {needsSpeakerCheck(claim) ? <SpeakerCheckMarker percent={percent} /> : null}
        </p>
        <StatusRadios claimId={id} status={shownStatus} canReview={canReview} describedBy={disabledReason} onChoose={setStatus} />
      </div>
      <blockquote id={`claim-${id}-quote`} className="mt-1 border-l-4 border-accent/40 pl-3 font-serif text-[15px] leading-snug">
        <button type="button" className={`text-left hover:underline max-lg:min-h-11 ${open ? '' : 'line-clamp-2'}`} onClick={() => onActivate(id)}>
          <span className="sr-only">{t('showInArticle')} </span>
          {claim.kind === 'direct' ? `“${claim.quote}”` : claim.quote}
        </button>
      </blockquote>
      {/* Always rendered (the status radios point to it); shown when the card is open. */}
      {!canReview ? (
        <p id={disabledReason} className={open ? 'mt-1 text-xs text-stone-600' : 'sr-only'}>
          {t('viewOnly')}
        </p>
      ) : null}
      {open ? null : <CompactSummary claim={claim} noteDraft={noteDirty ? note : null} evidenceDraft={draft.url} />}
      <SourceLine claim={claim} canReview={canReview} onSaved={onSaved} announce={announce} />

      {open ? (
        <div className="mt-1">
          {claim.sentence && claim.sentence !== claim.quote ? (
            <p className="text-xs leading-5 text-stone-600">
              <span className="font-medium">{t('context')}</span> {claim.sentence}
            </p>
          ) : null}
          <p className="text-xs leading-5 text-stone-600">{claim.speakerByHand ? t('attributionByHand') : t('attribution', { percent })}</p>

          <div className="mt-2 flex flex-col gap-1">
            <label htmlFor={`note-${id}`} className="text-sm font-medium">
              {t('note')}
            </label>
            {awaiting === 'disputed' ? (
              <p id={`note-${id}-hint`} className="text-sm font-medium text-accent">
                {t('disputedNeedsNote')}
              </p>
            ) : null}
            <textarea
              id={`note-${id}`}
              ref={noteRef}
              value={note}
              onChange={(e) => {
                editBase.current ??= latest.current.version;
                setNote(e.target.value);
              }}
              onBlur={saveNote}
              disabled={!canReview}
              rows={2}
              maxLength={5000}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={awaiting === 'disputed' ? `note-${id}-hint note-${id}-error` : `note-${id}-error`}
              className={inputClass}
            />
            <p id={`note-${id}-error`} className="text-sm text-red-700">
              {errors.note?.join(' ')}
            </p>
            {(noteDirty || awaiting === 'disputed') && canReview ? (
              <button type="button" className={`${secondaryButtonClass} self-start`} onClick={saveNote}>
                {awaiting === 'disputed' ? t('saveNoteAndDispute') : t('saveNote')}
              </button>
            ) : null}
          </div>

          <EvidenceEditor
            claim={claim}
            canReview={canReview}
            draft={draft}
            onDraftChange={setDraft}
            errors={errors}
            verifying={awaiting === 'verified'}
            urlRef={evUrlRef}
            onAdd={addEvidence}
            onRemove={removeEvidence}
          />

          <PublicExplanationField claimId={id} status={claim.status} canReview={canReview} />
        </div>
      ) : null}
      {claim.anchor === 'changed' || claim.anchor === 'missing' ? (
        <p className="mt-1 text-xs font-medium text-amber-800">{t('recheck', { anchor: claim.anchor })}</p>
      ) : null}

      {formErrors.length > 0 ? <p className="text-sm text-red-700">{formErrors.join(' ')}</p> : null}
      {q.conflict ? <ConflictNotice conflict={q.conflict} onKeepTheirs={keepTheirs} onApplyMine={q.applyMine} /> : null}

      <div className={`flex flex-wrap items-center justify-between gap-2 text-xs text-stone-600 ${open ? 'mt-2' : ''}`}>
        <span>
          {open ? (claim.updatedByName ? t('lastChange', { name: claim.updatedByName, when: formatWhen(claim.updatedAt) }) : t('notReviewedYet')) : null}
          {q.busy ? ` · ${t('saving')}` : ''}
          {q.message ? <span className={open ? 'ml-2 text-green-800' : 'text-green-800'}>{q.message}</span> : null}
        </span>
        {open ? (
          <button type="button" className="underline max-lg:min-h-11" aria-expanded={showHistory} aria-controls={`history-${id}`} onClick={() => setShowHistory((v) => !v)}>
            {t('history')}
          </button>
        ) : null}
      </div>
      {/* Viewers have nothing to correct: their cards never load the corrections. */}
      {open && canReview ? <ClaimCorrections claim={claim} canReview={canReview} onChanged={onSaved} /> : null}
      {open && showHistory ? (
        <div id={`history-${id}`} className="mt-2">
          <ClaimHistoryPanel claimId={id} refreshKey={q.historyKey + claim.version} />
        </div>
      ) : null}
    </li>
  );
}

/** "Check speaker (42%)": the extractor was unsure who said this and nobody has looked yet. Text,
 * not only colour, so it reads the same in grey scale and to a screen reader. */
function SpeakerCheckMarker({ percent }: { percent: number }) {
  const t = useTranslations('claims.card');
  return (
    // inline-block: the line may wrap before it on a narrow screen instead of overflowing the card
    <span className="ml-2 inline-block whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-400">
      <span aria-hidden="true">⚠ </span>
      {t('checkSpeaker')} ({percent}%)<span className="sr-only">: {t('checkSpeakerWhy', { percent })}</span>
    </span>
  );
}
