'use server';
import { z } from 'zod';
import { getDb } from '@/db/queries/connection';
import { createApiToken, revokeApiToken } from '@/db/queries/tokens';
import { findUserByEmail, setUserRole } from '@/db/queries/users';
import { forgetApiToken, forgetSessionsOfUser, getAuth } from '@/server/auth';
import { fail, serverAction, succeed } from '@/server/action';
import { keyed } from '@/lib/i18n/keyed';
import { nameSchema, newUserSchema, roleSchema } from '@/lib/validation';

export const addUserAction = serverAction({
  name: 'addUser',
  roles: ['admin'],
  schema: newUserSchema,
  handler: async (input) => {
    if (findUserByEmail(getDb(), { email: input.email })) {
      return fail('invalid', keyed('server.invalid'), {
        fieldErrors: { email: [keyed('users.server.emailTaken')] },
      });
    }
    // The wrapper has already checked that the caller is an admin.
    await getAuth().api.createUser({ body: input });
    return succeed({ email: input.email }, keyed('users.server.added', { name: input.name, role: input.role }));
  },
  revalidate: () => ['/users'],
});

export const setRoleAction = serverAction({
  name: 'setRole',
  roles: ['admin'],
  schema: z.object({ userId: z.string().min(1).max(64), role: roleSchema }),
  handler: (input, { user }) => {
    if (input.userId === user.id && input.role !== 'admin') {
      return fail('invalid', keyed('users.server.ownAdmin'));
    }
    setUserRole(getDb(), input);
    // The user's cached session carries the old role: their next request must see the new one.
    forgetSessionsOfUser(input.userId);
    return succeed(null, keyed('users.server.roleUpdated'));
  },
  revalidate: () => ['/users'],
});

export const createTokenAction = serverAction({
  name: 'createToken',
  roles: ['admin'],
  schema: z.object({ name: nameSchema, role: z.enum(['reviewer', 'viewer'], { error: keyed('users.server.tokenRole') }) }),
  handler: (input, { user }) => succeed(createApiToken(getDb(), { ...input, createdBy: user.id })),
  revalidate: () => ['/users'],
});

export const revokeTokenAction = serverAction({
  name: 'revokeToken',
  roles: ['admin'],
  schema: z.object({ id: z.coerce.number().int().positive() }),
  handler: (input) => {
    if (!revokeApiToken(getDb(), input)) return fail('not_found', keyed('users.server.noToken'));
    // Refused from the next request on, not when the credential cache would have expired.
    forgetApiToken(input.id);
    return succeed(null, keyed('users.server.tokenRevoked'));
  },
  revalidate: () => ['/users'],
});
