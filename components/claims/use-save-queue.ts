'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimView } from '@/lib/claim-types';
import { useTranslations } from 'next-intl';
import type { ReviewStatus } from '@/lib/vocab';
import type { ActionState } from '@/lib/action';
import { reviewClaimAction } from '@/app/(app)/articles/[id]/actions';

export type EvidenceDraft = { url: string; title: string };
/** What the reviewer asked for, kept to show and re-apply when their save meets someone else's. */
export type Mine = { status: ReviewStatus; note: string; evidence?: EvidenceDraft[] };
export type Conflict = { mine: Mine; theirs: ClaimView };
export type FieldErrors = Record<string, string[]>;

/**
 * A card's saves, one after the other: a note saved on blur and a status click right after it
 * go out in order, each with the version the previous one returned. Keeps the latest server
 * state, the version an unsaved note started from, errors, the conflict and the last message.
 */
export function useSaveQueue({
  claim,
  onSaved,
  announce,
}: {
  claim: ClaimView;
  onSaved: (c: ClaimView) => void;
  announce: (message: string) => void;
}) {
  const t = useTranslations('claims.save');
  const tc = useTranslations('common');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);
  const latest = useRef(claim);
  // The version the reviewer's unsaved note started from: if someone else saves meanwhile, the
  // note must not silently overwrite their change, even though live updates refreshed the card.
  const editBase = useRef<number | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    latest.current = claim;
  }, [claim]);

  /** Applies a save's answer; true when it was saved. */
  const applyResult = useCallback(
    (res: ActionState<ClaimView>, mine: Mine, what: string) => {
      if (res.ok) {
        latest.current = res.data;
        editBase.current = null;
        onSaved(res.data);
        setErrors({});
        setConflict(null);
        setMessage(t('saved', { what }));
        announce(t('saved', { what }));
        setHistoryKey((k) => k + 1);
        return true;
      }
      if (res.code === 'conflict' && res.current) {
        setConflict({ mine, theirs: res.current as ClaimView });
        setMessage('');
        announce(t('notSavedConflict'));
      } else {
        setErrors(res.fieldErrors ?? { _form: [res.message] });
        setMessage('');
        announce(t('notSaved', { message: res.message }));
      }
      return false;
    },
    [announce, onSaved, t],
  );

  /** Runs one server call after the ones queued before it. */
  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const run = async () => {
      setBusy(true);
      try {
        return await task();
      } finally {
        setBusy(false);
      }
    };
    const next = queue.current.then(run, run);
    queue.current = next;
    return next;
  }, []);

  /** Saves status, note and any new evidence in one transaction; resolves true when saved. */
  const saveReview = useCallback(
    (mine: Mine, what: string, version?: number) =>
      enqueue(async () => {
        const res = await reviewClaimAction(null, {
          claimId: claim.id,
          status: mine.status,
          note: mine.note,
          evidence: mine.evidence,
          version: version ?? editBase.current ?? latest.current.version,
        });
        return applyResult(res, mine, what);
      }),
    [applyResult, claim.id, enqueue],
  );

  /** Accepts the other reviewer's state as the card's baseline. */
  const keepTheirs = useCallback(() => {
    if (!conflict) return null;
    latest.current = conflict.theirs;
    editBase.current = null;
    onSaved(conflict.theirs);
    setConflict(null);
    setErrors({});
    announce(t('keptTheirs'));
    return conflict.theirs;
  }, [announce, conflict, onSaved, t]);

  /** Re-sends the reviewer's own choice over the other reviewer's version. */
  const applyMine = useCallback(() => {
    if (!conflict) return;
    const { mine, theirs } = conflict;
    setConflict(null);
    void saveReview(mine, tc('status', { status: mine.status }), theirs.version);
  }, [conflict, saveReview, tc]);

  return { latest, editBase, errors, setErrors, message, conflict, busy, historyKey, applyResult, enqueue, saveReview, keepTheirs, applyMine };
}
