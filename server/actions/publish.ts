'use server';
// Sign-off, reopen, publish, unpublish (editors: the admin role) and the public fields of a claim
// (reviewers), all through the one authorize → validate → transaction + audit path.
import { getDb } from '@/db/queries/connection';
import { organizationFromEnv } from '@/db/queries/report';
import { getPublicFields, publish, reopen, savePublicFields, signOff, unpublish, type PublishOutcome } from '@/db/queries/publish';
import { fail, serverAction, succeed, type HandlerResult } from '@/server/action';
import { refuseWhenFrozen } from '@/server/publish-guard';
import { parsePublicBaseUrl } from '@/lib/publish/rules';
import { claimIdSchema } from '@/lib/validation-articles';
import { publicFieldsSchema, publishArticleSchema, reopenSchema, signOffSchema } from '@/lib/validation-publish';
import { EDITOR_ROLES, REVIEWER_ROLES } from '@/lib/vocab';
import { actorOf } from '@/server/outcome';
import { keyed } from '@/lib/i18n/keyed';


function toResult<T>(outcome: PublishOutcome<T>, message?: string): HandlerResult<T> {
  if (outcome.ok) return succeed(outcome.data, message);
  if (outcome.reason === 'not_found') return fail('not_found', outcome.message);
  return fail('invalid', outcome.message, { fieldErrors: outcome.fieldErrors ?? { _form: [outcome.message] } });
}

const articlePaths = (input: { articleId: number }) => [`/articles/${input.articleId}`];

export const signOffAction = serverAction({
  name: 'signOff',
  roles: EDITOR_ROLES,
  schema: signOffSchema,
  handler: (input, { user }) =>
    toResult(signOff(getDb(), { ...input, actor: actorOf(user), organization: organizationFromEnv() }), keyed('signOff.done.signedOff')),
  revalidate: articlePaths,
});

export const reopenAction = serverAction({
  name: 'reopenReview',
  roles: EDITOR_ROLES,
  schema: reopenSchema,
  handler: (input, { user }) => toResult(reopen(getDb(), { ...input, actor: actorOf(user) }), keyed('signOff.done.reopened')),
  revalidate: articlePaths,
});

export const publishAction = serverAction({
  name: 'publishReview',
  roles: EDITOR_ROLES,
  schema: publishArticleSchema,
  handler: (input, { user }) => {
    const base = parsePublicBaseUrl(process.env.PUBLIC_URL);
    if (!base.ok) return fail('invalid', base.message, { fieldErrors: { _form: [base.message] } });
    return toResult(publish(getDb(), { ...input, actor: actorOf(user), publicBase: base.base, organization: organizationFromEnv() }), keyed('signOff.done.published'));
  },
  revalidate: articlePaths,
});

export const unpublishAction = serverAction({
  name: 'unpublishReview',
  roles: EDITOR_ROLES,
  schema: publishArticleSchema,
  handler: (input, { user }) => toResult(unpublish(getDb(), { ...input, actor: actorOf(user) }), keyed('signOff.done.unpublished')),
  revalidate: articlePaths,
});

export const savePublicFieldsAction = serverAction({
  name: 'savePublicFields',
  roles: REVIEWER_ROLES,
  schema: publicFieldsSchema,
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(savePublicFields(getDb(), { ...input, actor: actorOf(user) }), keyed('signOff.done.saved')),
});

/** Any signed-in role may read them: viewers see what readers will see. */
export const getPublicFieldsAction = serverAction({
  name: 'getPublicFields',
  roles: ['admin', 'reviewer', 'viewer'],
  schema: claimIdSchema,
  handler: ({ claimId }) => succeed(getPublicFields(getDb(), { claimId })),
});
