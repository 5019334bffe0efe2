/**
 * Turn a parsed speaker phrase into a canonical speaker, using the article's cast and the
 * history of earlier attributions (for pronouns, "-nya" cues and continuations).
 */
import type { Lexicon } from './lexicon/types';
import { analyzeRun as analyzeRun_, isNameToken as isNameToken_, namesNobodyAlone as namesNobodyAlone_, runStartFrom as runStartFrom_, type EntityType } from './names';
import { descriptionHeadEnd as descriptionHeadEnd_, pronounForm as pronounForm_, type SpeakerPhrase } from './phrases';
import { roleWithTrimmed as roleWithTrimmed_, type Entity, type Registry } from './speakers';
import type { Token } from './text';
import type { SpeakerType } from './types';
import { DEMONSTRATIVES } from './lexicon/names';
import { GROUP_PLURAL as GROUP_PLURAL_ } from './lexicon/en';
import { endsWithPossessive as endsWithPossessive_ } from './text';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const endsWithPossessive = endsWithPossessive_;
const analyzeRun = analyzeRun_;
const isNameToken = isNameToken_;
const namesNobodyAlone = namesNobodyAlone_;
const runStartFrom = runStartFrom_;
const pronounForm = pronounForm_;
const descriptionHeadEnd = descriptionHeadEnd_;
const roleWithTrimmed = roleWithTrimmed_;
const GROUP_PLURAL = GROUP_PLURAL_;

export interface Resolved {
  speaker: string | null;
  type: SpeakerType | null;
  role: string | null;
  entity: Entity | null;
  /** a named source (not a pronoun or description): eligible as antecedent */
  named: boolean;
  /**
   * How a pronoun was resolved: the name before a relative "who", a person introduced as a
   * sentence subject since the last attribution, the history of speakers, the last
   * organisation or the last person named. The ranker weighs each path's reliability.
   */
  pronounVia?: 'who' | 'subject' | 'history' | 'org' | 'person';
}

export const UNKNOWN: Resolved = { speaker: null, type: null, role: null, entity: null, named: false };

export function toSpeakerType(t: EntityType | undefined): SpeakerType | null {
  if (t === 'person') return 'person';
  if (t === 'organization' || t === 'place') return 'organization';
  return null;
}

/** Tracks the most recent named speakers, in text order. */
export class History {
  private items: Resolved[] = [];
  private positions: number[] = [];
  push(r: Resolved, pos = -1): void {
    if (r.named && r.speaker) { this.items.push(r); this.positions.push(pos); }
  }
  /** The most recent distinct named speakers, newest first (at most n, among the last 12 attributions). */
  recent(n: number): Resolved[] {
    const out: Resolved[] = [];
    // bounded look-back: a long run of one speaker must not make this linear in the article
    for (let i = this.items.length - 1; i >= 0 && i >= this.items.length - 12 && out.length < n; i--) {
      const r = this.items[i];
      if (!hasSpeaker(out, r.speaker)) out.push(r);
    }
    return out;
  }
  /** position of the most recent named speaker (-1 when none) */
  lastPos(): number {
    return this.positions.length ? this.positions[this.positions.length - 1] : -1;
  }
  /** Position of a speaker returned by last(). */
  posOf(r: Resolved): number {
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i] === r) return this.positions[i];
    return -1;
  }

  /** The last named speaker that fits the pronoun kind (and the extra test, e.g. gender). */
  last(kind: 'person' | 'group' | 'any', fits: (e: Entity | null) => boolean = () => true): Resolved | null {
    for (let i = this.items.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const r = this.items[i];
      if (!fits(r.entity)) continue;
      if (kind === 'person' && r.type === 'organization') continue;
      if (kind === 'group' && r.type === 'person') continue;
      return r;
    }
    // "they"/"it" with no organisation in reach: the last named source, as readers take it
    if (kind === 'group' && this.items.length > 0) return this.items[this.items.length - 1];
    return null;
  }
}

/**
 * The speaker of an Indonesian "-nya" cue ("…,” katanya"): a person a sentence introduced as its
 * subject after the last attribution ("Kepala Dinas … Rina Lestari meninjau pasar. ”…,”
 * katanya"), else the last named person, else the last named source. Null when there is none.
 */
export function resolveEnclitic(registry: Registry, history: History, pos: number): Resolved | null {
  const prev = history.last('person');
  const since = prev ? history.posOf(prev) : -1;
  const subjects = registry.subjectsBefore(pos, 1);
  // introduced with a role ("Kepala Dinas …", "Bupati Sehan"): a capitalised heading or a
  // company at the head of a sentence is no one introduced
  if (subjects.length > 0 && subjects[0].pos > since && subjects[0].entity.role && !namesPlace(registry, subjects[0].entity)) {
    return fromEntity(subjects[0].entity, null);
  }
  if (prev) return { ...prev };
  // no person attributed yet: an institution may be "-nya" too ("Badan Pusat Statistik (BPS)
  // mengatakan … ”…,” katanya")
  const source = history.last('any');
  return source ? { ...source } : null;
}

