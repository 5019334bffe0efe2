'use client';
import { useTranslations } from 'next-intl';
import { addUserAction } from '@/server/actions/users';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { ROLES } from '@/lib/vocab';
import { useFormAction } from '@/components/ui/use-form-action';

export function AddUserForm() {
  const t = useTranslations('users.add');
  const tc = useTranslations('common');
  const { state, onSubmit, pending, formRef, fieldErrors: errors } = useFormAction(addUserAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <Field id="new-name" label={t('name')} errors={errors.name}>
        {(p) => <input {...p} name="name" className={inputClass} />}
      </Field>
      <Field id="new-email" label={t('email')} errors={errors.email}>
        {(p) => <input {...p} name="email" type="email" className={inputClass} />}
      </Field>
      <Field id="new-password" label={t('password')} hint={t('passwordHint')} errors={errors.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="new-role" label={t('role')} errors={errors.role}>
        {(p) => (
          <select {...p} name="role" defaultValue="reviewer" className={inputClass}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tc('role', { role: r })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p role="status" aria-live="polite" className={`text-sm ${state?.ok ? 'text-green-800' : 'text-red-700'}`}>
        {state ? (state.ok ? state.message : state.fieldErrors ? '' : state.message) : ''}
      </p>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
