// zod schemas for sign-off, reopen, publish and the public fields of a claim.
import { z } from 'zod';
import { idSchema } from './validation';
import { keyed } from './i18n/keyed';

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function publicText(label: string, max: number) {
  return z
    .string({ error: keyed('signOff.validation.mustBeText', { label }) })
    .max(max, { error: keyed('signOff.validation.tooLong', { label, max }) })
    .refine((v) => !CONTROL_CHARS.test(v), { error: keyed('signOff.validation.control') });
}

export const publicFieldsSchema = z.object({
  claimId: idSchema,
  explanation: publicText(keyed('signOff.validation.explanation'), 3000).default(''),
  setAsideReason: publicText(keyed('signOff.validation.reason'), 500).default(''),
});

export const reopenSchema = z.object({
  articleId: idSchema,
  reason: publicText(keyed('signOff.validation.reason'), 1000)
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, { error: keyed('signOff.validation.reopenReason') }),
});

/** Sign-off form: `correction-<claimId>` fields carry the correction notes of changed published verdicts. */
export const signOffSchema = z
  .object({ articleId: idSchema })
  .catchall(z.unknown())
  .transform((input, ctx) => {
    const corrections: Record<string, string> = {};
    for (const [key, value] of Object.entries(input)) {
      const m = /^correction-([1-9][0-9]{0,14})$/.exec(key);
      if (!m) continue;
      if (typeof value !== 'string' || value.length > 1000 || CONTROL_CHARS.test(value)) {
        ctx.addIssue({ code: 'custom', path: [key], message: keyed('signOff.validation.correction') });
        continue;
      }
      corrections[m[1]!] = value;
    }
    return { articleId: input.articleId, corrections };
  });

export const publishArticleSchema = z.object({ articleId: idSchema });
