// The one import path for an article: extraction, duplicate detection, storage in one transaction.
// Used by the `ingest` command, the "New article" page and updates (a URL seen for the first time).
import 'server-only';
import type { DB } from '@/db/queries/connection';
import { findArticleByHash, insertPreparedArticle } from '@/db/queries/articles';
import type { Article } from '@/db/schema';
import { normaliseImport, prepareArticle, type ImportInput } from '@/lib/articles/import';

export type ImportResult = { article: Article; duplicate: boolean; claims: number };

export function importArticle(db: DB, input: ImportInput): ImportResult {
  const text = normaliseImport(input.body);
  // The same text twice opens the existing article; checked first so it is never extracted again.
  const existing = findArticleByHash(db, { contentHash: text.contentHash });
  if (existing) return { article: existing, duplicate: true, claims: 0 };
  const prepared = prepareArticle(input, text);
  return { article: insertPreparedArticle(db, prepared), duplicate: false, claims: prepared.items.length };
}
