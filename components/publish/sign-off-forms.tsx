'use client';
// The editor's sign-off, reopen, publish and unpublish forms. Each posts to a server action; the
// page re-renders with the new state (the actions revalidate it).
import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { publishAction, reopenAction, signOffAction, unpublishAction } from '@/server/actions/publish';
import type { ActionState } from '@/server/action';

type Change = { claimId: number; label: string };

/** The answer to a submission. The claims a refusal is about are listed by the panel itself. */
function Outcome({ state, id }: { state: ActionState<unknown> | null; id: string }) {
  return (
    <div id={id} role="status" aria-live="polite" className="text-sm empty:hidden">
      {state?.ok && state.message ? <p className="text-green-800">{state.message}</p> : null}
      {state && !state.ok ? <p className="text-red-700">{state.message}</p> : null}
    </div>
  );
}

function SignOffForm({ articleId, changes }: { articleId: number; changes: Change[] }) {
  const t = useTranslations('signOff.form');
  const { state, onSubmit, pending, formRef, fieldErrors } = useFormAction(signOffAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      {changes.map((c) => (
        <Field key={c.claimId} id={`correction-${c.claimId}`} label={c.label} errors={fieldErrors[`correction-${c.claimId}`]}>
          {(props) => <textarea {...props} name={`correction-${c.claimId}`} rows={2} maxLength={1000} className={inputClass} />}
        </Field>
      ))}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`} aria-describedby="signoff-outcome">
        {changes.length > 0 ? t('signOffCorrections') : t('signOff')}
      </button>
      <Outcome state={state} id="signoff-outcome" />
    </form>
  );
}

function ReopenForm({ articleId }: { articleId: number }) {
  const t = useTranslations('signOff.form');
  const { state, onSubmit, pending, formRef, fieldErrors } = useFormAction(reopenAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <Field id="reopen-reason" label={t('reopenReason')} errors={fieldErrors.reason}>
        {(props) => <input {...props} name="reason" maxLength={1000} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className={`${secondaryButtonClass} self-start`}>
        {t('reopen')}
      </button>
      <Outcome state={state && !state.ok && state.fieldErrors?.reason ? null : state} id="reopen-outcome" />
    </form>
  );
}

function OneButtonForm<T>({
  articleId,
  action,
  label,
  primary,
  id,
}: {
  articleId: number;
  action: (prev: ActionState<T> | null, form: FormData) => Promise<ActionState<T>>;
  label: string;
  primary: boolean;
  id: string;
}) {
  const { state, onSubmit, pending, formRef } = useFormAction(action);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" disabled={pending} className={`${primary ? buttonClass : secondaryButtonClass} self-start`}>
        {label}
      </button>
      <Outcome state={state} id={id} />
    </form>
  );
}

export function SignOffForms({
  articleId,
  frozen,
  published,
  publicUrlProblem,
  changes,
}: {
  articleId: number;
  frozen: boolean;
  published: boolean;
  publicUrlProblem: string | null;
  changes: Change[];
}) {
  const t = useTranslations('signOff.form');
  if (!frozen) return <SignOffForm articleId={articleId} changes={changes} />;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start sm:gap-6">
      {published ? (
        <OneButtonForm articleId={articleId} action={unpublishAction} label={t('unpublish')} primary={false} id="unpublish-outcome" />
      ) : (
        <div className="flex flex-col gap-1">
          <OneButtonForm articleId={articleId} action={publishAction} label={t('publish')} primary id="publish-outcome" />
          {publicUrlProblem ? <p className="max-w-md text-xs text-amber-900">{publicUrlProblem}</p> : null}
        </div>
      )}
      <ReopenForm articleId={articleId} />
    </div>
  );
}
