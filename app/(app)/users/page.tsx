import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/queries/connection';
import { listApiTokens } from '@/db/queries/tokens';
import { listUsers } from '@/db/queries/users';
import { requirePageUser } from '@/server/auth';
import { AddUserForm } from '@/components/users/add-user-form';
import { UserList } from '@/components/users/user-list';
import { TokenPanel } from '@/components/users/token-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('title') };
}

export default async function UsersPage() {
  const user = await requirePageUser();
  const t = await getTranslations('users');
  if (user.role !== 'admin') {
    return (
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-6" role="alert">
        <h1 className="font-serif text-2xl font-bold">{t('adminsOnly')}</h1>
        <p className="mt-2 text-sm">{t('adminsOnlyBody')}</p>
      </div>
    );
  }
  const db = getDb();
  return (
    <div className="flex flex-col gap-8">
      <h1 className="font-serif text-3xl font-bold">{t('title')}</h1>
      <section aria-labelledby="people" className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          <h2 id="people" className="mb-3 text-lg font-semibold">{t('people')}</h2>
          <UserList users={listUsers(db)} currentUserId={user.id} />
        </div>
        <div>
          <h2 className="mb-3 text-lg font-semibold">{t('addUser')}</h2>
          <AddUserForm />
        </div>
      </section>
      <TokenPanel tokens={listApiTokens(db)} />
    </div>
  );
}
