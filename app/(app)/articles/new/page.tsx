import type { Metadata } from 'next';
import Link from 'next/link';
import { canReview, requirePageUser } from '@/server/auth';
import { ImportForm } from '@/components/articles/import-form';
import { IMPORT_LIMITS } from '@/components/articles/import-limits';
import { importArticleAction } from '@/server/actions/import';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const user = await requirePageUser();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Link href="/" className="text-sm text-accent underline">
          ← Articles
        </Link>
        <h1 className="mt-1 font-serif text-3xl font-bold">New article</h1>
        <p className="max-w-3xl text-sm text-stone-600">
          Paste an article or upload it. Quote desk finds its quotes and who said them; you can correct them afterwards. Importing the
          same text twice opens the article you already have.
        </p>
      </div>
      {canReview(user.role) ? (
        <ImportForm action={importArticleAction} limits={IMPORT_LIMITS} mode="new" />
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          You have view-only access: ask an admin for the reviewer role to import articles.
        </p>
      )}
    </div>
  );
}
