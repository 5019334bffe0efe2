'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, buttonClass, inputClass } from '@/components/ui/field';

/** Origin refusals from the auth library: the page's address is not one the desk accepts. */
const ORIGIN_REFUSALS = ['INVALID_ORIGIN', 'MISSING_OR_NULL_ORIGIN', 'CROSS_SITE_NAVIGATION_LOGIN_BLOCKED'];

type Translate = ReturnType<typeof useTranslations<'signIn'>>;

/** Says why a sign-in was refused; a wrong password is only one of the reasons. */
async function refusalMessage(res: Response, t: Translate): Promise<string> {
  const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  if (res.status === 429) return body?.message ?? t('tooMany');
  if (res.status === 403 && body?.code && ORIGIN_REFUSALS.includes(body.code)) {
    return t('originRefused', { origin: window.location.origin });
  }
  if (res.status === 401) return t('wrongPassword');
  return body?.message ? t('failedWith', { message: body.message }) : t('failedStatus', { status: res.status });
}

/**
 * Posts to the auth library's own endpoint (not a server action) so that sign-in goes through the
 * desk's sign-in limiter and the auth library's origin check, which server-side calls skip.
 */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('signIn');
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError('');
    try {
      const res = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      });
      if (res.ok) {
        window.location.assign(next);
        return;
      }
      setError(await refusalMessage(res, t));
    } catch {
      setError(t('unreachable'));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <Field id="email" label={t('email')}>
        {(p) => <input {...p} name="email" type="email" autoComplete="username" className={inputClass} required />}
      </Field>
      <Field id="password" label={t('password')}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" className={inputClass} required />}
      </Field>
      <p role="alert" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t('signingIn') : t('submit')}
      </button>
    </form>
  );
}