/**
 * An Indonesian description closed by a demonstrative ("…,” kata siswa kelas XII itu", "ujar ibu
 * dua anak ini"): it points back to someone already in the text rather than naming a new source.
 * Only a lower-case description counts; "kata Ketua RT itu" is a title the aliases resolve.
 */
function pointsBack(tokens: Token[], phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'pronoun') return false;
  const first = tokens[phrase.a];
  const next = tokens[phrase.b + 1];
  return first.kind === 'word' && !first.capital && next !== undefined && next.kind === 'word' && DEMONSTRATIVES.has(next.lower);
}

/**
 * Whom a demonstrative description points back to, with the description as role: a person a
 * sentence introduced as its subject after the last attribution, else the last person
 * attributed, else the last person named.
 */
function demonstrativeAntecedent(registry: Registry, history: History, pos: number, role: string): Resolved | null {
  const prev = history.last('person');
  const since = prev ? history.posOf(prev) : -1;
  const subjects = registry.subjectsBefore(pos, 1);
  if (subjects.length > 0 && subjects[0].pos > since && subjects[0].entity.type === 'person' && !namesPlace(registry, subjects[0].entity)) return fromEntity(subjects[0].entity, role);
  if (prev) return { speaker: prev.speaker, type: prev.type, role, entity: prev.entity, named: prev.named };
  const named = registry.lastPersonBefore(pos);
  return named ? fromEntity(named, role) : null;
}

/** A name that starts or ends with a place the article names ("Konawe Kepulauan"): no person. */
function namesPlace(registry: Registry, e: Entity): boolean {
  const t = e.tokens;
  return t.length > 0 && (registry.places.has(t[0]) || registry.places.has(t[t.length - 1]));
}

/** Whether one of the list names this speaker (a loop: no closure per call on the hot path). */
function hasSpeaker(list: readonly Resolved[], speaker: string | null): boolean {
  for (let i = 0; i < list.length; i++) if (list[i].speaker === speaker) return true;
  return false;
}

/**
 * A resolved pronoun: the antecedent's fields and the path that found it. Spelled out rather
 * than spread ({ ...r, pronounVia }): antecedents come in two shapes (with and without a path),
 * and a spread of either plus a new key is a slow generic object copy on this hot path. Same
 * keys in the same order as the spread.
 */
function withVia(r: Resolved, pronounVia: NonNullable<Resolved['pronounVia']>): Resolved {
  return { speaker: r.speaker, type: r.type, role: r.role, entity: r.entity, named: r.named, pronounVia };
}

function fromEntity(e: Entity, role: string | null): Resolved {
  return { speaker: e.canonical, type: toSpeakerType(e.type), role: role ?? e.role, entity: e, named: true };
}

/**
 * English copy names a source by description as often as by name ("the Republican nominee
 * said"): the speaker is the description as written, linked to the person it stands for (the
 * entity keeps gender for later pronouns).
 */
function asWritten(e: Entity, words: string): Resolved {
  return { speaker: words, type: toSpeakerType(e.type), role: words, entity: e, named: /\s\p{Lu}/u.test(words) };
}

function relativeAntecedent(text: string, tokens: Token[], w: number, registry: Registry): Resolved | null {
  let e = w - 1;
  if (e >= 0 && tokens[e].text === ',') e--;
  if (e < 0 || !isNameToken(tokens[e]) || endsWithPossessive(tokens[e].text)) return null;
  const a = runStartFrom(tokens, e, Math.max(0, e - 8));
  const info = analyzeRun(text, tokens, a, e);
  if (!info || info.nameA > info.nameB || (info.type !== 'person' && info.type !== 'organization')) return null;
  const ent = registry.resolveName(info.canonical, tokens[a].start);
  if (ent) return fromEntity(ent, info.role);
  return { speaker: registry.trim(info.canonical), type: toSpeakerType(info.type), role: info.role, entity: null, named: true };
}

/**
 * Whether an antecedent may be a "he" / "she" (anyone of unknown gender may). Made once here,
 * not per pronoun: the TypeScript runner names every local arrow function with a
 * defineProperty call each time it is created.
 */
function fitsMale(e: Entity | null): boolean {
  return !e || (e.gender === null && !namesGroup(e)) || e.gender === 'm';
}
function fitsFemale(e: Entity | null): boolean {
  return !e || (e.gender === null && !namesGroup(e)) || e.gender === 'f';
}
/** A one-word group ("Americans", "Democrats") is a "they", never a "he" or "she". */
function namesGroup(e: Entity): boolean {
  return e.tokens.length === 1 && GROUP_PLURAL.test(e.canonical);
}
/** A place or an organisation ("The Florida senator" read as Florida) is no "he" or "she". */
function notAPerson(e: Entity): boolean {
  return e.type === 'place' || e.type === 'organization';
}

function fitsAny(): boolean {
  return true;
}

