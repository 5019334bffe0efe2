'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { verifyHistoryAction } from '@/server/actions/audit';
import { buttonClass } from '@/components/ui/field';

export function VerifyHistoryPanel() {
  const t = useTranslations('audit');
  const [state, action, pending] = useActionState(verifyHistoryAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        {pending ? t('checking') : t('check')}
      </button>
      <div role="status" aria-live="polite">
        {state?.ok ? (
          state.data.intact ? (
            <p className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t('intact', { count: state.data.checked })}</p>
          ) : (
            <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
              {t('broken', { id: state.data.firstBadEventId ?? '?', count: state.data.checked })}
            </p>
          )
        ) : state ? (
          <p className="text-red-700">{state.message}</p>
        ) : null}
      </div>
    </form>
  );
}
