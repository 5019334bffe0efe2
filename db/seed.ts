// First start: an empty database gets the bundled article, ready to review.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { DB } from './client';
import { countArticles, insertPreparedArticle } from './queries/articles';
import { prepareArticle } from '@/lib/articles/import';

export const BUNDLED_ARTICLE = {
  file: path.resolve(/*turbopackIgnore: true*/ 'db/seed/article.id.txt'),
  title: 'Putin akan mengunjungi Korea Utara untuk pertama kalinya dalam 24 tahun',
  outlet: 'BBC News Indonesia',
  language: 'id' as const,
  url: null,
  publishedAt: '2024-06-18',
};

export function seedIfEmpty(db: DB): { seeded: boolean; claims: number } {
  if (countArticles(db) > 0) return { seeded: false, claims: 0 };
  const body = fs.readFileSync(BUNDLED_ARTICLE.file, 'utf8');
  const prepared = prepareArticle({ ...BUNDLED_ARTICLE, body });
  insertPreparedArticle(db, prepared);
  return { seeded: true, claims: prepared.items.length };
}
