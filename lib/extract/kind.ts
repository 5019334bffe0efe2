import { INSTITUTIONS, ORG_WORDS, PLACE_NAMES } from './lexicon/shared';
import type { SpeakerType } from './types';

/**
 * Person or organisation for a canonical speaker name, from the lexicons alone (the claims
 * carry a better-informed `speakerType`; this is for names that come from elsewhere).
 */
export function speakerKind(name: string | null | undefined): SpeakerType | null {
  if (!name) return null;
  const lower = name.toLowerCase().trim();
  if (INSTITUTIONS.has(lower)) return 'organization';
  const words = lower.split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => ORG_WORDS.has(w))) return 'organization';
  if (words.every((w) => PLACE_NAMES.has(w) || w === 'dan' || w === 'and')) return 'organization';
  if (/^[A-Z0-9&.-]{2,}$/.test(name.trim())) return 'organization';
  const capitalised = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 1 ? 'person' : null;
}
