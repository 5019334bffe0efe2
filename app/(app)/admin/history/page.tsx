import type { Metadata } from 'next';
import { requirePageUser } from '@/server/auth';
import { VerifyHistoryPanel } from '@/components/audit/verify-history-panel';

export const metadata: Metadata = { title: 'Verify history' };

export default async function VerifyHistoryPage() {
  const user = await requirePageUser();
  if (user.role !== 'admin') {
    return (
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6">
        <h1 className="font-serif text-2xl font-bold">Admins only</h1>
        <p className="mt-2 text-sm">Only admins can check the history chain.</p>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="font-serif text-3xl font-bold">Verify history</h1>
      <p className="text-sm text-stone-700">
        Every change to a review is an event in an append-only log, and each event carries a hash of the one before it.
        The check recomputes every hash: if anyone edited or removed an event outside the app, it says where.
      </p>
      <VerifyHistoryPanel />
    </div>
  );
}
