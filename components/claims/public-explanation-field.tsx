'use client';
// What readers will see of a claim (separate from the internal note), and the reason a claim is
// set aside from the sign-off and the public page. Loaded when opened: a 2,000-claim page does not
// fetch 2,000 of them up front.
import { useState, type FormEvent } from 'react';
import { getPublicFieldsAction, savePublicFieldsAction } from '@/app/(app)/articles/[id]/publish-actions';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import type { ReviewStatus } from '@/lib/vocab';
import { useTranslations } from 'next-intl';

type Fields = { explanation: string; setAsideReason: string };

export function PublicExplanationField({ claimId, status, canReview }: { claimId: number; status: ReviewStatus; canReview: boolean }) {
  const t = useTranslations('claims.public');
  const [fields, setFields] = useState<Fields | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const required = status === 'disputed' || status === 'needs_source';

  async function load(open: boolean) {
    if (!open || fields) return;
    const res = await getPublicFieldsAction(null, { claimId });
    if (res.ok) setFields({ explanation: res.data.explanation, setAsideReason: res.data.setAsideReason ?? '' });
    else setError(res.message);
  }

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!fields) return;
    setBusy(true);
    const res = await savePublicFieldsAction(null, { claimId, ...fields });
    setBusy(false);
    if (res.ok) {
      setError('');
      setMessage(t('saved'));
    } else {
      setMessage('');
      setError(Object.values(res.fieldErrors ?? {}).flat().join(' ') || res.message);
    }
  }

  const id = `public-${claimId}`;
  return (
    <details className="mt-2 rounded-md border border-stone-200 px-3 py-2 text-sm" onToggle={(e) => void load(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium max-lg:flex max-lg:min-h-11 max-lg:items-center">
        {t('summary')}
        {required ? <span className="font-normal text-stone-600"> {t('required')}</span> : null}
      </summary>
      {fields ? (
        <form onSubmit={save} className="mt-2 flex flex-col gap-2" noValidate>
          <label htmlFor={`${id}-text`} className="font-medium">
            {t('explanation')}
          </label>
          <textarea
            id={`${id}-text`}
            value={fields.explanation}
            onChange={(e) => setFields({ ...fields, explanation: e.target.value })}
            disabled={!canReview}
            rows={3}
            maxLength={3000}
            aria-describedby={`${id}-hint ${id}-status`}
            className={inputClass}
          />
          <p id={`${id}-hint`} className="text-xs text-stone-600">
            {t('hint')}
          </p>
          <label htmlFor={`${id}-aside`} className="font-medium">
            {t('setAside')}
          </label>
          <input
            id={`${id}-aside`}
            value={fields.setAsideReason}
            onChange={(e) => setFields({ ...fields, setAsideReason: e.target.value })}
            disabled={!canReview}
            maxLength={500}
            placeholder={t('setAsidePlaceholder')}
            aria-describedby={`${id}-status`}
            className={inputClass}
          />
          {canReview ? (
            <button type="submit" disabled={busy} className={`${secondaryButtonClass} self-start`}>
              {t('save')}
            </button>
          ) : null}
        </form>
      ) : null}
      <p id={`${id}-status`} role="status" aria-live="polite" className="text-sm">
        {error ? <span className="text-red-700">{error}</span> : <span className="text-green-800">{message}</span>}
      </p>
    </details>
  );
}
