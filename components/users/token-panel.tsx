'use client';
import { useActionState } from 'react';
import { createTokenAction, revokeTokenAction } from '@/server/actions/users';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

type TokenRow = { id: number; name: string; role: string; createdAt: string; revokedAt: string | null };

function RevokeButton({ token }: { token: TokenRow }) {
  const [, action, pending] = useActionState(revokeTokenAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={token.id} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Revoke token ${token.name}`}>
        Revoke
      </button>
    </form>
  );
}

/** API tokens for newsroom integrations. A new token is shown once; only its hash is kept. */
export function TokenPanel({ tokens }: { tokens: TokenRow[] }) {
  const { state, onSubmit, pending, formRef, fieldErrors: errors } = useFormAction(createTokenAction, { resetOnSuccess: true });
  return (
    <section aria-labelledby="tokens" className="flex flex-col gap-3">
      <h2 id="tokens" className="text-lg font-semibold">API tokens</h2>
      <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
        <Field id="token-name" label="Token name" errors={errors.name}>
          {(p) => <input {...p} name="name" className={inputClass} />}
        </Field>
        <Field id="token-role" label="Token role" errors={errors.role}>
          {(p) => (
            <select {...p} name="role" defaultValue="reviewer" className={inputClass}>
              <option value="reviewer">reviewer</option>
              <option value="viewer">viewer</option>
            </select>
          )}
        </Field>
        <button type="submit" className={`${buttonClass} mb-6`} disabled={pending}>
          Create token
        </button>
      </form>
      {state?.ok ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          Copy this token now; it will not be shown again:{' '}
          <code data-testid="new-token" className="break-all rounded bg-white px-1 font-mono">
            {state.data.token}
          </code>
        </div>
      ) : null}
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white text-sm">
        {tokens.length === 0 ? <li className="p-3 text-stone-600">No tokens yet.</li> : null}
        {tokens.map((t) => (
          <li key={t.id} className="flex items-center justify-between gap-3 p-3">
            <span>
              <strong>{t.name}</strong> · {t.role} · created {t.createdAt.slice(0, 10)}
              {t.revokedAt ? <span className="ml-2 text-red-700">revoked {t.revokedAt.slice(0, 10)}</span> : null}
            </span>
            {t.revokedAt ? null : <RevokeButton token={t} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
