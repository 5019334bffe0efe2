// zod schemas for everything a user can send. Shared by server actions, API routes and scripts.
import { z } from 'zod';
import { REVIEW_STATUSES, ROLES } from './vocab';

// NUL and the other C0 control characters (tab, line feed and carriage return aside) are never part
// of text a person typed: they truncate strings in C-based tools that read exports, and hide text in
// terminals. Refused rather than stripped, so what is stored is exactly what was sent.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const noControlChars = (value: string) => !CONTROL_CHARS.test(value);
const CONTROL_CHARS_ERROR = { error: 'Must not contain control characters.' };

export const emailSchema = z
  .string({ error: 'Email is required.' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address.' }));

/** Long enough to resist guessing; length beats composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string({ error: 'Password is required.' })
  .min(10, { error: 'Password must be at least 10 characters.' })
  .max(128, { error: 'Password must be at most 128 characters.' });

export const nameSchema = z
  .string({ error: 'Name is required.' })
  .trim()
  .min(1, { error: 'Name is required.' })
  .max(100, { error: 'Name must be at most 100 characters.' })
  .refine(noControlChars, CONTROL_CHARS_ERROR);

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

export const noteSchema = z
  .string({ error: 'Note must be text.' })
  .max(5000, { error: 'Note must be at most 5,000 characters.' })
  .refine(noControlChars, CONTROL_CHARS_ERROR);

/** Only http(s) links count as evidence: javascript:, data: and the like are refused. */
export const evidenceUrlSchema = z
  .string({ error: 'URL is required.' })
  .trim()
  .min(1, { error: 'URL is required.' })
  .max(2000, { error: 'URL must be at most 2,000 characters.' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: 'Enter a full http:// or https:// link.' },
  );

export const evidenceTitleSchema = z
  .string({ error: 'Title is required.' })
  .trim()
  .min(1, { error: 'Give the evidence a title.' })
  .max(300, { error: 'Title must be at most 300 characters.' })
  .refine(noControlChars, CONTROL_CHARS_ERROR);

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
