// zod schemas for everything a user can send. Shared by server actions, API routes and scripts.
import { z } from 'zod';
import { keyed } from './i18n/keyed';
import { characterProblem, type TextRule } from './text-rule';
import { REVIEW_STATUSES, ROLES } from './vocab';

export { characterProblem, textProblem, type TextRule } from './text-rule';

// Every stored text field goes through storedText(): the one rule (lib/text-rule.ts) as zod.
/**
 * A zod schema applying the rule. The raw value is checked before trimming, so a control
 * character at either end ("\u0000https://…") is refused, not silently trimmed into something
 * else; single-line fields are then trimmed. Build field-specific checks on top with `.pipe()`.
 */
export function storedText(rule: TextRule & { required?: boolean }) {
  return z
    .string({ error: keyed('server.validation.mustBeText', { label: rule.label }) })
    .superRefine((value, ctx) => {
      const problem = characterProblem(value, rule);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    })
    .transform((value) => (rule.multiline ? value : value.trim()))
    .pipe(
      z
        .string()
        .min(rule.required ? 1 : 0, { error: keyed('server.validation.required', { label: rule.label }) })
        .max(rule.max, { error: keyed('server.validation.tooLong', { label: rule.label, max: rule.max }) }),
    );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An http(s) link under the stored-text rule; javascript:, data: and the like are refused.
 * Not required: '' passes (the caller decides whether an empty link means "none"). */
export function httpUrl(label: string, message = keyed('server.validation.httpUrl')) {
  return storedText({ label, max: 2000 }).refine((v) => v === '' || isHttpUrl(v), { error: message });
}

export const emailSchema = z
  .string({ error: keyed('server.validation.required', { label: keyed('server.fields.email') }) })
  .pipe(storedText({ label: keyed('server.fields.email'), max: 254 }))
  .transform((v) => v.toLowerCase())
  .pipe(z.email({ error: keyed('server.validation.email') }));

/** Long enough to resist guessing; length beats composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string({ error: keyed('server.validation.required', { label: keyed('server.fields.password') }) })
  .min(10, { error: keyed('server.validation.passwordShort', { min: 10 }) })
  .max(128, { error: keyed('server.validation.tooLong', { label: keyed('server.fields.password'), max: 128 }) });

export const nameSchema = z
  .string({ error: keyed('server.validation.required', { label: keyed('server.fields.name') }) })
  .pipe(storedText({ label: keyed('server.fields.name'), max: 100, required: true }));

export const roleSchema = z.enum(ROLES, { error: keyed('server.validation.role') });

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  role: roleSchema,
});

/**
 * Ids arrive as numbers (JSON) or digit strings (forms, paths). Anything else — "5abc", "5.5",
 * "5,6", " 5" — is refused rather than coerced, so it can never resolve to claim 5.
 */
export const idSchema = z.union(
  [
    z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    z
      .string()
      .regex(/^[1-9][0-9]{0,14}$/)
      .transform(Number),
  ],
  { error: keyed('server.validation.id') },
);

export const versionSchema = idSchema;

export const noteSchema = storedText({ label: keyed('server.fields.note'), max: 5000, multiline: true });

/** Only http(s) links count as evidence: javascript:, data: and the like are refused. */
export const evidenceUrlSchema = z
  .string({ error: keyed('server.validation.required', { label: keyed('server.fields.url') }) })
  .pipe(httpUrl(keyed('server.fields.url')))
  .refine((v) => v.length > 0, { error: keyed('server.validation.required', { label: keyed('server.fields.url') }) });

export const evidenceTitleSchema = z
  .string({ error: keyed('server.validation.required', { label: keyed('server.fields.title') }) })
  .pipe(storedText({ label: keyed('server.fields.title'), max: 300 }))
  .refine((v) => v.length > 0, { error: keyed('server.validation.evidenceTitle') });

export const evidenceItemSchema = z.object({ url: evidenceUrlSchema, title: evidenceTitleSchema });

export const reviewSchema = z.object({
  claimId: idSchema,
  status: z.enum(REVIEW_STATUSES, { error: keyed('server.validation.status') }),
  note: noteSchema.optional(),
  evidence: z.array(evidenceItemSchema).max(20, { error: keyed('server.validation.tooMuchEvidence', { max: 20 }) }).optional(),
  version: versionSchema,
});

export const addEvidenceSchema = z.object({ claimId: idSchema, url: evidenceUrlSchema, title: evidenceTitleSchema });
export const removeEvidenceSchema = z.object({ claimId: idSchema, evidenceId: idSchema });
