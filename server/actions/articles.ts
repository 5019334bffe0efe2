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
import { keyedInputMessage } from '@/lib/articles/input-keys';
import { keyed } from '@/lib/i18n/keyed';

type Updated = { articleId: number; version: number; counts: UpdateCounts };

const updateDefinition: ActionDefinition<typeof updateArticleSchema, Updated> = {
  name: 'updateArticleText',
  roles: REVIEWER_ROLES,
  schema: updateArticleSchema,
  guard: refuseWhenFrozen,
  handler: async (input, { user }) => {
    const { field, result } = await prepareFormInput(input);
    if (!result.ok) {
      const message = keyedInputMessage(result.message);
      return fail('invalid', message, { fieldErrors: { [field]: [message] } });
    }
    const outcome = updateArticleText(getDb(), { articleId: input.articleId, body: result.text, actor: actorOf(user) });
    if (outcome.ok) return succeed({ articleId: input.articleId, version: outcome.version, counts: outcome.counts });
    switch (outcome.reason) {
      case 'not_found':
        return fail('not_found', keyed('versions.server.notFound'));
      case 'same_text': {
        const message = keyed('versions.server.sameText');
        return fail('invalid', message, { fieldErrors: { [field]: [message] } });
      }
      case 'other_article': {
        const message = keyed('versions.server.otherArticle', { title: outcome.existing.title });
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
