'use server';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/queries/connection';
import { fail, formDataToObject, serverAction, succeed, type ActionDefinition, type ActionState } from '@/server/action';
import { actorOf } from '@/server/outcome';
import { REVIEWER_ROLES } from '@/lib/vocab';
import { prepareFormInput, titleFromText } from '@/lib/articles/ingest-input';
import { importOrUpdate, updateNoticeQuery } from '@/server/articles/update';
import { importArticleSchema } from '@/lib/validation-articles';
import { refuseWhenUrlFrozen } from '@/server/publish-guard';
import { keyedInputMessage } from '@/lib/articles/input-keys';

type Imported = { articleId: number; kind: 'created' | 'duplicate' | 'updated'; query: string };

const importDefinition: ActionDefinition<typeof importArticleSchema, Imported> = {
  name: 'importArticle',
  roles: REVIEWER_ROLES,
  schema: importArticleSchema,
  guard: refuseWhenUrlFrozen,
  handler: async (input, { user }) => {
    const { field, result } = await prepareFormInput(input);
    if (!result.ok) {
      const message = keyedInputMessage(result.message);
      return fail('invalid', message, { fieldErrors: { [field]: [message] } });
    }
    const outcome = importOrUpdate(getDb(), {
      body: result.text,
      title: input.title ?? result.title ?? titleFromText(result.text),
      outlet: input.outlet,
      url: input.url,
      publishedAt: input.publishedAt,
      language: input.language ?? (result.language === 'id' || result.language === 'en' ? result.language : null),
      createdBy: user.id,
      actor: actorOf(user),
    });
    const query =
      outcome.kind === 'duplicate'
        ? '?existing=1'
        : outcome.kind === 'updated'
          ? updateNoticeQuery(outcome.version, outcome.counts)
          : `?imported=${outcome.claims}`;
    return succeed({ articleId: outcome.article.id, kind: outcome.kind, query });
  },
  revalidate: () => ['/'],
};

const runImport = serverAction(importDefinition);

/** The form posts FormData; the file is passed on as a File (formDataToObject keeps only names). */
export async function importArticleAction(prev: ActionState<Imported> | null, form: FormData): Promise<ActionState<Imported>> {
  const state = await runImport(prev, { ...formDataToObject(form), file: form.get('file') ?? undefined });
  if (state.ok) redirect(`/articles/${state.data.articleId}${state.data.query}`);
  return state;
}
