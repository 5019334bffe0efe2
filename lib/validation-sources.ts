// zod schemas for the source check: adding sources, attaching them, passages as evidence and
// copying a verdict. Shared by server actions, the JSON API and the command line.
import { z } from 'zod';
import { articleUrlSchema, publishedAtSchema } from './validation-articles';
import { idSchema, versionSchema } from './validation';
import { SOURCE_KINDS } from './vocab';
import { keyed } from './i18n/keyed';

/** ISO 639-1/-3 code ("en", "id", "ru"); empty or "auto" means detect (Indonesian or English). */
export const sourceLanguageSchema = z
  .string({ error: keyed('sources.server.languageText') })
  .trim()
  .toLowerCase()
  .optional()
  .refine((v) => !v || v === 'auto' || /^[a-z]{2,3}$/.test(v), { error: keyed('sources.server.languageCode') })
  .transform((v) => (!v || v === 'auto' ? null : v));

const uploadSchema = z
  .custom<File>((v) => typeof File !== 'undefined' && v instanceof File, { error: keyed('sources.server.chooseFile') })
  .optional()
  .transform((f) => (f && (f.size > 0 || (f.name !== '' && f.name !== 'blob')) ? f : null));

const sourceFields = {
  title: z.string({ error: keyed('sources.server.titleRequired') }).trim().min(1, { error: keyed('sources.server.titleEmpty') }).max(300, { error: keyed('sources.server.titleLong') }),
  kind: z.enum(SOURCE_KINDS, { error: keyed('sources.server.kind', { kinds: SOURCE_KINDS.join(', ') }) }),
  url: articleUrlSchema,
  date: publishedAtSchema,
  language: sourceLanguageSchema,
};

/** The form: pasted text or a file, optionally attached to the article it was added from. */
export const addSourceFormSchema = z.object({
  ...sourceFields,
  text: z.string({ error: keyed('sources.server.textText') }).optional().default(''),
  file: uploadSchema,
  articleId: idSchema.optional(),
});

/** The JSON API: the text itself. */
export const addSourceJsonSchema = z.object({
  ...sourceFields,
  text: z.string({ error: keyed('sources.server.textRequired') }),
});

export const attachSourceSchema = z.object({ articleId: idSchema, sourceId: idSchema });

const offset = z.coerce.number({ error: keyed('server.validation.number') }).int({ error: keyed('server.validation.wholeNumber') }).min(0, { error: keyed('server.validation.notNegative') });

export const passageEvidenceSchema = z
  .object({
    claimId: idSchema,
    sourceId: idSchema,
    start: offset,
    end: offset,
    manual: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional().default(false),
  })
  .refine((v) => v.end > v.start, { error: keyed('sources.server.selectPassage'), path: ['end'] });

export const applyVerdictSchema = z.object({ claimId: idSchema, fromClaimId: idSchema, version: versionSchema });
