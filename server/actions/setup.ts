'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/queries/connection';
import { countUsers } from '@/db/queries/users';
import { getAuth } from '@/server/auth';
import { fail, formDataToObject, renderState, type ActionState } from '@/server/action';
import { requestLocale } from '@/server/request-locale';
import { keyed } from '@/lib/i18n/keyed';
import { emailSchema, nameSchema, passwordSchema } from '@/lib/validation';

const firstAdminSchema = z
  .object({ name: nameSchema, email: emailSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: keyed('setup.server.mismatch') });

/**
 * First run only: creates the first admin and signs them in. This is the one action that runs
 * without a signed-in user, so instead of a role it is guarded by "there are no users yet".
 */
export async function createFirstAdminAction(_prev: ActionState<null> | null, form: FormData): Promise<ActionState<null>> {
  if (countUsers(getDb()) > 0) return renderState(fail('forbidden', keyed('setup.server.exists')), await requestLocale());
  const parsed = firstAdminSchema.safeParse(formDataToObject(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[String(i.path[0] ?? '_form')] ??= []).push(i.message);
    // The field rules speak in message keys (lib/i18n/keyed.ts): render them for the reader.
    return renderState(fail('invalid', keyed('server.invalid'), { fieldErrors }), await requestLocale());
  }
  const { name, email, password } = parsed.data;
  const auth = getAuth();
  // Called without request headers, createUser skips the admin-permission check: safe here only
  // because the user table is empty (checked above) and the input is validated.
  await auth.api.createUser({ body: { name, email, password, role: 'admin' } });
  await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  redirect('/');
}
