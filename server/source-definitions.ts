// Source-check mutations, defined once for the server actions (UI) and the JSON API, so both go
// through the same authorize → validate → transaction + audit path as reviews.
import 'server-only';
import type { z } from 'zod';
import { getDb } from '@/db/queries/connection';
import { addPassageEvidence, applySameVerdict, attachSource, insertSource } from '@/db/queries/sources';
import { contentHash, normaliseBody } from '@/lib/articles/text';
import { detectLanguage } from '@/lib/extract';
import { prepareSourceFile, prepareSourceText } from '@/lib/sources/input';
import type { VerdictCounts } from '@/lib/sources/types';
import type { ClaimChangeOutcome, ClaimView } from '@/lib/claim-types';
import { REVIEWER_ROLES } from '@/lib/vocab';
import { keyed } from '@/lib/i18n/keyed';
import { actorOf, claimChangeResult, claimOf } from './outcome';
import { fail, succeed, type ActionDefinition, type HandlerResult } from './action';
import { refuseWhenFrozen } from './publish-guard';
import type { CurrentUser } from './auth';
import { addSourceFormSchema, addSourceJsonSchema, applyVerdictSchema, attachSourceSchema, passageEvidenceSchema } from '@/lib/validation-sources';



export type AddedSource = { id: number; duplicate: boolean; title: string; attach?: AttachResult };
export type AttachResult = { articleId: number; sourceId: number; attached: boolean; sameLanguage: boolean; matches: VerdictCounts };

/** Stores checked text as a source (or finds the same text in the library). */
function storeSource(input: z.output<typeof addSourceJsonSchema>, text: string, user: CurrentUser): AddedSource {
  const body = normaliseBody(text);
  const { source, duplicate } = insertSource(getDb(), {
    source: { title: input.title, kind: input.kind, url: input.url, date: input.date, language: input.language ?? detectLanguage(body), body, contentHash: contentHash(body) },
    actor: actorOf(user),
  });
  return { id: source.id, duplicate, title: source.title };
}

function attach(articleId: number, sourceId: number, user: CurrentUser): HandlerResult<AttachResult> {
  const outcome = attachSource(getDb(), { articleId, sourceId, actor: actorOf(user) });
  if (!outcome.ok) return fail('not_found', outcome.what === 'article' ? keyed('sources.server.articleNotFound') : keyed('sources.server.sourceNotFound'));
  return succeed({ articleId, sourceId, attached: outcome.attached, sameLanguage: outcome.sameLanguage, matches: outcome.counts });
}

export const addSourceJsonDefinition: ActionDefinition<typeof addSourceJsonSchema, AddedSource> = {
  name: 'addSource',
  roles: REVIEWER_ROLES,
  schema: addSourceJsonSchema,
  handler: (input, { user }) => {
    const prepared = prepareSourceText(input.text);
    if (!prepared.ok) return fail('invalid', prepared.message, { fieldErrors: { text: [prepared.message] } });
    return succeed(storeSource(input, prepared.text, user));
  },
};

export const addSourceFormDefinition: ActionDefinition<typeof addSourceFormSchema, AddedSource> = {
  name: 'addSource',
  roles: REVIEWER_ROLES,
  schema: addSourceFormSchema,
  handler: async (input, { user }) => {
    const field = input.file ? 'file' : 'text';
    const prepared = input.file ? await prepareSourceFile(input.file.name, new Uint8Array(await input.file.arrayBuffer())) : prepareSourceText(input.text);
    if (!prepared.ok) return fail('invalid', prepared.message, { fieldErrors: { [field]: [prepared.message] } });
    const added = storeSource(input, prepared.text, user);
    if (!input.articleId) return succeed(added);
    const attached = attach(input.articleId, added.id, user);
    return attached.ok ? succeed({ ...added, attach: attached.data }) : attached;
  },
  revalidate: (input) => (input.articleId ? [`/articles/${input.articleId}`] : []),
};

export const attachSourceDefinition: ActionDefinition<typeof attachSourceSchema, AttachResult> = {
  name: 'attachSource',
  roles: REVIEWER_ROLES,
  schema: attachSourceSchema,
  handler: (input, { user }) => attach(input.articleId, input.sourceId, user),
  revalidate: (input) => [`/articles/${input.articleId}`],
};

function toResult(outcome: ClaimChangeOutcome | { ok: false; reason: 'bad_passage'; message: string }): HandlerResult<ClaimView> {
  if (!outcome.ok && outcome.reason === 'bad_passage') return fail('invalid', outcome.message, { fieldErrors: { end: [outcome.message] } });
  return claimChangeResult(outcome, claimOf, keyed('sources.server.claimOrSource'));
}

export const passageEvidenceDefinition: ActionDefinition<typeof passageEvidenceSchema, ClaimView> = {
  name: 'usePassageAsEvidence',
  roles: REVIEWER_ROLES,
  schema: passageEvidenceSchema,
  // Evidence and copied verdicts change the review: a signed-off review refuses them too.
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(addPassageEvidence(getDb(), { ...input, actor: actorOf(user) })),
};

export const applyVerdictDefinition: ActionDefinition<typeof applyVerdictSchema, ClaimView> = {
  name: 'applySameVerdict',
  roles: REVIEWER_ROLES,
  schema: applyVerdictSchema,
  // Evidence and copied verdicts change the review: a signed-off review refuses them too.
  guard: refuseWhenFrozen,
  handler: (input, { user }) => toResult(applySameVerdict(getDb(), { ...input, actor: actorOf(user) })),
};
