'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimView } from '@/lib/claim-types';
import { REVIEW_STATUSES, STATUS_LABELS, type ReviewStatus } from '@/lib/vocab';
import type { ActionState } from '@/lib/action';
import { addEvidenceAction, removeEvidenceAction, reviewClaimAction } from '@/app/(app)/articles/[id]/actions';
import { StatusBadge, STATUS_ICONS } from '@/components/ui/status-badge';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { ClaimHistoryPanel } from './claim-history';
import { ClaimCorrections } from './claim-corrections';
import { PublicExplanationField } from './public-explanation-field';
import { SourceLine } from './source-line';

export type CardHandle = { setStatus: (s: ReviewStatus) => void; focusNote: () => void; focus: () => void };

type Conflict = { mine: { status: ReviewStatus; note: string }; theirs: ClaimView };

function formatWhen(iso: string | null): string {
  return iso ? `${new Date(iso).toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' })} UTC` : '';
}

/**
 * One claim and its review controls. Saves are queued so that a note saved on blur and a status
 * click right after it go out one after the other, each with the version the previous returned.
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
  const [note, setNote] = useState(claim.note);
  const [pendingStatus, setPendingStatus] = useState<ReviewStatus | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);
  const [evUrl, setEvUrl] = useState('');
  const [evTitle, setEvTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = useRef(claim);
  // The version the reviewer's unsaved note started from: if someone else saves meanwhile, the
  // note must not silently overwrite their change, even though live updates refreshed the card.
  const editBase = useRef<number | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const rootRef = useRef<HTMLLIElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const noteDirty = note !== claim.note;

  // A newer server state (own save or someone else's) replaces the card's baseline; an unsaved
  // note draft is kept so typing is never lost.
  useEffect(() => {
    const previous = latest.current;
    latest.current = claim;
    if (note === previous.note) setNote(claim.note);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claim]);

  const applyResult = useCallback(
    (res: ActionState<ClaimView>, mine: { status: ReviewStatus; note: string }, what: string) => {
      if (res.ok) {
        latest.current = res.data;
        editBase.current = null;
        onSaved(res.data);
        setErrors({});
        setConflict(null);
        setMessage(`Saved: ${what}.`);
        announce(`Saved: ${what}.`);
        setHistoryKey((k) => k + 1);
        return true;
      }
      if (res.code === 'conflict' && res.current) {
        setConflict({ mine, theirs: res.current as ClaimView });
        setMessage('');
        announce('Not saved: someone else changed this claim. Choose which version to keep.');
      } else {
        setErrors(res.fieldErrors ?? { _form: [res.message] });
        setMessage('');
        announce(`Not saved: ${res.message}`);
      }
      return false;
    },
    [announce, onSaved],
  );

  const save = useCallback(
    (status: ReviewStatus, noteText: string, what: string, version?: number) => {
      const run = async () => {
        setBusy(true);
        const mine = { status, note: noteText };
        const res = await reviewClaimAction(null, {
          claimId: claim.id,
          status,
          note: noteText,
          version: version ?? editBase.current ?? latest.current.version,
        });
        applyResult(res, mine, what);
        setPendingStatus(null);
        setBusy(false);
      };
      queue.current = queue.current.then(run, run);
      return queue.current;
    },
    [applyResult, claim.id],
  );

  const setStatus = useCallback(
    (status: ReviewStatus) => {
      if (!canReview) return;
      setPendingStatus(status);
      void save(status, noteRef.current?.value ?? note, STATUS_LABELS[status]);
    },
    [canReview, note, save],
  );

  useEffect(() => {
    register(claim.id, {
      setStatus,
      focusNote: () => noteRef.current?.focus(),
      focus: () => rootRef.current?.focus(),
    });
    return () => register(claim.id, null);
  }, [claim.id, register, setStatus]);

  function saveNoteIfChanged() {
    if (!canReview || note === latest.current.note) return;
    void save(latest.current.status, note, 'note');
  }

  async function addEvidence(e: React.FormEvent) {
    e.preventDefault();
    const res = await addEvidenceAction(null, { claimId: claim.id, url: evUrl, title: evTitle });
    if (applyResult(res, { status: latest.current.status, note }, `evidence "${evTitle.trim()}"`)) {
      setEvUrl('');
      setEvTitle('');
    }
  }

  async function removeEvidence(evidenceId: number, title: string) {
    const res = await removeEvidenceAction(null, { claimId: claim.id, evidenceId });
    applyResult(res, { status: latest.current.status, note }, `removed evidence "${title}"`);
  }

  function keepTheirs() {
    if (!conflict) return;
    latest.current = conflict.theirs;
    editBase.current = null;
    onSaved(conflict.theirs);
    setNote(conflict.theirs.note);
    setConflict(null);
    setErrors({});
    announce('Kept the other reviewer’s version.');
  }

  function applyMine() {
    if (!conflict) return;
    const { mine, theirs } = conflict;
    setConflict(null);
    void save(mine.status, mine.note, STATUS_LABELS[mine.status], theirs.version);
  }

  const shownStatus = pendingStatus ?? claim.status;
  const id = claim.id;
  const disabledReason = canReview ? undefined : `viewer-note-${id}`;

  return (
    <li
      ref={rootRef}
      id={`claim-${id}`}
      tabIndex={-1}
      aria-labelledby={`claim-${id}-quote`}
      aria-current={active ? 'true' : undefined}
      onFocus={() => onActivate(id)}
      className={`scroll-mt-24 rounded-lg border bg-white p-4 shadow-sm outline-none ${active ? 'border-accent ring-2 ring-accent/40' : 'border-stone-200'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-sm">
          <span className="font-semibold">{claim.speaker?.name ?? 'Unknown speaker'}</span>
          {claim.speaker?.role ? <span className="text-stone-600">, {claim.speaker.role}</span> : null}
          {claim.cue ? <span className="text-stone-500"> · “{claim.cue}”</span> : null}
        </p>
        <div className="flex items-center gap-2">
          <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{claim.kind === 'direct' ? 'Direct quote' : 'Reported'}</span>
          <StatusBadge status={claim.status} />
        </div>
      </div>
      <blockquote id={`claim-${id}-quote`} className="mt-2 border-l-4 border-accent/40 pl-3 font-serif text-base">
        <button type="button" className="text-left hover:underline" onClick={() => onActivate(id)}>
          <span className="sr-only">Show in article: </span>
          {claim.kind === 'direct' ? `“${claim.quote}”` : claim.quote}
        </button>
      </blockquote>
      {claim.sentence && claim.sentence !== claim.quote ? (
        <p className="mt-1 text-xs leading-5 text-stone-600">
          <span className="font-medium">Context:</span> {claim.sentence}
        </p>
      ) : null}
      {claim.anchor === 'changed' || claim.anchor === 'missing' ? (
        <p className="mt-1 text-xs font-medium text-amber-800">Re-check: the quote {claim.anchor === 'changed' ? 'changed' : 'is missing'} in the latest version.</p>
      ) : null}
      <SourceLine claim={claim} canReview={canReview} onSaved={onSaved} announce={announce} />

      <fieldset className="mt-3" disabled={!canReview} aria-describedby={disabledReason}>
        <div role="radiogroup" aria-label="Status" className="flex flex-wrap gap-1.5">
          {REVIEW_STATUSES.map((s) => (
            <label
              key={s}
              className={`flex cursor-pointer items-center gap-1 rounded-md border px-2 py-1 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:disabled]:cursor-not-allowed ${shownStatus === s ? 'font-semibold' : ''}`}
            >
              <input type="radio" name={`status-${id}`} value={s} checked={shownStatus === s} onChange={() => setStatus(s)} className="accent-accent" />
              <span aria-hidden="true">{STATUS_ICONS[s]}</span>
              {STATUS_LABELS[s]}
            </label>
          ))}
        </div>
      </fieldset>
      {!canReview ? (
        <p id={disabledReason} className="mt-1 text-xs text-stone-600">
          You have view-only access: ask an admin for the reviewer role to change reviews.
        </p>
      ) : null}

      <div className="mt-3 flex flex-col gap-1">
        <label htmlFor={`note-${id}`} className="text-sm font-medium">
          Note
        </label>
        <textarea
          id={`note-${id}`}
          ref={noteRef}
          value={note}
          onChange={(e) => {
            editBase.current ??= latest.current.version;
            setNote(e.target.value);
          }}
          onBlur={saveNoteIfChanged}
          disabled={!canReview}
          rows={2}
          maxLength={5000}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={`note-${id}-error`}
          className={inputClass}
        />
        <p id={`note-${id}-error`} className="text-sm text-red-700">
          {errors.note?.join(' ')}
        </p>
        {noteDirty && canReview ? (
          <button type="button" className={`${secondaryButtonClass} self-start`} onClick={saveNoteIfChanged}>
            Save note
          </button>
        ) : null}
      </div>

      <PublicExplanationField claimId={id} status={claim.status} canReview={canReview} />

      <div className="mt-2">
        <h4 className="text-sm font-medium">Evidence</h4>
        {/* Not a list: the claim cards are the list items, and nested items would confuse them. */}
        <div className="mt-1 flex flex-col gap-1 text-sm">
          {claim.evidence.length === 0 ? <p className="text-stone-500">No evidence yet.</p> : null}
          {claim.evidence.map((ev) => (
            <div key={ev.id} className="flex items-center gap-2">
              <a href={ev.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-accent underline">
                {ev.title}
              </a>
              {canReview ? (
                <button type="button" className="text-xs text-stone-500 underline" onClick={() => removeEvidence(ev.id, ev.title)} aria-label={`Remove evidence ${ev.title}`}>
                  Remove
                </button>
              ) : null}
            </div>
          ))}
        </div>
        {canReview ? (
          <form onSubmit={addEvidence} className="mt-2 grid gap-2 sm:grid-cols-[1fr_1fr_auto]" noValidate>
            <div className="flex flex-col">
              <label htmlFor={`ev-url-${id}`} className="text-xs text-stone-600">
                Evidence URL
              </label>
              <input id={`ev-url-${id}`} type="url" value={evUrl} onChange={(e) => setEvUrl(e.target.value)} placeholder="https://" className={inputClass} aria-invalid={errors.url ? true : undefined} aria-describedby={`ev-${id}-error`} />
            </div>
            <div className="flex flex-col">
              <label htmlFor={`ev-title-${id}`} className="text-xs text-stone-600">
                Evidence title
              </label>
              <input id={`ev-title-${id}`} value={evTitle} onChange={(e) => setEvTitle(e.target.value)} className={inputClass} aria-invalid={errors.title ? true : undefined} aria-describedby={`ev-${id}-error`} />
            </div>
            <button type="submit" className={`${secondaryButtonClass} self-end`}>
              Add evidence
            </button>
          </form>
        ) : null}
        <p id={`ev-${id}-error`} className="text-sm text-red-700">
          {[...(errors.evidence ?? []), ...(errors.url ?? []), ...(errors.title ?? [])].join(' ')}
        </p>
      </div>

      {errors._form || errors.status || errors.version ? (
        <p className="text-sm text-red-700">{[...(errors._form ?? []), ...(errors.status ?? []), ...(errors.version ?? [])].join(' ')}</p>
      ) : null}

      {conflict ? (
        <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">Someone else changed this claim since you opened it.</p>
          <p className="mt-1">
            {conflict.theirs.updatedByName ?? 'Another reviewer'} set it to <strong>{STATUS_LABELS[conflict.theirs.status]}</strong>
            {conflict.theirs.updatedAt ? ` at ${formatWhen(conflict.theirs.updatedAt)}` : ''}
            {conflict.theirs.note ? `, with the note “${conflict.theirs.note}”` : ', with no note'}.
          </p>
          <p className="mt-1">
            You chose <strong>{STATUS_LABELS[conflict.mine.status]}</strong>
            {conflict.mine.note ? ` with the note “${conflict.mine.note}”` : ''}.
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" className={secondaryButtonClass} onClick={keepTheirs}>
              Keep theirs
            </button>
            <button type="button" className={secondaryButtonClass} onClick={applyMine}>
              Apply mine
            </button>
          </div>
        </div>
      ) : null}

      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-xs text-stone-600">
        <span>
          {claim.updatedByName ? `Last change: ${claim.updatedByName}, ${formatWhen(claim.updatedAt)}` : 'Not reviewed yet'}
          {busy ? ' · saving…' : ''}
          {message ? <span className="ml-2 text-green-800">{message}</span> : null}
        </span>
        <button type="button" className="underline" aria-expanded={showHistory} aria-controls={`history-${id}`} onClick={() => setShowHistory((v) => !v)}>
          History
        </button>
      </div>
      <ClaimCorrections claim={claim} canReview={canReview} onChanged={onSaved} />
      {showHistory ? (
        <div id={`history-${id}`} className="mt-2">
          <ClaimHistoryPanel claimId={id} refreshKey={historyKey + claim.version} />
        </div>
      ) : null}
    </li>
  );
}
