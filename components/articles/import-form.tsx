'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionState } from '@/server/action';
import { Field, buttonClass, inputClass } from '@/components/ui/field';

/** Limits and messages come from lib/articles/ingest-input via the page, so the browser bundle
 * does not carry the HTML parser just to know them. */
export type ImportLimits = { maxBytes: number; tooLarge: string; empty: string; unsupported: string; extensions: readonly string[] };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * Checks the browser can make before sending: an oversize upload would otherwise be cut off by the
 * server's request limit before our own message could be given. The server checks everything again.
 */
function precheck(form: FormData, limits: ImportLimits): Record<string, string[]> | null {
  const file = form.get('file');
  if (file instanceof File && (file.size > 0 || file.name)) {
    if (!limits.extensions.includes(extensionOf(file.name))) return { file: [limits.unsupported] };
    if (file.size > limits.maxBytes) return { file: [limits.tooLarge] };
    if (file.size === 0) return { file: [limits.empty] };
    return null;
  }
  const text = String(form.get('text') ?? '');
  if (text.trim() === '') return { text: [limits.empty] };
  if (new TextEncoder().encode(text).byteLength > limits.maxBytes) return { text: [limits.tooLarge] };
  return null;
}

/** "New article" and "Update text": paste the text or upload a file; the new-article form also
 * takes the article's details. */
export function ImportForm<T>({
  action,
  limits,
  mode,
  articleId,
}: {
  action: (prev: ActionState<T> | null, form: FormData) => Promise<ActionState<T>>;
  limits: ImportLimits;
  mode: 'new' | 'update';
  articleId?: number;
}) {
  const t = useTranslations('importing.form');
  const [local, setLocal] = useState<Record<string, string[]> | null>(null);
  const [state, formAction, pending] = useActionState(async (prev: ActionState<T> | null, form: FormData) => {
    const refused = precheck(form, limits);
    setLocal(refused);
    if (refused) return prev;
    // An empty file input still posts an empty part; leave it out so the server reads the text box.
    const file = form.get('file');
    if (file instanceof File && file.size === 0 && !file.name) form.delete('file');
    return action(prev, form);
  }, null as ActionState<T> | null);
  const errors = local ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {});
  const formMessage = local ? t('correct') : state && !state.ok ? state.message : '';

  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      {articleId ? <input type="hidden" name="articleId" value={articleId} /> : null}
      <p role="alert" aria-live="assertive" className="text-sm font-medium text-red-700">
        {formMessage}
      </p>
      <Field id="text" label={t('text')} errors={errors.text} hint={t('textHint')}>
        {(p) => <textarea {...p} name="text" rows={12} className={`${inputClass} font-serif`} />}
      </Field>
      <Field id="file" label={t('file')} errors={errors.file} hint={t('fileHint')}>
        {(p) => <input {...p} type="file" name="file" accept={limits.extensions.join(",")} className="text-sm" />}
      </Field>
      {mode === 'new' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="title" label={t('title')} errors={errors.title} hint={t('titleHint')}>
            {(p) => <input {...p} name="title" className={inputClass} maxLength={300} />}
          </Field>
          <Field id="outlet" label={t('outlet')} errors={errors.outlet}>
            {(p) => <input {...p} name="outlet" className={inputClass} maxLength={200} />}
          </Field>
          <Field id="url" label={t('url')} errors={errors.url} hint={t('urlHint')}>
            {(p) => <input {...p} type="url" name="url" placeholder="https://" className={inputClass} />}
          </Field>
          <Field id="publishedAt" label={t('publishedAt')} errors={errors.publishedAt}>
            {(p) => <input {...p} type="date" name="publishedAt" className={inputClass} />}
          </Field>
          <Field id="language" label={t('language')} errors={errors.language}>
            {(p) => (
              <select {...p} name="language" defaultValue="auto" className={inputClass}>
                <option value="auto">{t('auto')}</option>
                <option value="id">{t('id')}</option>
                <option value="en">{t('en')}</option>
              </select>
            )}
          </Field>
        </div>
      ) : null}
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        {pending ? t('pending', { mode }) : t('submit', { mode })}
      </button>
    </form>
  );
}
