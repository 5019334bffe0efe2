// The one import path for an article: extraction, duplicate detection, storage in one transaction.
// Used by first-start seeding, the `ingest` command and the "New article" page.
import 'server-only';
import type { DB } from '@/db/client';
import {
  findArticleByHash,
  insertArticleWithClaims,
  slugExists,
  type NewClaim,
} from '@/db/queries/articles';
import type { Article } from '@/db/schema';
import { detectLanguage, extractClaims, type ExtractedClaim } from '@/lib/extract';
import type { Language } from '@/lib/vocab';
import { contentHash, normaliseBody, selectorFor, slugify } from '@/lib/articles/text';

export type ImportInput = {
  body: string;
  title: string;
  outlet?: string | null;
  url?: string | null;
  language?: Language | null;
  publishedAt?: string | null;
  createdBy?: string | null;
};

export type ImportResult = { article: Article; duplicate: boolean; claims: number };

/** Maps the extractor's output to stored claims (offsets stay UTF-16 indices into the body). */
export function toNewClaims(body: string, extracted: ExtractedClaim[]): NewClaim[] {
  return extracted.map((c) => ({
    kind: c.kind,
    quote: c.text,
    start: c.start,
    end: c.end,
    ...selectorFor(body, c.start, c.end),
    speaker: c.speaker ? { name: c.speaker, role: c.speakerRole, type: c.speakerType ?? null } : null,
    speakerMention: c.speakerMention?.text ?? null,
    cue: c.cue?.text ?? null,
    sentence: body.slice(c.sentence.start, c.sentence.end),
    confidence: c.confidence,
    origin: 'extracted',
  }));
}

function uniqueSlug(db: DB, title: string): string {
  const base = slugify(title);
  let slug = base;
  for (let n = 2; slugExists(db, { slug }); n++) slug = `${base}-${n}`;
  return slug;
}

export function importArticle(db: DB, input: ImportInput): ImportResult {
  const body = normaliseBody(input.body);
  const hash = contentHash(body);
  const existing = findArticleByHash(db, { contentHash: hash });
  if (existing) return { article: existing, duplicate: true, claims: 0 };
  const language = input.language ?? detectLanguage(body);
  const items = toNewClaims(body, extractClaims(body, language));
  // Immediate: take the write lock up front so a concurrent importer cannot interleave.
  const article = db.transaction(
    (tx) =>
      insertArticleWithClaims(tx, {
        article: {
          slug: uniqueSlug(db, input.title),
          title: input.title.trim(),
          outlet: input.outlet?.trim() || null,
          url: input.url?.trim() || null,
          language,
          publishedAt: input.publishedAt || null,
          body,
          contentHash: hash,
          createdBy: input.createdBy ?? null,
        },
        items,
      }),
    { behavior: 'immediate' },
  );
  return { article, duplicate: false, claims: items.length };
}
