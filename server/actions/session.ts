'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { forgetSession, getAuth } from '@/server/auth';
import { runAction, succeed } from '@/server/action';
import { getCurrentUser } from '@/server/auth';
import { ROLES } from '@/lib/vocab';

const signOutDefinition = {
  name: 'signOut',
  roles: ROLES,
  schema: z.object({}),
  handler: async () => {
    const h = await headers();
    forgetSession(h);
    await getAuth().api.signOut({ headers: h });
    return succeed(null);
  },
};

export async function signOutAction(): Promise<void> {
  await runAction(signOutDefinition, await getCurrentUser(), {});
  redirect('/sign-in');
}
