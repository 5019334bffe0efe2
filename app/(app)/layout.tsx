import { requirePageUser } from '@/server/auth';
import { AppHeader } from '@/components/layout/app-header';

/** Every page inside requires a signed-in user. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
