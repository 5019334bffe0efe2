// Shared lookups for pages under /articles/<id>: one place that turns the path segment into an
// article or a 404.
import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/queries/connection';
import { findArticleById } from '@/db/queries/articles';
import type { Article } from '@/db/schema';
import { parseIdParam } from './http';

/** The article named by the route's `id`, or undefined for a malformed or unknown id. */
export async function findArticleFromParams(params: Promise<{ id: string }>): Promise<Article | undefined> {
  const id = parseIdParam((await params).id);
  return id ? findArticleById(getDb(), { id }) : undefined;
}

/** Same, but a missing article is the page's 404. */
export async function articleFromParams(params: Promise<{ id: string }>): Promise<Article> {
  const article = await findArticleFromParams(params);
  if (!article) notFound();
  return article;
}