/**
 * A one-word description that is a capitalised sentence opener ("In declaring …", "Yet
 * determining …", "Let's hope …") names nobody; a lone determiner ("Several said", "Some
 * chanted") does stand for people.
 */
function opensWithoutNaming(lex: Lexicon, tokens: Token[], phrase: SpeakerPhrase): boolean {
  const w = tokens[phrase.a].lower;
  return phrase.a === phrase.b && !lex.determiners.has(w) && namesNobodyAlone(w);
}

export function resolvePhrase(text: string, lex: Lexicon, tokens: Token[], phrase: SpeakerPhrase, registry: Registry, history: History): Resolved {
  if (phrase.unsure) return UNKNOWN; // words before the cue that name no source (phrases.ts)
  const pos = tokens[phrase.a].start;
  if (lex.lang === 'id' && pointsBack(tokens, phrase)) {
    const anaphor = demonstrativeAntecedent(registry, history, pos, text.slice(pos, tokens[phrase.b].end));
    if (anaphor) return anaphor;
  }
  switch (phrase.kind) {
    case 'pronoun': {
      const form = pronounForm(tokens[phrase.a].lower);
      // relative "who": the name right before it ("Ann Lee, who runs the clinic, said")
      if (form === 'who') {
        const rel = relativeAntecedent(text, tokens, phrase.a, registry);
        if (rel) return withVia(rel, 'who');
      }
      const kind = lex.pronouns.get(form) ?? 'any';
      // English he/she must not land on a person known to be of the other gender
      const gender: 'm' | 'f' | null = form === 'he' ? 'm' : form === 'she' ? 'f' : null;
      const fits = gender === 'm' ? fitsMale : gender === 'f' ? fitsFemale : fitsAny;
      const prev = history.last(kind, fits);
      if (kind === 'person') {
        // a person introduced as a sentence subject after the last attribution is the likelier
        // antecedent ("Mr. Obama said in an interview. 'If ...,' he said")
        const since = prev ? history.posOf(prev) : -1;
        for (const subj of registry.subjectsBefore(pos, 4)) {
          if (subj.pos <= since) break;
          if (fits(subj.entity) && !notAPerson(subj.entity)) return withVia(fromEntity(subj.entity, null), 'subject');
        }
      }
      if (prev) return withVia(prev, 'history');
      // "it"/"they" before any named source: the organisation last named
      if (kind !== 'person') {
        const org = registry.lastOrgBefore(pos);
        if (org) return withVia(fromEntity(org, null), 'org');
      }
      if (kind === 'person') {
        const e = registry.lastPersonBefore(pos, fits);
        if (e) return withVia(fromEntity(e, null), 'person');
      }
      return UNKNOWN;
    }
    case 'name': {
      const run = phrase.run;
      if (!run) return UNKNOWN;
      if (phrase.coordinated.length > 0) {
        const names = [...phrase.coordinated.map((r) => r.canonical), run.canonical];
        const joiner = lex.lang === 'id' ? ' dan ' : ' and ';
        return { speaker: names.join(joiner), type: 'organization', role: null, entity: null, named: true };
      }
      const e = registry.resolveName(run.canonical, pos);
      const id = lex.lang === 'id';
      // the role the entity already has ("Direktur RSUD dr Soetomo") beats a trimmed place
      if (e) return fromEntity(e, id && (phrase.role || !e.role) ? roleWithTrimmed(phrase.role, run.canonical, e.canonical, registry) : phrase.role);
      const speaker = registry.trim(run.canonical);
      return { speaker, type: toSpeakerType(run.type), role: id ? roleWithTrimmed(phrase.role, run.canonical, speaker, registry) : phrase.role, entity: null, named: true };
    }
    case 'role': {
      const roleText = phrase.role ?? (phrase.run ? phrase.run.canonical : text.slice(tokens[phrase.a].start, tokens[phrase.b].end));
      const e = registry.resolveAlias(roleText, pos) ?? (phrase.run ? registry.resolveAlias(phrase.run.canonical, pos) : null);
      if (e && e.type === 'person') return lex.lang === 'en' ? asWritten(e, roleText) : fromEntity(e, roleText);
      if (phrase.run && phrase.run.type === 'organization') {
        return { speaker: phrase.run.canonical, type: 'organization', role: null, entity: null, named: true };
      }
      return { speaker: roleText, type: null, role: roleText, entity: null, named: false };
    }
    case 'descr': {
      if (opensWithoutNaming(lex, tokens, phrase)) return UNKNOWN;
      const words = text.slice(tokens[phrase.a].start, tokens[descriptionHeadEnd(lex, tokens, phrase.a, phrase.b)].end);
      const e = registry.resolveAlias(words, pos);
      if (e && e.type === 'person') return lex.lang === 'en' ? asWritten(e, words) : fromEntity(e, words);
      return { speaker: words, type: null, role: null, entity: null, named: false };
    }
  }
  return UNKNOWN;
}
