'use client';
import { useState } from 'react';
import { Field, buttonClass, inputClass } from '@/components/ui/field';

/**
 * Posts to the auth library's own endpoint (not a server action) so that sign-in goes through its
 * rate limiter; server-side API calls are never rate-limited.
 */
export function SignInForm({ next }: { next: string }) {
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
      setError(
        res.status === 429
          ? 'Too many sign-in attempts. Wait a minute and try again.'
          : 'The email or password is incorrect.',
      );
    } catch {
      setError('The desk could not be reached. Check your connection and try again.');
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <Field id="email" label="Email">
        {(p) => <input {...p} name="email" type="email" autoComplete="username" className={inputClass} required />}
      </Field>
      <Field id="password" label="Password">
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" className={inputClass} required />}
      </Field>
      <p role="alert" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
