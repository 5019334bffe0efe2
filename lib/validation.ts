// zod schemas for everything a user can send. Shared by server actions, API routes and scripts.
import { z } from 'zod';
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
    .string({ error: `${rule.label} must be text.` })
    .superRefine((value, ctx) => {
      const problem = characterProblem(value, rule);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    })
    .transform((value) => (rule.multiline ? value : value.trim()))
    .pipe(
      z
        .string()
        .min(rule.required ? 1 : 0, { error: `${rule.label} is required.` })
        .max(rule.max, { error: `${rule.label} must be at most ${rule.max.toLocaleString('en-GB')} characters.` }),
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
export function httpUrl(label: string, message = 'Enter a full http:// or https:// link.') {
  return storedText({ label, max: 2000 }).refine((v) => v === '' || isHttpUrl(v), { error: message });
}

export const emailSchema = z
  .string({ error: 'Email is required.' })
  .pipe(storedText({ label: 'Email', max: 254 }))
  .transform((v) => v.toLowerCase())
  .pipe(z.email({ error: 'Enter a valid email address.' }));

/** Long enough to resist guessing; length beats composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string({ error: 'Password is required.' })
  .min(10, { error: 'Password must be at least 10 characters.' })
  .max(128, { error: 'Password must be at most 128 characters.' });

export const nameSchema = z.string({ error: 'Name is required.' }).pipe(storedText({ label: 'Name', max: 100, required: true }));

export const roleSchema = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(', ')}.` });

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
  { error: 'Must be a whole positive number.' },
);

export const versionSchema = idSchema;

export const noteSchema = storedText({ label: 'Note', max: 5000, multiline: true });

/** Only http(s) links count as evidence: javascript:, data: and the like are refused. */
export const evidenceUrlSchema = z
  .string({ error: 'URL is required.' })
  .pipe(httpUrl('URL'))
  .refine((v) => v.length > 0, { error: 'URL is required.' });

export const evidenceTitleSchema = z
  .string({ error: 'Title is required.' })
  .pipe(storedText({ label: 'Title', max: 300 }))
  .refine((v) => v.length > 0, { error: 'Give the evidence a title.' });

export const evidenceItemSchema = z.object({ url: evidenceUrlSchema, title: evidenceTitleSchema });

export const reviewSchema = z.object({
  claimId: idSchema,
  status: z.enum(REVIEW_STATUSES, { error: `Status must be one of: ${REVIEW_STATUSES.join(', ')}.` }),
  note: noteSchema.optional(),
  evidence: z.array(evidenceItemSchema).max(20, { error: 'At most 20 evidence links at once.' }).optional(),
  version: versionSchema,
});

export const addEvidenceSchema = z.object({ claimId: idSchema, url: evidenceUrlSchema, title: evidenceTitleSchema });
export const removeEvidenceSchema = z.object({ claimId: idSchema, evidenceId: idSchema });
