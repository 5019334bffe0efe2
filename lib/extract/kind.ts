import { INSTITUTIONS as INSTITUTIONS_, ORG_WORDS as ORG_WORDS_, PLACE_NAMES as PLACE_NAMES_, ROLE_WORDS as ROLE_WORDS_ } from './lexicon/shared';
import { DOCUMENT_SOURCES as DOCUMENT_SOURCES_ } from './lexicon/en';
import { DOCUMENT_SOURCES_ID as DOCUMENT_SOURCES_ID_ } from './lexicon/id';
import type { SpeakerKind, SpeakerType } from './types';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const INSTITUTIONS = INSTITUTIONS_;
const ORG_WORDS = ORG_WORDS_;
const PLACE_NAMES = PLACE_NAMES_;
const ROLE_WORDS = ROLE_WORDS_;
const DOCUMENT_SOURCES = DOCUMENT_SOURCES_;
const DOCUMENT_SOURCES_ID = DOCUMENT_SOURCES_ID_;

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

/**
 * The kind of source a claim's speaker is: a document or outlet when a descriptive source ends
 * in a document noun ("the report", "a new poll", "laporan itu"), else the claim's type
 * (person / organisation), else what the lexicons say about the name.
 */
export function sourceKind(speaker: string | null | undefined, type: SpeakerType | null | undefined): SpeakerKind | null {
  if (!speaker) return null;
  // a capitalised name with a known type is that type (decideKind's document test needs a
  // description's opening): no cache, no new string, for nearly every claim
  if (type && !opensAsDescription(speaker)) return type;
  // an article names the same few speakers again and again: decide once per name and type
  // (a table per type, so the lookup hashes the speaker string, not a fresh "type|speaker")
  const typeKey = type ?? '';
  let byName = kindCache.get(typeKey);
  if (!byName) kindCache.set(typeKey, (byName = new Map()));
  const seen = byName.get(speaker);
  if (seen !== undefined) return seen;
  const kind = decideKind(speaker, type);
  if (byName.size > 10_000) byName.clear();
  byName.set(speaker, kind);
  return kind;
}

const kindCache = new Map<string, Map<string, SpeakerKind | null>>();

/** A description opens in lower case, or with a determiner capitalised at a sentence start ("The survey found"). */
function opensAsDescription(speaker: string): boolean {
  return speaker.charAt(0) === speaker.charAt(0).toLowerCase() || DETERMINER_OPENING.test(speaker);
}
const DETERMINER_OPENING = /^(the|a|an|this|that|these|those)\s/i;

function decideKind(speaker: string, type: SpeakerType | null | undefined): SpeakerKind | null {
  const words = speaker.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const lowerStart = opensAsDescription(speaker);
  // a description ("the report", "an early tweet", "laporan tersebut"): its head noun decides
  if (lowerStart && words.some((w) => DOCUMENT_SOURCES.has(w) || DOCUMENT_SOURCES_ID.has(w))) return 'document';
  if (type) return type;
  // "a Clinton campaign spokesman", "the party chairman": an English description whose head
  // noun (its last word) is a role is a person, whatever organisation words come before it
  if (lowerStart && ROLE_WORDS.has(words[words.length - 1])) return 'person';
  return speakerKind(speaker);
}
