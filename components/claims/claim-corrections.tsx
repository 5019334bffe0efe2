'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ClaimView } from '@/lib/claim-types';
import type { ActionState } from '@/lib/action';
import {
  articleSpeakersAction,
  changeSpanAction,
  changeSpeakerAction,
  hideClaimAction,
  mergeWithNextAction,
  type Corrected,
} from '@/app/(app)/articles/[id]/corrections-actions';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { lastArticleSelection } from './add-claim-from-selection';

/**
 * Corrections of the machine's reading of one claim, behind a "Correct" disclosure so the card stays
 * compact: change the speaker, adjust the span, mark "Not a claim", merge with the next quote.
 */
export function ClaimCorrections({ claim, canReview, onChanged }: { claim: ClaimView; canReview: boolean; onChanged: (c: ClaimView) => void }) {
  const t = useTranslations('claims.corrections');
  const ts = useTranslations('claims.save');
  const [open, setOpen] = useState(false);
  const [speaker, setSpeaker] = useState(claim.speaker?.name ?? '');
  const [start, setStart] = useState(String(claim.start));
  const [end, setEnd] = useState(String(claim.end));
  const [names, setNames] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const id = `correct-${claim.id}`;
  if (!canReview) return null;

  async function toggle() {
    const next = !open;
    setOpen(next);
    if (next) {
      setSpeaker(claim.speaker?.name ?? '');
      setStart(String(claim.start));
      setEnd(String(claim.end));
      const res = await articleSpeakersAction(null, { articleId: claim.articleId });
      if (res.ok) setNames(res.data);
    }
  }

  async function run(what: string, call: () => Promise<ActionState<Corrected>>) {
    setBusy(true);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      if (res.code === 'conflict' && res.current) {
        // Show the other reviewer's state at once, so a retry starts from it.
        onChanged(res.current as ClaimView);
        setErrors({ _form: [t('conflict')] });
      } else {
        setErrors(res.fieldErrors ?? { _form: [res.message] });
      }
      setMessage('');
      return;
    }
    setErrors({});
    setMessage(ts('saved', { what }));
    // A merged-away claim leaves the list: the workspace drops claims that come back hidden.
    if (res.data.removed) onChanged(res.data.removed);
    onChanged(res.data.claim);
  }

  function takeSelection() {
    const offsets = lastArticleSelection();
    if (!offsets) {
      setErrors({ start: [t('selectFirst')] });
      return;
    }
    setStart(String(offsets.start));
    setEnd(String(offsets.end));
    setErrors({});
  }

  const errorText = (k: string) => errors[k]?.join(' ');
  const formError = [...(errors._form ?? []), ...(errors.version ?? []), ...(errors.claimId ?? [])].join(' ');

  return (
    <div className="mt-2">
      <button type="button" className="text-xs text-stone-700 underline max-lg:min-h-11" aria-expanded={open} aria-controls={id} onClick={toggle}>
        {t('toggle')}
      </button>
      {open ? (
        <div id={id} className="mt-2 flex flex-col gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void run(t('whatSpeaker', { name: speaker.trim() }), () => changeSpeakerAction(null, { claimId: claim.id, version: claim.version, speaker }));
            }}
          >
            <div className="flex min-w-48 flex-1 flex-col">
              <label htmlFor={`${uid}-speaker`} className="text-xs text-stone-600">
                {t('speaker')}
              </label>
              <input
                id={`${uid}-speaker`}
                list={`${uid}-speakers`}
                value={speaker}
                onChange={(e) => setSpeaker(e.target.value)}
                className={inputClass}
                aria-invalid={errors.speaker ? true : undefined}
                aria-describedby={`${uid}-speaker-error`}
              />
              <datalist id={`${uid}-speakers`}>
                {names.map((n) => (
                  <option key={n} value={n} />
                ))}
              </datalist>
            </div>
            <button type="submit" className={secondaryButtonClass} disabled={busy}>
              {t('changeSpeaker')}
            </button>
            <p id={`${uid}-speaker-error`} aria-live="polite" className="basis-full text-xs text-red-700">
              {errorText('speaker')}
            </p>
          </form>

          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void run(t('whatSpan'), () => changeSpanAction(null, { claimId: claim.id, version: claim.version, start, end }));
            }}
          >
            <div className="flex w-24 flex-col">
              <label htmlFor={`${uid}-start`} className="text-xs text-stone-600">
                {t('start')}
              </label>
              <input id={`${uid}-start`} inputMode="numeric" value={start} onChange={(e) => setStart(e.target.value)} className={inputClass} aria-invalid={errors.start ? true : undefined} aria-describedby={`${uid}-span-error`} />
            </div>
            <div className="flex w-24 flex-col">
              <label htmlFor={`${uid}-end`} className="text-xs text-stone-600">
                {t('end')}
              </label>
              <input id={`${uid}-end`} inputMode="numeric" value={end} onChange={(e) => setEnd(e.target.value)} className={inputClass} aria-invalid={errors.end ? true : undefined} aria-describedby={`${uid}-span-error`} />
            </div>
            <button type="button" className={secondaryButtonClass} onClick={takeSelection}>
              {t('useSelection')}
            </button>
            <button type="submit" className={secondaryButtonClass} disabled={busy}>
              {t('adjustSpan')}
            </button>
            <p id={`${uid}-span-error`} aria-live="polite" className="basis-full text-xs text-red-700">
              {[errorText('start'), errorText('end')].filter(Boolean).join(' ')}
            </p>
          </form>

          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={busy}
              onClick={() => run(t('whatMerged'), () => mergeWithNextAction(null, { claimId: claim.id, version: claim.version }))}
            >
              {t('merge')}
            </button>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={busy}
              onClick={() => run(t('whatHidden'), () => hideClaimAction(null, { claimId: claim.id, version: claim.version }))}
            >
              {t('hide')}
            </button>
          </div>
          <p aria-live="polite" className="text-xs">
            {formError ? <span className="text-red-700">{formError}</span> : <span className="text-green-800">{message}</span>}
          </p>
        </div>
      ) : null}
    </div>
  );
}
