// zod schemas for importing and updating articles, correcting claims and managing speakers.
// Shared by server actions and the ingest command.
import { z } from 'zod';
import { CLAIM_KINDS, LANGUAGES, SPEAKER_TYPES } from './vocab';
import { keyed } from './i18n/keyed';
import { httpUrl, idSchema, storedText, versionSchema } from './validation';

/** Form fields arrive as '' when left empty: treat that as "not given". */
function optionalText(max: number, label: string) {
  return storedText({ label, max })
    .optional()
    .transform((v) => (v ? v : null));
}

export const articleTitleSchema = optionalText(300, keyed('importing.fields.title'));

export const articleUrlSchema = httpUrl(keyed('server.fields.url'), keyed('importing.validation.url'))
  .optional()
  .transform((v) => (v ? v : null));

export const publishedAtSchema = z
  .string({ error: keyed('importing.validation.dateText') })
  .trim()
  .optional()
  .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), {
    error: keyed('importing.validation.date'),
  })
  .transform((v) => (v ? v : null));

export const languageChoiceSchema = z
  .enum(['auto', ...LANGUAGES], { error: keyed('importing.validation.language') })
  .optional()
  .transform((v) => (v === 'auto' || v === undefined ? null : v));

/** An uploaded file, as the server action receives it. A form whose file input was left empty
 * still sends an empty part, which arrives as an empty File named "" or "blob": that is no file. */
const uploadSchema = z
  .custom<File>((v) => typeof File !== 'undefined' && v instanceof File, { error: keyed('importing.validation.file') })
  .optional()
  .transform((f) => (f && (f.size > 0 || (f.name !== '' && f.name !== 'blob')) ? f : null));

export const importArticleSchema = z.object({
  text: z.string({ error: keyed('importing.validation.text') }).optional().default(''),
  file: uploadSchema,
  title: articleTitleSchema,
  outlet: optionalText(200, keyed('importing.fields.outlet')),
  url: articleUrlSchema,
  publishedAt: publishedAtSchema,
  language: languageChoiceSchema,
});
export type ImportArticleInput = z.output<typeof importArticleSchema>;

export const updateArticleSchema = z.object({
  articleId: idSchema,
  text: z.string({ error: keyed('importing.validation.text') }).optional().default(''),
  file: uploadSchema,
});

const offsetSchema = z.coerce
  .number({ error: keyed('server.validation.number') })
  .int({ error: keyed('server.validation.wholeNumber') })
  .min(0, { error: keyed('server.validation.notNegative') })
  .max(10_000_000, { error: keyed('server.corrections.beyondEnd') });

export const speakerNameSchema = storedText({ label: keyed('server.fields.speaker'), max: 200, required: true });

export const addClaimSchema = z
  .object({
    articleId: idSchema,
    start: offsetSchema,
    end: offsetSchema,
    kind: z.enum(CLAIM_KINDS, { error: keyed('server.validation.kind') }),
    speaker: optionalText(200, keyed('server.fields.speaker')),
  })
  .refine((v) => v.end > v.start, { error: keyed('server.validation.endAfterStart'), path: ['end'] });

export const changeSpeakerSchema = z.object({ claimId: idSchema, version: versionSchema, speaker: speakerNameSchema });

export const changeSpanSchema = z
  .object({ claimId: idSchema, version: versionSchema, start: offsetSchema, end: offsetSchema })
  .refine((v) => v.end > v.start, { error: keyed('server.validation.endAfterStart'), path: ['end'] });

export const claimVersionSchema = z.object({ claimId: idSchema, version: versionSchema });
export const claimIdSchema = z.object({ claimId: idSchema });
export const articleIdSchema = z.object({ articleId: idSchema });

export const renameSpeakerSchema = z.object({
  speakerId: idSchema,
  name: speakerNameSchema,
  role: optionalText(200, keyed('speakers.server.roleField')),
  // The form's "Not known" is the empty choice; absent leaves the kind as it is.
  type: z
    .union([z.literal('').transform(() => null), z.enum(SPEAKER_TYPES)], { error: keyed('speakers.server.chooseType') })
    .optional(),
});

export const mergeSpeakersSchema = z
  .object({
    fromId: idSchema,
    // The form starts with no speaker chosen, so a stray click never merges anyone.
    intoId: z.union([z.literal('').transform(() => 0), idSchema], { error: keyed('speakers.server.chooseInto') }).refine((v) => v > 0, { error: keyed('speakers.server.chooseInto') }),
  })
  .refine((v) => v.fromId !== v.intoId, { error: keyed('speakers.server.chooseDifferent'), path: ['intoId'] });
