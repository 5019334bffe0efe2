import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import type { Metadata } from 'next';
import { getDb } from '@/db/queries/connection';
import { countUsers } from '@/db/queries/users';
import { SetupForm } from '@/components/users/setup-form';

export const metadata: Metadata = { title: 'Create the first admin account' };

export default async function SetupPage() {
  await connection();
  if (countUsers(getDb()) > 0) redirect('/sign-in');
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-16">
      <div>
        <p className="font-serif text-xl font-bold text-accent">Quote desk</p>
        <h1 className="mt-4 font-serif text-3xl font-bold">Create the first admin account</h1>
        <p className="mt-2 text-sm text-stone-600">
          This desk has no accounts yet. The first account is an admin, who can then add reviewers and viewers.
        </p>
      </div>
      <SetupForm />
    </main>
  );
}
