'use client';
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from 'react';
import type { ActionState } from '@/server/action';

/**
 * Like useActionState, but submitted through onSubmit so React does not clear the form after the
 * action: a refused submission keeps what the editor typed. With `resetOnSuccess` the form is
 * cleared once a submission succeeds.
 */
export function useFormAction<T>(
  action: (prev: ActionState<T> | null, form: FormData) => Promise<ActionState<T>>,
  { resetOnSuccess = false }: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState(action, null);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (resetOnSuccess && state?.ok) formRef.current?.reset();
  }, [resetOnSuccess, state]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  }

  const fieldErrors: Record<string, string[]> = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return { state, onSubmit, pending, formRef, fieldErrors };
}
