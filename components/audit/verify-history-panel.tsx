'use client';
import { useActionState } from 'react';
import { verifyHistoryAction } from '@/server/actions/audit';
import { buttonClass } from '@/components/ui/field';

export function VerifyHistoryPanel() {
  const [state, action, pending] = useActionState(verifyHistoryAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        {pending ? 'Checking…' : 'Check the history chain'}
      </button>
      <div role="status" aria-live="polite">
        {state?.ok ? (
          state.data.intact ? (
            <p className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
              ✓ History intact: all {state.data.checked} events verified.
            </p>
          ) : (
            <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
              ✗ History broken at event {state.data.firstBadEventId}: it was changed or removed outside the app after{' '}
              {state.data.checked} intact events.
            </p>
          )
        ) : state ? (
          <p className="text-red-700">{state.message}</p>
        ) : null}
      </div>
    </form>
  );
}
