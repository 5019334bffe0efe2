'use server';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/queries/connection';
import { fail, formDataToObject, serverAction, succeed, type ActionDefinition, type ActionState } from '@/server/action';
import { actorOf } from '@/server/outcome';
import { REVIEWER_ROLES } from '@/lib/vocab';
import { prepareFormInput } from '@/lib/articles/ingest-input';
import { updateArticleText, updateNoticeQuery, type UpdateCounts } from '@/server/articles/update';
import { updateArticleSchema } from '@/lib/validation-articles';
import { refuseWhenFrozen } from '@/server/publish-guard';

type Updated = { articleId: number; version: number; counts: UpdateCounts };

const updateDefinition: ActionDefinition<typeof updateArticleSchema, Updated> = {
  name: 'updateArticleText',
  roles: REVIEWER_ROLES,
  schema: updateArticleSchema,
  guard: refuseWhenFrozen,
  handler: async (input, { user }) => {
    const { field, result } = await prepareFormInput(input);
    if (!result.ok) return fail('invalid', result.message, { fieldErrors: { [field]: [result.message] } });
    const outcome = updateArticleText(getDb(), { articleId: input.articleId, body: result.text, actor: actorOf(user) });
    if (outcome.ok) return succeed({ articleId: input.articleId, version: outcome.version, counts: outcome.counts });
    switch (outcome.reason) {
      case 'not_found':
        return fail('not_found', 'This article does not exist.');
      case 'same_text':
        return fail('invalid', 'This is the text the article already has: nothing to update.', { fieldErrors: { [field]: ['This is the text the article already has: nothing to update.'] } });
      case 'other_article': {
        const message = `This text is already another article: “${outcome.existing.title}”.`;
        return fail('conflict', message, { fieldErrors: { [field]: [message] } });
      }
    }
  },
  revalidate: (input) => ['/', `/articles/${input.articleId}`],
};

const runUpdate = serverAction(updateDefinition);

export async function updateArticleAction(prev: ActionState<Updated> | null, form: FormData): Promise<ActionState<Updated>> {
  const state = await runUpdate(prev, { ...formDataToObject(form), file: form.get('file') ?? undefined });
  if (state.ok) {
    redirect(`/articles/${state.data.articleId}${updateNoticeQuery(state.data.version, state.data.counts)}`);
  }
  return state;
}
