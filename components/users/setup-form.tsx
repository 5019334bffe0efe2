'use client';
import { useTranslations } from 'next-intl';
import { createFirstAdminAction } from '@/server/actions/setup';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

export function SetupForm() {
  const t = useTranslations('setup');
  const { state, onSubmit, pending, fieldErrors: errors } = useFormAction(createFirstAdminAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm" noValidate>
      <Field id="name" label={t('name')} errors={errors.name}>
        {(p) => <input {...p} name="name" autoComplete="name" className={inputClass} required />}
      </Field>
      <Field id="email" label={t('email')} errors={errors.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="email" className={inputClass} required />}
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} errors={errors.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} required />}
      </Field>
      <Field id="confirm" label={t('confirm')} errors={errors.confirm}>
        {(p) => <input {...p} name="confirm" type="password" autoComplete="new-password" className={inputClass} required />}
      </Field>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state && !state.ok && !state.fieldErrors ? state.message : ''}
      </p>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t('creating') : t('submit')}
      </button>
    </form>
  );
}
