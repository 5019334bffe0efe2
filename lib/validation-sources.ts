// zod schemas for the source check: adding sources, attaching them, passages as evidence and
// copying a verdict. Shared by server actions, the JSON API and the command line.
import { z } from 'zod';
import { articleUrlSchema, publishedAtSchema } from './validation-articles';
import { idSchema, versionSchema } from './validation';
import { SOURCE_KINDS } from './vocab';

/** ISO 639-1/-3 code ("en", "id", "ru"); empty or "auto" means detect (Indonesian or English). */
export const sourceLanguageSchema = z
  .string({ error: 'Language must be text.' })
  .trim()
  .toLowerCase()
  .optional()
  .refine((v) => !v || v === 'auto' || /^[a-z]{2,3}$/.test(v), { error: 'Language must be a two- or three-letter code such as en, id or ru.' })
  .transform((v) => (!v || v === 'auto' ? null : v));

const uploadSchema = z
  .custom<File>((v) => typeof File !== 'undefined' && v instanceof File, { error: 'Choose a file.' })
  .optional()
  .transform((f) => (f && (f.size > 0 || (f.name !== '' && f.name !== 'blob')) ? f : null));

const sourceFields = {
  title: z.string({ error: 'Title is required.' }).trim().min(1, { error: 'Give the source a title.' }).max(300, { error: 'Title must be at most 300 characters.' }),
  kind: z.enum(SOURCE_KINDS, { error: `Kind must be one of: ${SOURCE_KINDS.join(', ')}.` }),
  url: articleUrlSchema,
  date: publishedAtSchema,
  language: sourceLanguageSchema,
};

/** The form: pasted text or a file, optionally attached to the article it was added from. */
export const addSourceFormSchema = z.object({
  ...sourceFields,
  text: z.string({ error: 'Text must be text.' }).optional().default(''),
  file: uploadSchema,
  articleId: idSchema.optional(),
});

/** The JSON API: the text itself. */
export const addSourceJsonSchema = z.object({
  ...sourceFields,
  text: z.string({ error: 'Text is required.' }),
});

export const attachSourceSchema = z.object({ articleId: idSchema, sourceId: idSchema });

const offset = z.coerce.number({ error: 'Must be a number.' }).int({ error: 'Must be a whole number.' }).min(0, { error: 'Must be 0 or more.' });

export const passageEvidenceSchema = z
  .object({
    claimId: idSchema,
    sourceId: idSchema,
    start: offset,
    end: offset,
    manual: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional().default(false),
  })
  .refine((v) => v.end > v.start, { error: 'Select a passage of the source first.', path: ['end'] });

export const applyVerdictSchema = z.object({ claimId: idSchema, fromClaimId: idSchema, version: versionSchema });
