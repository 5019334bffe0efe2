'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createTokenAction, revokeTokenAction } from '@/server/actions/users';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

type TokenRow = { id: number; name: string; role: string; createdAt: string; revokedAt: string | null };

function RevokeButton({ token }: { token: TokenRow }) {
  const t = useTranslations('users.tokens');
  const [, action, pending] = useActionState(revokeTokenAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={token.id} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={t('revokeLabel', { name: token.name })}>
        {t('revoke')}
      </button>
    </form>
  );
}

/** API tokens for newsroom integrations. A new token is shown once; only its hash is kept. */
export function TokenPanel({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations('users.tokens');
  const tc = useTranslations('common');
  const { state, onSubmit, pending, formRef, fieldErrors: errors } = useFormAction(createTokenAction, { resetOnSuccess: true });
  return (
    <section aria-labelledby="tokens" className="flex flex-col gap-3">
      <h2 id="tokens" className="text-lg font-semibold">{t('heading')}</h2>
      <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
        <Field id="token-name" label={t('name')} errors={errors.name}>
          {(p) => <input {...p} name="name" className={inputClass} />}
        </Field>
        <Field id="token-role" label={t('role')} errors={errors.role}>
          {(p) => (
            <select {...p} name="role" defaultValue="reviewer" className={inputClass}>
              <option value="reviewer">{tc('role', { role: 'reviewer' })}</option>
              <option value="viewer">{tc('role', { role: 'viewer' })}</option>
            </select>
          )}
        </Field>
        <button type="submit" className={`${buttonClass} mb-6`} disabled={pending}>
          {t('create')}
        </button>
      </form>
      {state?.ok ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          {t('copyNow')}{' '}
          <code data-testid="new-token" className="break-all rounded bg-white px-1 font-mono">
            {state.data.token}
          </code>
        </div>
      ) : null}
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white text-sm">
        {tokens.length === 0 ? <li className="p-3 text-stone-600">{t('none')}</li> : null}
        {tokens.map((tok) => (
          <li key={tok.id} className="flex items-center justify-between gap-3 p-3">
            <span>
              <strong>{tok.name}</strong> · {tc('role', { role: tok.role })} · {t('created', { date: tok.createdAt.slice(0, 10) })}
              {tok.revokedAt ? <span className="ml-2 text-red-700">{t('revoked', { date: tok.revokedAt.slice(0, 10) })}</span> : null}
            </span>
            {tok.revokedAt ? null : <RevokeButton token={tok} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
