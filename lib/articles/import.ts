// The pure half of importing an article: normalise the text, detect its language, extract its
// claims and shape them for storage. Storing (duplicate check, unique slug, one transaction) is
// `insertPreparedArticle` in db/queries/articles.ts; server/articles/import.ts joins the two.
import { detectLanguage, extractClaims, type ExtractedClaim } from '@/lib/extract';
import type { ClaimKind, ClaimOrigin, Language, SpeakerType } from '@/lib/vocab';
import { contentHash, normaliseBody, selectorFor } from './text';

export type ImportInput = {
  body: string;
  title: string;
  outlet?: string | null;
  url?: string | null;
  language?: Language | null;
  publishedAt?: string | null;
  createdBy?: string | null;
};

/** A claim as it is stored: offsets are UTF-16 indices into the body. */
export type NewClaim = {
  kind: ClaimKind;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  speaker: { name: string; role: string | null; type: SpeakerType | null } | null;
  speakerMention: string | null;
  cue: string | null;
  sentence: string;
  confidence: number;
  origin: ClaimOrigin;
};

/** The article row without its slug (the slug must be unique, so the database picks it). */
export type PreparedArticle = {
  article: {
    title: string;
    outlet: string | null;
    url: string | null;
    language: string;
    publishedAt: string | null;
    body: string;
    contentHash: string;
    createdBy: string | null;
  };
  items: NewClaim[];
};

/** The text an article is identified by, and its hash (for duplicate detection before extraction). */
export function normaliseImport(raw: string): { body: string; contentHash: string } {
  const body = normaliseBody(raw);
  return { body, contentHash: contentHash(body) };
}

/**
 * The speaker type to store: the extractor's finer `speakerKind` (a document such as "the report"
 * is kept as a document, not folded into organisation), else its schema.org `speakerType`.
 */
export function storedSpeakerType(c: Pick<ExtractedClaim, 'speakerKind' | 'speakerType'>): SpeakerType | null {
  return c.speakerKind ?? c.speakerType ?? null;
}

/** Maps the extractor's output to stored claims (offsets stay UTF-16 indices into the body). */
export function toNewClaims(body: string, extracted: ExtractedClaim[]): NewClaim[] {
  return extracted.map((c) => ({
    kind: c.kind,
    quote: c.text,
    start: c.start,
    end: c.end,
    ...selectorFor(body, c.start, c.end),
    speaker: c.speaker ? { name: c.speaker, role: c.speakerRole, type: storedSpeakerType(c) } : null,
    speakerMention: c.speakerMention?.text ?? null,
    cue: c.cue?.text ?? null,
    sentence: body.slice(c.sentence.start, c.sentence.end),
    confidence: c.confidence,
    origin: 'extracted',
  }));
}

/** Extracts the claims of a normalised text and tidies the article's fields for storage. */
export function prepareArticle(input: ImportInput, text = normaliseImport(input.body)): PreparedArticle {
  const language = input.language ?? detectLanguage(text.body);
  return {
    article: {
      title: input.title.trim(),
      outlet: input.outlet?.trim() || null,
      url: input.url?.trim() || null,
      language,
      publishedAt: input.publishedAt || null,
      body: text.body,
      contentHash: text.contentHash,
      createdBy: input.createdBy ?? null,
    },
    items: toNewClaims(text.body, extractClaims(text.body, language)),
  };
}
