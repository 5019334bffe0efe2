'use client';
import { useActionState, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionState } from '@/server/action';
import type { SourceSummary } from '@/lib/sources/types';
import { SOURCE_KINDS } from '@/lib/vocab';
import type { AddedSource } from '@/server/source-definitions';
import { addSourceAction, attachSourceAction } from '@/server/actions/sources';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { useSourceCheck } from './source-check-context';
import { VerdictBadge } from './verdict-badge';

/** Languages offered for a source (named in sources.languageName); the API takes any ISO 639 code. */
const LANGUAGE_CHOICES = ['auto', 'en', 'id', 'ru', 'ko', 'zh', 'ar', 'fr', 'de', 'es'] as const;

/** The ICU values of the match counts line (sources.panel.counts). */
function countValues(counts: Record<string, number>) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { total, exact: counts.exact ?? 0, close: counts.close ?? 0, altered: counts.altered ?? 0, notFound: counts.not_found ?? 0 };
}

/**
 * The article's primary sources: what is attached and how the claims matched, attaching one
 * from the desk's library, or adding a new one (pasted text or a .txt, .md, .html or .pdf file).
 */
export function SourcePanel({ library }: { library: SourceSummary[] }) {
  const t = useTranslations('sources');
  const ctx = useSourceCheck();
  const router = useRouter();
  const [choice, setChoice] = useState('');
  const [attachMessage, setAttachMessage] = useState('');
  const [attachError, setAttachError] = useState('');
  const [attaching, setAttaching] = useState(false);
  const [state, formAction, pending] = useActionState(async (prev: ActionState<AddedSource> | null, form: FormData) => {
    const file = form.get('file');
    if (file instanceof File && file.size === 0 && !file.name) form.delete('file');
    const res = await addSourceAction(prev, form);
    if (res.ok) router.refresh();
    return res;
  }, null);
  if (!ctx) return null;
  const attachedIds = new Set(ctx.sources.map((s) => s.id));
  const available = library.filter((s) => !attachedIds.has(s.id));
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  async function attach() {
    if (!choice) {
      setAttachError(t('panel.chooseFirst'));
      return;
    }
    setAttaching(true);
    const res = await attachSourceAction(null, { articleId: ctx!.articleId, sourceId: choice });
    setAttaching(false);
    if (!res.ok) {
      setAttachError(res.message);
      return;
    }
    setAttachError('');
    setChoice('');
    setAttachMessage(res.data.sameLanguage ? t('panel.attachedMatches', { counts: t('panel.counts', countValues(res.data.matches)) }) : t('panel.attachedForeign'));
    router.refresh();
  }

  return (
    <section aria-labelledby="sources-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="sources-heading" className="text-base font-semibold">
        {t('panel.heading')}
      </h2>
      <p className="text-xs text-stone-600">{t('panel.intro')}</p>
      {ctx.sources.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">{t('panel.none')}</p>
      ) : (
        <ul aria-label={t('panel.attached')} className="mt-2 flex flex-col gap-1 text-sm">
          {ctx.sources.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{s.title}</span>
              <span className="text-xs text-stone-600">
                {t('kind', { kind: s.kind })} · {s.language}
                {s.date ? ` · ${s.date}` : ''}
              </span>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer nofollow" className="text-xs text-accent underline">
                  {t('panel.open')}<span className="sr-only"> {s.title}</span>
                </a>
              ) : null}
              {s.sameLanguage ? (
                <span className="flex flex-wrap items-center gap-1 text-xs">
                  <span className="sr-only">{t('panel.matches', { counts: t('panel.counts', countValues(s.counts)) })}</span>
                  <span aria-hidden="true" className="flex flex-wrap items-center gap-1">
                    <VerdictBadge verdict="exact" /> {s.counts.exact} <VerdictBadge verdict="close" /> {s.counts.close} <VerdictBadge verdict="altered" /> {s.counts.altered}{' '}
                    <VerdictBadge verdict="not_found" /> {s.counts.not_found}
                  </span>
                </span>
              ) : (
                <span className="text-xs text-amber-800">{t('panel.otherLanguage')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {ctx.canReview ? (
        <div className="mt-3 flex flex-col gap-3">
          {available.length > 0 ? (
            <div className="flex flex-wrap items-end gap-2">
              <div className="flex flex-col">
                <label htmlFor="attach-source" className="text-sm font-medium">
                  {t('panel.attachLabel')}
                </label>
                <select id="attach-source" value={choice} onChange={(e) => setChoice(e.target.value)} className={inputClass} aria-describedby="attach-source-status">
                  <option value="">{t('panel.choose')}</option>
                  {available.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title} ({s.language}{s.date ? `, ${s.date}` : ''})
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className={secondaryButtonClass} onClick={attach} disabled={attaching}>
                {attaching ? t('panel.attaching') : t('panel.attach')}
              </button>
            </div>
          ) : null}
          <p id="attach-source-status" aria-live="polite" className="text-sm">
            {attachError ? <span className="text-red-700">{attachError}</span> : <span className="text-green-800">{attachMessage}</span>}
          </p>
          <details>
            <summary className="cursor-pointer text-sm font-medium text-accent max-lg:flex max-lg:min-h-11 max-lg:items-center">{t('panel.addNew')}</summary>
            <form action={formAction} className="mt-2 flex flex-col gap-3" noValidate>
              <input type="hidden" name="articleId" value={ctx.articleId} />
              <p role="alert" aria-live="assertive" className="text-sm font-medium text-red-700">
                {state && !state.ok ? state.message : ''}
              </p>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field id="source-title" label={t('panel.sourceTitle')} errors={errors.title}>
                  {(p) => <input {...p} name="title" className={inputClass} maxLength={300} required />}
                </Field>
                <Field id="source-kind" label={t('panel.kind')} errors={errors.kind}>
                  {(p) => (
                    <select {...p} name="kind" className={inputClass} defaultValue="transcript">
                      {SOURCE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t('kind', { kind: k })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id="source-url" label={t('panel.url')} errors={errors.url} hint={t('panel.urlHint')}>
                  {(p) => <input {...p} type="url" name="url" placeholder="https://" className={inputClass} />}
                </Field>
                <Field id="source-date" label={t('panel.date')} errors={errors.date} hint={t('panel.dateHint')}>
                  {(p) => <input {...p} type="date" name="date" className={inputClass} />}
                </Field>
                <Field id="source-language" label={t('panel.language')} errors={errors.language}>
                  {(p) => (
                    <select {...p} name="language" className={inputClass} defaultValue="auto">
                      {LANGUAGE_CHOICES.map((v) => (
                        <option key={v} value={v}>
                          {t('languageName', { language: v })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <Field id="source-text" label={t('panel.text')} errors={errors.text} hint={t('panel.textHint')}>
                {(p) => <textarea {...p} name="text" rows={6} className={inputClass} />}
              </Field>
              <Field id="source-file" label={t('panel.file')} errors={errors.file} hint={t('panel.fileHint')}>
                {(p) => <input {...p} type="file" name="file" accept=".txt,.md,.html,.htm,.pdf" className="text-sm max-lg:min-h-11" />}
              </Field>
              <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
                {pending ? t('panel.adding') : t('panel.submit')}
              </button>
              <p aria-live="polite" className="text-sm text-green-800">
                {state?.ok ? t('panel.added', { duplicate: state.data.duplicate ? 'yes' : 'no', title: state.data.title }) : ''}
              </p>
            </form>
          </details>
        </div>
      ) : null}
    </section>
  );
}
