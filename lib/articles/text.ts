// Pure helpers for article text identity: used by import (duplicate detection) and updates.
import crypto from 'node:crypto';

/** Line endings and Unicode form vary between copies of the same story; they should not make
 * it a different article. */
export function normaliseBody(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(normaliseBody(text), 'utf8').digest('hex');
}

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'article';
}

/** Characters of context kept on each side of a claim for re-anchoring (W3C TextQuoteSelector). */
export const SELECTOR_CONTEXT = 32;

export function selectorFor(body: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: body.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
    suffix: body.slice(end, end + SELECTOR_CONTEXT),
  };
}
