'use server';
import { getDb } from '@/db/queries/connection';
import { mergeSpeakers } from '@/db/queries/corrections';
import { renameSpeaker } from '@/db/queries/speakers';
import { fail, serverAction, succeed } from '@/server/action';
import { actorOf } from '@/server/outcome';
import { keyed } from '@/lib/i18n/keyed';
import { REVIEWER_ROLES } from '@/lib/vocab';
import { mergeSpeakersSchema, renameSpeakerSchema } from '@/lib/validation-articles';


// Pages that show speakers are dynamic (rendered per request); the form refreshes its own page.
const EVERYWHERE = ['/speakers'];

export const renameSpeakerAction = serverAction({
  name: 'renameSpeaker',
  roles: REVIEWER_ROLES,
  schema: renameSpeakerSchema,
  handler: (input) => {
    const result = getDb().transaction((tx) => renameSpeaker(tx, input), { behavior: 'immediate' });
    return result.ok ? succeed({ name: result.speaker.name }, keyed('speakers.server.renamed', { name: result.speaker.name })) : fail('invalid', result.message, { fieldErrors: { name: [result.message] } });
  },
  revalidate: () => EVERYWHERE,
});

export const mergeSpeakersAction = serverAction({
  name: 'mergeSpeakers',
  roles: REVIEWER_ROLES,
  schema: mergeSpeakersSchema,
  handler: (input, { user }) => {
    const result = mergeSpeakers(getDb(), { ...input, actor: actorOf(user) });
    return result.ok
      ? succeed({ moved: result.moved }, keyed('speakers.server.merged', { moved: result.moved }))
      : fail('invalid', result.message, { fieldErrors: { intoId: [result.message] } });
  },
  revalidate: () => EVERYWHERE,
});
