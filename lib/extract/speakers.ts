/**
 * The article's cast: every capitalised name run is registered once, in text order, so a later
 * short form ("Mr Kim", "Ahmad", "Clinton"), a role alias ("Presiden Rusia" after "Presiden
 * Rusia, Vladimir Putin") or a pronoun can be resolved to the fullest name the article gives.
 */
import { analyzeRun as analyzeRun_, isNameToken as isNameToken_, isNotNameStart as isNotNameStart_, runEndFrom as runEndFrom_, type EntityType, type RunInfo } from './names';
import { genderOf as genderOf_ } from './lexicon/gender';
import { CLAUSE_JOINERS as CLAUSE_JOINERS_, OPENING_JOINERS as OPENING_JOINERS_, ROLE_KEY_DROPPED as ROLE_KEY_DROPPED_, SENTENCE_OPENERS as SENTENCE_OPENERS_, SUBJECT_PRONOUNS as SUBJECT_PRONOUNS_ } from './lexicon/function-words';
import { isLowerWord as isLowerWord_, isRegexSpaceCode as isRegexSpaceCode_, possessorAt as possessorAt_, type Token } from './text';
import type { Sentence } from './sentences';
import type { Language } from './types';
import { collectNameContext, NameTrimmer } from './name-trim';
import { nameAfterOfficeAcronym as nameAfterOfficeAcronym_, officeBeforeAcronym as officeBeforeAcronym_, officeHolderEndingAt as officeHolderEndingAt_, opensOffice as opensOffice_ } from './office-holder';
import { idLexicon, LIST_MARKERS_ID as LIST_MARKERS_ID_, NAME_OPENERS_ID as NAME_OPENERS_ID_, ONE_OF_ID as ONE_OF_ID_, PREDICATE_ADVERBS_ID as PREDICATE_ADVERBS_ID_, PASSIVE_SPEECH_VERBS_ID as PASSIVE_SPEECH_VERBS_ID_, PERSON_NOUNS_ID as PERSON_NOUNS_ID_, VERB_PREFIX_ID as VERB_PREFIX_ID_ } from './lexicon/id';
import { isDateline as isDateline_, isRoleWord as isRoleWord_, opensParticiplePhrase as opensParticiplePhrase_ } from './names';
import { DEMONSTRATIVES as DEMONSTRATIVES_, HEADLINE_SMALL as HEADLINE_SMALL_, HONORIFICS as HONORIFICS_ } from './lexicon/names';
import { enLexicon, PERSON_NOUNS as PERSON_NOUNS_ } from './lexicon/en';
const HEADLINE_SMALL = HEADLINE_SMALL_;
const HONORIFICS = HONORIFICS_;
const PERSON_NOUNS = PERSON_NOUNS_;
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const analyzeRun = analyzeRun_;
const isNameToken = isNameToken_;
const isNotNameStart = isNotNameStart_;
const SENTENCE_OPENERS = SENTENCE_OPENERS_;
const runEndFrom = runEndFrom_;
const genderOf = genderOf_;
const isLowerWord = isLowerWord_;
const isRegexSpaceCode = isRegexSpaceCode_;
const isRoleWord = isRoleWord_;
const officeBeforeAcronym = officeBeforeAcronym_;
const officeHolderEndingAt = officeHolderEndingAt_;
const opensOffice = opensOffice_;
const nameAfterOfficeAcronym = nameAfterOfficeAcronym_;
const CLAUSE_JOINERS = CLAUSE_JOINERS_;
const OPENING_JOINERS = OPENING_JOINERS_;
const SUBJECT_PRONOUNS = SUBJECT_PRONOUNS_;
const possessorAt = possessorAt_;
const PASSIVE_SPEECH_VERBS_ID = PASSIVE_SPEECH_VERBS_ID_;
const VERB_PREFIX_ID = VERB_PREFIX_ID_;
const ONE_OF_ID = ONE_OF_ID_;
const NAME_OPENERS_ID = NAME_OPENERS_ID_;
const DEMONSTRATIVES = DEMONSTRATIVES_;
const LIST_MARKERS_ID = LIST_MARKERS_ID_;
const PREDICATE_ADVERBS_ID = PREDICATE_ADVERBS_ID_;
const PERSON_NOUNS_ID = PERSON_NOUNS_ID_;
const isDateline = isDateline_;
const opensParticiplePhrase = opensParticiplePhrase_;

export interface Entity {
  id: number;
  canonical: string;
  /** from the given name or an honorific (Mr / Mrs, Ms); null when unknown */
  gender: 'm' | 'f' | null;
  tokens: string[];
  type: EntityType;
  role: string | null;
  /** positions (char offsets) of every mention, ascending */
  mentions: number[];
  /** mention positions outside quotations, ascending */
  plainMentions: number[];
}

interface AliasUse {
  pos: number;
  entity: Entity;
}

/** Normalised key for role phrases: lower case, determiners and punctuation dropped. */
const roleKeyCache = new Map<string, string>();

export function roleKey(phrase: string): string {
  let k = roleKeyCache.get(phrase);
  if (k === undefined) {
    k = computeRoleKey(phrase);
    if (roleKeyCache.size > 5000) roleKeyCache.clear(); // bounded memo (pure: same input, same key)
    roleKeyCache.set(phrase, k);
  }
  return k;
}

/**
 * What phrase.toLowerCase().replace(/[.,;:()"“”'’]/g, ' ').split(/\s+/), without the empty
 * pieces and ROLE_KEY_DROPPED, joined by spaces gives, in one scan (no regex, no intermediate
 * arrays): role phrases vary from article to article, so the memo above often misses.
 */
function computeRoleKey(phrase: string): string {
  const lower = phrase.toLowerCase(); // the whole phrase at once, as before (case mapping may look at neighbours)
  let key = '';
  let i = 0;
  while (i < lower.length) {
    while (i < lower.length && isRoleKeyBreak(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < lower.length && !isRoleKeyBreak(lower.charCodeAt(i))) i++;
    if (i === start) continue;
    const w = lower.slice(start, i);
    if (!ROLE_KEY_DROPPED.has(w)) key = key.length === 0 ? w : key + ' ' + w;
  }
  return key;
}

const ROLE_KEY_DROPPED = ROLE_KEY_DROPPED_;

/** Whitespace (as \s matches it) or one of the marks . , ; : ( ) " “ ” ' ’. */
function isRoleKeyBreak(c: number): boolean {
  return c === 32 || c === 46 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d ||
    c === 39 || c === 0x2019 || isRegexSpaceCode(c);
}

/**
 * The lower-cased words of a name: what canonical.toLowerCase().replace(/[.,]/g, ' ')
 * .split(/\s+/).filter(Boolean) gives, in one scan (no regex, no intermediate copies).
 */
function nameTokens(canonical: string): string[] {
  const lower = canonical.toLowerCase(); // the whole name at once, as before (case mapping may look at neighbours)
  const out: string[] = [];
  let i = 0;
  while (i < lower.length) {
    while (i < lower.length && isNameTokenBreak(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < lower.length && !isNameTokenBreak(lower.charCodeAt(i))) i++;
    if (i > start) out.push(lower.slice(start, i));
  }
  return out;
}

/** Whitespace (as \s matches it), a period or a comma. */
function isNameTokenBreak(c: number): boolean {
  return c === 32 || c === 46 || c === 44 || isRegexSpaceCode(c);
}

/** Every word of `part` is among `whole` (loops: no closures per candidate). */
function containsAll(whole: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i < part.length; i++) if (!whole.includes(part[i])) return false;
  return true;
}

function lastBefore(list: number[], pos: number): number {
  // binary search: greatest element < pos, or -1
  let lo = 0;
  let hi = list.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < pos) { ans = list[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

export class Registry {
  /** what the article says about its names: words used alone, places, where a name starts */
  readonly names: NameTrimmer;

  constructor(tokens: readonly Token[] = [], lang: Language = 'en') {
    this.names = new NameTrimmer(tokens, lang);
  }

  /** words seen as places or companies ("Kota Bekasi", "PT Kimia Farma") */
  get places(): ReadonlySet<string> {
    return this.names.places;
  }

  /** The name a written run stands for, without the office words glued before it. */
  trim(canonical: string): string {
    return this.names.trim(canonical);
  }

  readonly entities: Entity[] = [];
  private byCanon = new Map<string, Entity>();
  private byToken = new Map<string, Entity[]>();
  private aliases = new Map<string, AliasUse[]>();
  /** every person mention outside quotes, in order, for pronoun fallback */
  private personMentions: AliasUse[] = [];
  private orgMentions: AliasUse[] = [];

  /** The organisation most recently mentioned (outside quotations) before pos. */
  lastOrgBefore(pos: number): Entity | null {
    let lo = 0;
    let hi = this.orgMentions.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.orgMentions[mid].pos < pos) { idx = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return idx >= 0 ? this.orgMentions[idx].entity : null;
  }
  /** person mentions in subject position (sentence-initial, outside quotes), in order */
  private subjectMentions: AliasUse[] = [];

  addSubject(entity: Entity, pos: number, knownPerson = false): void {
    // full names only: a lone capitalised word ("African-Americans") is too often no person
    if (entity.type === 'person' && (entity.tokens.length >= 2 || knownPerson)) this.subjectMentions.push({ pos, entity });
  }

  /** Recent persons in subject position before pos, most recent first (at most n). */
  subjectsBefore(pos: number, n: number): AliasUse[] {
    const out: AliasUse[] = [];
    let lo = 0;
    let hi = this.subjectMentions.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.subjectMentions[mid].pos < pos) { idx = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let i = idx; i >= 0 && out.length < n; i--) out.push(this.subjectMentions[i]);
    return out;
  }

  /** The most recent person in subject position before pos, with its position. */
  lastSubjectBefore(pos: number): AliasUse | null {
    let lo = 0;
    let hi = this.subjectMentions.length - 1;
    let ans: AliasUse | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.subjectMentions[mid].pos < pos) { ans = this.subjectMentions[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  /** Lower-cased names, memoised: an article mentions the same few names again and again. */
  private keys = new Map<string, string>();

  private keyOf(canonical: string): string {
    let k = this.keys.get(canonical);
    if (k === undefined) {
      k = canonical.toLowerCase();
      this.keys.set(canonical, k);
    }
    return k;
  }

  /** Register a mention; returns the entity it denotes (a short form joins its full name). */
  add(rawCanonical: string, type: EntityType, pos: number, inQuote: boolean): Entity {
    if (this.looked.size > 0) this.looked.clear();
    const canonical = type === 'person' || type === 'unknown' ? this.trim(rawCanonical) : rawCanonical;
    const key = this.keyOf(canonical);
    let e = this.byCanon.get(key);
    if (!e) {
      const toks = nameTokens(canonical);
      const full = type === 'person' || type === 'unknown' ? this.findFuller(toks, pos, true) : null;
      if (full) e = full;
      else {
        e = { id: this.entities.length, canonical, tokens: toks, type, role: null, mentions: [], plainMentions: [], gender: type === 'person' || type === 'unknown' ? genderOf(toks[0] ?? '') : null };
        this.entities.push(e);
        this.indexTokens(toks, e);
      }
      this.byCanon.set(key, e);
    } else if (e.type === 'unknown' && type !== 'unknown') {
      e.type = type;
    }
    e.mentions.push(pos);
    if (!inQuote) {
      e.plainMentions.push(pos);
      if (e.type === 'person') this.personMentions.push({ pos, entity: e });
      else if (e.type === 'organization') this.orgMentions.push({ pos, entity: e });
    }
    return e;
  }

  /** Index a new entity under each of its distinct words (names are short: indexOf, no Set per entity). */
  private indexTokens(toks: readonly string[], e: Entity): void {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (toks.indexOf(t) < i) continue; // a repeated word ("Nguyen Van Nguyen"): indexed once
      const list = this.byToken.get(t);
      if (list) list.push(e); else this.byToken.set(t, [e]);
    }
  }

  /**
   * The person whose name contains all the given tokens and has more of them: the most
   * recently mentioned before pos, else (headline before the introduction) the first after.
   */
  findFuller(toks: string[], pos: number, strictlyLonger: boolean): Entity | null {
    if (toks.length === 0) return null;
    const cands = this.byToken.get(toks[toks.length - 1]);
    if (!cands) return null;
    let best: Entity | null = null;
    let bestPos = -1;
    for (const c of cands) {
      if (c.type !== 'person' && c.type !== 'unknown') continue;
      if (strictlyLonger ? c.tokens.length <= toks.length : c.tokens.length < toks.length) continue;
      if (!containsAll(c.tokens, toks)) continue;
      const p = lastBefore(c.mentions, pos + 1);
      if (p > bestPos || (p === bestPos && best && c.tokens.length > best.tokens.length)) { best = c; bestPos = p; }
    }
    return best;
  }

  /** The entity a written name stands for at pos: itself, or the fuller name containing it. */
  resolveName(canonical: string, pos: number): Entity | null {
    let e = this.lookup(canonical);
    if (!e || (e.tokens.length === 1 && e.type !== 'organization')) {
      const fuller = this.findFuller(this.searchTokens(canonical), pos, true);
      if (fuller) e = fuller;
    }
    return e;
  }

  /**
   * Memos of lookup() and of the words resolveName() searches for, per written name: quotes
   * resolve the same few names again and again, and each costs lower-cased copies and a regex
   * split. Emptied whenever a mention is added (the answers depend on the registry's content).
   */
  private looked = new Map<string, Entity | null>();
  private searched = new Map<string, string[]>();

  private searchTokens(canonical: string): string[] {
    let toks = this.searched.get(canonical);
    if (toks === undefined) {
      toks = nameTokens(this.trim(canonical));
      this.searched.set(canonical, toks);
    }
    return toks;
  }

  lookup(canonical: string): Entity | null {
    let e = this.looked.get(canonical);
    if (e === undefined) {
      e = this.byCanon.get(canonical.toLowerCase()) ?? this.byCanon.get(this.trim(canonical).toLowerCase()) ?? null;
      this.looked.set(canonical, e);
    }
    return e;
  }

  addAlias(phrase: string, entity: Entity, pos: number): void {
    const key = roleKey(phrase);
    if (!key || key === entity.canonical.toLowerCase()) return;
    const list = this.aliases.get(key);
    if (list) list.push({ pos, entity }); else this.aliases.set(key, [{ pos, entity }]);
    if (!entity.role) entity.role = phrase.trim();
  }

  /** The entity a role phrase stood for most recently before pos (or first after it). */
  resolveAlias(phrase: string, pos: number): Entity | null {
    const list = this.aliases.get(roleKey(phrase));
    if (!list || list.length === 0) return null;
    // uses are in text order: binary search for the last one before pos
    let lo = 0;
    let hi = list.length - 1;
    let best: Entity | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].pos < pos) { best = list[mid].entity; lo = mid + 1; } else hi = mid - 1;
    }
    return best ?? list[0].entity;
  }

  /** The person most recently mentioned (outside quotations) before pos that passes `fits`. */
  lastPersonBefore(pos: number, fits: (e: Entity) => boolean = () => true): Entity | null {
    let lo = 0;
    let hi = this.personMentions.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.personMentions[mid].pos < pos) { idx = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let i = idx; i >= 0 && i > idx - 8; i--) if (fits(this.personMentions[i].entity)) return this.personMentions[i].entity;
    return null;
  }
}


/**
 * Paragraphs written in Title Case (headlines) give no reliable name boundaries: at least three
 * capitalised words and no lower-case word beyond the small ones headlines keep in lower case.
 */
export function headlineParagraphs(tokens: Token[]): Uint8Array {
  const flag = new Uint8Array(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !tokens[j].nlBefore) j++;
    if (j - i < 40) {
      let caps = 0;
      let title = true;
      for (let k = i; k < j && title; k++) {
        const t = tokens[k];
        if (t.kind !== 'word' || t.inQuote >= 0) continue;
        if (t.capital) caps++;
        else if (isLowerWord(t.text) && !HEADLINE_SMALL.has(t.lower)) title = false;
      }
      if (title && caps >= 3) for (let k = i; k < j; k++) flag[k] = 1;
    }
    i = j;
  }
  return flag;
}

export interface RunAt {
  info: RunInfo;
  entity: Entity;
}

/**
 * Register every name run of the text. Returns the runs by start token so attribution can
 * reuse them. `lowerSeen` holds word forms that occur in lower case somewhere in the text: a
 * capitalised sentence opener found there ("Hubungan", "Selama") is an ordinary word.
 */
export function buildRegistry(text: string, tokens: Token[], sentences: Sentence[], sentOf: Int32Array, headline: Uint8Array, lang: Language): { registry: Registry; runs: Map<number, RunAt> } {
  const registry = new Registry(tokens, lang);
  const runs = new Map<number, RunAt>();
  const lowerSeen = lowerFormsOfOpeners(tokens, sentences);
  const n = tokens.length;
  collectNameContext(tokens, sentences, sentOf, registry.names);
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (!isNameToken(t) || headline[i]) { i++; continue; }
    let a = i;
    const limit = sentences[sentOf[i]].endTok;
    const b = runEndFrom(tokens, i, limit);
    // a capitalised opener of a sentence or quotation that is an ordinary word elsewhere
    // (in Indonesian a role word before more name words opens the office however the text writes
    // it elsewhere: "Menteri Keuangan Sri Mulyani" after "para menteri"; English sentence openers
    // such as "Former" and "Experts" are no office)
    while (a <= b && isOpener(tokens, a, sentences, sentOf) && ((lowerSeen.has(tokens[a].lower) && !(lang === 'id' && a < b && isRoleWord(tokens[a].lower))) || isNotNameStart(tokens[a].lower) || SENTENCE_OPENERS.has(tokens[a].lower) || opensParticiplePhrase(tokens, a))) a++;
    while (a <= b && isNotNameStart(tokens[a].lower) && tokens[a].lower !== 'the') a++;
    if (a > b || isDateline(tokens, a, b)) { i = b + 1; continue; }
    // "Koordinator Nasional Destructive Fishing Watch (DFW) Indonesia Muhammad Abdi Suhufan": the
    // office before an acronym in brackets is the role of the person named after it, not a person
    if (lang === 'id' && officeBeforePerson(text, tokens, a, b, limit)) { i = b + 1; continue; }
    const info = analyzeRun(text, tokens, a, b);
    let phraseA = a;
    if (info) {
      const inQuote = tokens[a].inQuote >= 0;
      let entity: Entity;
      if (info.nameA > info.nameB || (info.role !== null && info.canonical === info.role)) {
        // a bare role ("Presiden Rusia"): register as its own unknown entity for aliasing
        entity = registry.add(info.canonical, info.type, tokens[a].start, inQuote);
      } else {
        entity = registry.add(info.canonical, info.type, tokens[info.nameA].start, inQuote);
        const roles = lang === 'id' && entity.type === 'person' ? officeRoles(text, tokens, sentences[sentOf[a]].startTok, a, b, info, entity, registry)
          : { role: lang === 'id' ? roleWithTrimmed(info.role, info.canonical, entity.canonical, registry) : info.role, title: null, start: a };
        if (roles.role && entity.type === 'person') registry.addAlias(roles.role, entity, tokens[a].start);
        if (roles.title && roles.title !== roles.role) registry.addAlias(roles.title, entity, tokens[a].start);
        // the office is where the person's phrase opens: its position decides the subject below
        phraseA = roles.start;
      }
      runs.set(a, { info, entity });
      if (entity.gender === null && entity.type === 'person') {
        const h = tokens[a].lower;
        if (h === 'mr' || h === 'mister' || h === 'pak' || h === 'bapak') entity.gender = 'm';
        else if (h === 'mrs' || h === 'ms' || h === 'miss' || h === 'bu' || h === 'ibu') entity.gender = 'f';
      }
      const sentStart = sentences[sentOf[a]].startTok;
      // "Pengamat ekonomi pertanian Bambang Wicaksono memprediksi …": a role in lower-case words opens
      // the sentence; the person is its subject and holds the role (a "-nya" cue may follow)
      // ("Pengusaha pakaian anak Arsylla Kids, Neneng, …": a name after the comma is the person)
      const apposed = tokens[b + 1]?.text === ',' && tokens[b + 2] !== undefined && isNameToken(tokens[b + 2]);
      const lead = lang === 'id' && !inQuote && entity.type === 'person' && !apposed ? lowerRoleLead(tokens, sentStart, a) : -1;
      if (lead >= 0) registry.addAlias(text.slice(tokens[lead].start, tokens[leadEnd(tokens, lead, a - 1)].end), entity, tokens[lead].start);
      const roleAfter = registerApposition(text, tokens, registry, info, entity, sentences, sentOf);
      if (!inQuote && (lead >= 0 || isSubjectPosition(tokens, phraseA, b, sentStart, lowerSeen, lang) || (lang === 'id' && isPassiveAgent(tokens, phraseA)))) {
        // one-word Indonesian names are common; a role written with the name or an age in
        // brackets ("Bupati Sehan", "Ipah, tetangga Bayu,", "Tasya (26)") shows it is a person
        registry.addSubject(entity, tokens[phraseA].start, lang === 'id' && (roleAfter || info.role !== null || lead >= 0 || afterBracketedAge(tokens, b + 1) > b + 1));
      }
    }
    i = b + 1;
  }
  return { registry, runs };
}

/**
 * An Indonesian person's role from the office written before the run [a, b]: around an acronym
 * in brackets ("Koordinator Nasional … (DFW) Indonesia Muhammad …") or through commas and "dan"
 * ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD", where the run alone holds
 * only "Keamanan"); else the run's own role. `title` is a shorter form that still names the person
 * later ("… (DIY) Sultan Hamengku Buwono X" … "kata Sultan"); `start` is where the office opens.
 */
function officeRoles(text: string, tokens: Token[], sentStart: number, a: number, b: number, info: RunInfo, entity: Entity, registry: Registry): { role: string | null; title: string | null; start: number } {
  const office = officeBeforeAcronym(tokens, a, sentStart);
  if (office >= 0) return { role: officeRole(text, tokens, office, a, b, entity.canonical), title: info.role, start: office };
  const own = roleWithTrimmed(info.role, info.canonical, entity.canonical, registry);
  const held = officeHolderEndingAt(text, tokens, b, sentStart);
  const heldRole = held && held.start < a && held.run.role ? heldOfficeOf(held.run, entity.canonical) : null;
  if (held && heldRole && extendsRole(heldRole, own, tokens, held.start)) {
    return { role: heldRole, title: own, start: held.start };
  }
  return { role: own, title: null, start: a };
}

/**
 * The office's words up to where the person's name (as the registry keeps it) is written, "Koordinator
 * … (DFW) Indonesia"; an honorific or a name opener there already belongs to the name ("… Brigadir
 * Jenderal (Pol) Raden Prabowo Argo Yuwono", "… (IOJI) Mas Achmad Santosa").
 */
function officeRole(text: string, tokens: Token[], office: number, a: number, b: number, name: string): string {
  const at = text.indexOf(name, tokens[a].start);
  let end = a;
  while (end <= b && tokens[end].start < at && !HONORIFICS.has(tokens[end].lower) && !NAME_OPENERS_ID.has(tokens[end].lower)) end++;
  return end > a ? text.slice(tokens[office].start, tokens[end - 1].end) : text.slice(tokens[office].start, tokens[a - 1].end);
}

/**
 * The whole office of a title read back from a name, when the title names this person: its role,
 * with the words the registry trimmed off the front of the name ("Kepala Dinas Pertanian,
 * Pangan, dan Perikanan" and "Sleman Heru Saptono" read as Heru Saptono give "… Perikanan
 * Sleman"). Null when the title names someone else.
 */
function heldOfficeOf(run: RunInfo, person: string): string | null {
  if (run.role === null) return null;
  if (run.canonical === person) return run.role;
  const cut = run.canonical.length - person.length - 1;
  return cut > 0 && run.canonical.endsWith(person) && run.canonical.charAt(cut) === ' ' ? `${run.role} ${run.canonical.slice(0, cut)}` : null;
}

/**
 * The office read through commas and "dan" only adds words before the role the run already gave
 * ("… dan Keamanan" after "Keamanan"), or gives one where there was none (see opensOffice).
 */
function extendsRole(office: string, role: string | null, tokens: Token[], start: number): boolean {
  if (!opensOffice(tokens, start)) return false;
  return role === null || (office.length > role.length && office.endsWith(role));
}

/** The run [a, b] is an office before an acronym in brackets and a person's name ("Koordinator Nasional Destructive Fishing Watch (DFW) Indonesia Muhammad …"). */
function officeBeforePerson(text: string, tokens: Token[], a: number, b: number, limit: number): boolean {
  const p = nameAfterOfficeAcronym(tokens, a, b, limit);
  if (p < 0) return false;
  const person = analyzeRun(text, tokens, p, runEndFrom(tokens, p, limit));
  return person !== null && person.type === 'person' && person.nameA <= person.nameB && person.canonical !== person.role;
}

/**
 * The role with the office words the registry trimmed off the front of an Indonesian name
 * ("Ketua DPRD" and "Sidoarjo Usman" trimmed to "Usman" give "Ketua DPRD Sidoarjo"). English
 * trims cut headline words and first names, which belong to no role.
 */
export function roleWithTrimmed(role: string | null, written: string, speaker: string, registry: Registry): string | null {
  const office = speaker === written ? null : registry.names.officeOf(written, role);
  if (office === null) return role;
  return role ? `${role} ${office}` : office;
}


/**
 * How many tokens an introductory phrase before a subject may have. English opens sentences
 * with long participle and time phrases ("Repeating from his much-praised speech at the
 * Democratic National Convention last week, Biden rubbished …"); Indonesian keeps 12, where a
 * longer opening chunk is more often a clause of its own.
 */
const INTRO_MAX_EN = 20;
const INTRO_MAX_ID = 12;

/**
 * A name at the head of its sentence (after at most two opening words) followed by a verb-like
 * lower-case word or an apposition comma: "Mr. Obama said ...", "But Clinton, who ..., ...".
 */
function isSubjectPosition(tokens: Token[], a: number, b: number, sentStart: number, lowerSeen: ReadonlySet<string>, lang: Language): boolean {
  const introMax = lang === 'en' ? INTRO_MAX_EN : INTRO_MAX_ID;
  // at the head of the sentence, or right after an introductory phrase ("In his speech, Trump ..."),
  // or opening a clause joined by ", but" / ", while" ("…, but Christie wasn't having it")
  const joined = a >= 2 && tokens[a - 2].text === ',' && CLAUSE_JOINERS.has(tokens[a - 1].lower);
  // "Her neighbor, retired teacher Frank Dubois, shrugged": the name behind a lower-case role
  // that follows the comma of a description opening the sentence
  const described = lang === 'en' && !joined && roleAfterComma(tokens, a, sentStart, introMax);
  if (a - sentStart > 2 && !joined && !described && !(tokens[a - 1].text === ',' && a - sentStart <= introMax)) return false;
  if (!joined && !described && tokens[a - 1]?.text !== ',' && !opensAsSubject(tokens, sentStart, a, lowerSeen)) return false;
  // "Rindang Wibisono (18) sudah lama menunggu": an age in brackets stands between name and verb
  const next = tokens[afterBracketedAge(tokens, b + 1)];
  if (!next) return false;
  // "Pence's performance was ...": the possessor is not the subject
  if (possessorAt(tokens, b) || endsWithApostrophe(tokens[b].text)) return false;
  if (next.text === ',') return true;
  // Indonesian puts its adverbs before the verb: "Tasya juga mengurungkan niat", "Rindang sudah menunggu"
  return next.kind === 'word' && !next.capital && (!isNotNameStart(next.lower) || (lang === 'id' && PREDICATE_ADVERBS_ID.has(next.lower)));
}

/** One or two lower-case words ending in a role or person noun, right after a comma early in the sentence, before the name at a. */
function roleAfterComma(tokens: Token[], a: number, sentStart: number, introMax: number): boolean {
  const last = tokens[a - 1];
  if (!last || last.kind !== 'word' || last.capital || !(isRoleWord(last.lower) || PERSON_NOUNS.has(last.lower))) return false;
  let k = a - 1;
  while (k > sentStart && a - k < 2 && tokens[k - 1].kind === 'word' && !tokens[k - 1].capital) k--;
  return k - 1 > sentStart && tokens[k - 1].text === ',' && k - 1 - sentStart <= introMax;
}

/**
 * The start of a role written in lower-case words that opens the sentence before the name at a
 * ("Pengamat ekonomi pertanian", "Guru sekolah dasar"): a capitalised role word, then one to three
 * lower-case words that are no verbs; -1 when the sentence does not open so.
 */
function lowerRoleLead(tokens: Token[], sentStart: number, a: number): number {
  if (a - sentStart < 2 || a - sentStart > 4) return -1;
  const first = tokens[sentStart];
  if (first.kind !== 'word' || !first.capital || !isRoleWord(first.lower)) return -1;
  for (let k = sentStart + 1; k < a; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capital || (VERB_PREFIX_ID.test(t.lower) && !isRoleWord(t.lower))) return -1;
  }
  return sentStart;
}

/** Where a lower-case role lead ends: before "seperti" / "yakni" ("Warga lain seperti Rudianta"). */
function leadEnd(tokens: Token[], lead: number, e: number): number {
  while (e > lead && LIST_MARKERS_ID.has(tokens[e].lower)) e--;
  return e;
}

/**
 * The (at most two) words before a name at the head of its sentence leave it the subject ("But
 * Clinton", a run-in subheading such as "Sudah diingatkan Wakil Ketua KPK …"), unless they are a
 * subject and its verb: a pronoun ("Ia mendorong Polda Metro Jaya …", "He called Clinton …") or
 * a name ("Bambang memprediksi Jembatan Musi VI …"), i.e. a capitalised word the text never
 * writes in lower case (but not "Salah satunya Minda …", which still opens with its subject), followed by a lower-case word that is no role ("Trump spokesman Hope
 * Hicks" is still the subject).
 */
function opensAsSubject(tokens: Token[], sentStart: number, a: number, lowerSeen: ReadonlySet<string>): boolean {
  for (let k = sentStart; k < a; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (SUBJECT_PRONOUNS.has(t.lower)) return false;
    const next = tokens[k + 1];
    if (t.capital && !lowerSeen.has(t.lower) && !ONE_OF_ID.has(t.lower) && next.kind === 'word' && !next.capital && !OPENING_JOINERS.has(next.lower) && !isRoleWord(next.lower)) return false;
  }
  return true;
}

/** The agent of an Indonesian passive reporting verb: "Hal senada disampaikan <Ketua … Hendra Wijaya>". */
function isPassiveAgent(tokens: Token[], a: number): boolean {
  let v = a - 1;
  if (v >= 0 && tokens[v].lower === 'oleh') v--;
  return v >= 0 && tokens[v].kind === 'word' && PASSIVE_SPEECH_VERBS_ID.has(tokens[v].lower);
}

/**
 * Which capitalised sentence openers also occur in lower case in the text ("Selama" / "selama"):
 * collect the openers first (few), then one pass marks those seen in lower case.
 */
function lowerFormsOfOpeners(tokens: Token[], sentences: Sentence[]): Set<string> {
  const openers = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const start = sentences[s].startTok;
    const t = tokens[start];
    if (t.kind === 'word') openers.add(t.lower);
    const t2 = tokens[start + 1];
    if (t2 && t.kind === 'quote' && t2.kind === 'word') openers.add(t2.lower);
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].kind === 'quote' && tokens[i + 1].kind === 'word') openers.add(tokens[i + 1].lower);
  }
  const seen = new Set<string>();
  if (openers.size === 0) return seen;
  // A screen by first two letters and length: most words cannot be an opener and are not looked
  // up. An opener found in lower case leaves the screen, so the frequent ones ("the", "he") are
  // looked up once, not at every occurrence.
  const screen = OPENER_SCREEN;
  for (const o of openers) screen[shapeOf(o)]++;
  for (let i = 0; i < tokens.length && openers.size > 0; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const c = t.text.charCodeAt(0);
    // lower-case initial (ASCII fast path; other scripts through the general test)
    if ((c >= 97 && c <= 122) || (c >= 128 && !t.capital)) {
      const l = t.lower;
      const shape = shapeOf(l);
      if (screen[shape] !== 0 && openers.delete(l)) {
        seen.add(l);
        screen[shape]--;
      }
    }
  }
  for (const o of openers) screen[shapeOf(o)] = 0; // leave the shared screen empty for the next article
  return seen;
}

/**
 * Screen of lowerFormsOfOpeners, allocated once: per shape, how many openers not yet seen in
 * lower case have it. Empty between calls.
 */
const OPENER_SCREEN = new Int32Array(32 * 32 * 32);

/** A word's shape: low five bits of its first two code units and its length (31 and longer share one). */
function shapeOf(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) & 31 : 0;
  return ((((word.charCodeAt(0) & 31) << 5) | second) << 5) | Math.min(word.length, 31);
}

/** Ends in ' or ’ (with endsWithPossessive, what /['’]s?$/ tests, without a regex). */
function endsWithApostrophe(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c === 39 || c === 0x2019;
}

function isOpener(tokens: Token[], i: number, sentences: Sentence[], sentOf: Int32Array): boolean {
  if (i === 0) return true;
  if (sentences[sentOf[i]].startTok === i) return true;
  const prev = tokens[i - 1];
  return prev.kind === 'quote' || prev.text === ':' || prev.text === '(' || prev.text === '—';
}

/**
 * Appositions tie roles to names: "Presiden Rusia, Vladimir Putin," and "John Nilsson-Wright,
 * kepala program ..., mengatakan". The role phrase becomes an alias of the person.
 */
function registerApposition(text: string, tokens: Token[], registry: Registry, info: RunInfo, entity: Entity, sentences: Sentence[], sentOf: Int32Array): boolean {
  if (entity.type !== 'person' || info.role === info.canonical) return false;
  const sent = sentences[sentOf[info.a]];
  // role before: "<role phrase>, NAME"
  const comma = info.a - 1;
  if (comma > sent.startTok && tokens[comma].text === ',') {
    let s = comma - 1;
    let count = 0;
    while (s > sent.startTok && count < 10) {
      const tk = tokens[s - 1];
      if (tk.kind !== 'word' || tk.inQuote >= 0) break;
      if (isNotNameStart(tk.lower) && !tk.capital) break;
      s--;
      count++;
    }
    // trim leading words that are not part of the role ("dengan pemimpin ...", "kata juru bicara ...",
    // "Menurut Kepala Desa ...")
    while (s < comma && ((!tokens[s].capital && !isRoleWord(tokens[s].lower)) || (isNotNameStart(tokens[s].lower) && !isRoleWord(tokens[s].lower)))) s++;
    if (s < comma && looksLikeRole(tokens, s, comma - 1) && !hasSpeechVerb(tokens, s, comma - 1)) {
      registry.addAlias(text.slice(tokens[s].start, tokens[comma - 1].end), entity, tokens[s].start);
    }
  }
  // role after: "NAME, <role phrase>," (an Indonesian age in brackets may come first: "Minda (21), …")
  const after = afterBracketedAge(tokens, info.b + 1);
  if (after < sent.endTok && tokens[after].text === ',') {
    let e = after + 1;
    while (e <= sent.endTok && e - after < 25 && tokens[e].kind !== 'quote' && !(tokens[e].kind === 'punct' && tokens[e].text !== '-' && tokens[e].text !== '(' && tokens[e].text !== ')')) e++;
    const f = tokens[after + 1];
    const opensRole = isRoleWord(f.lower) || ((f.lower === 'a' || f.lower === 'an' || f.lower === 'the' || f.lower === 'seorang' || f.lower === 'mantan' || f.lower === 'former') && e > after + 2 && (isRoleWord(tokens[after + 2].lower) || looksLikeRole(tokens, after + 1, Math.min(e - 1, after + 4)))) ||
      ordinaryPersonAfter(tokens, after + 1, e);
    if (e > after + 1 && opensRole) {
      const role = text.slice(tokens[after + 1].start, tokens[demonstrativeEnd(tokens, after + 1, e) - 1].end);
      if (!entity.role) entity.role = role;
      registry.addAlias(role, entity, tokens[after + 1].start);
      return true;
    }
  }
  return false;
}

/**
 * Indonesian: the apposition from f (before e) opens with a noun for an ordinary person, possibly
 * after "salah satu" / "salah seorang" ("Sinta, salah satu peserta, …", "Ipah, tetangga Bayu, …").
 */
function ordinaryPersonAfter(tokens: Token[], f: number, e: number): boolean {
  let k = f;
  while (k < e && k < f + 2 && ONE_OF_ID.has(tokens[k].lower)) k++;
  if (!(k < e && tokens[k].kind === 'word' && !tokens[k].capital && PERSON_NOUNS_ID.has(tokens[k].lower))) return false;
  // an apposition closes with a comma and holds no verb: "Dedie, ayah tersebut sakit dan
  // berobat …" opens a clause about someone else
  if (tokens[e]?.text !== ',') return false;
  for (let j = k + 1; j < e; j++) {
    const t = tokens[j];
    if (t.kind === 'word' && (DEMONSTRATIVES.has(t.lower) || (isPrefixedVerbId(t) && tokens[j - 1].lower !== 'yang'))) return false;
  }
  return true;
}

/**
 * Where an Indonesian apposition from f (before e) ends: at a demonstrative that closes it before
 * its verb ("Arni (28), karyawan swasta itu menyampaikan, …" gives "karyawan swasta"), else e.
 */
function demonstrativeEnd(tokens: Token[], f: number, e: number): number {
  for (let j = f + 1; j < e; j++) {
    const n = tokens[j + 1];
    if (tokens[j].kind === 'word' && DEMONSTRATIVES.has(tokens[j].lower) && (j + 1 === e || isPrefixedVerbId(n))) return j;
  }
  return e;
}

/** A lower-case Indonesian word with a verb prefix ("menyampaikan", "berobat", "dibuka"). */
function isPrefixedVerbId(t: Token): boolean {
  return t.kind === 'word' && !t.capital && t.lower.length > 4 && VERB_PREFIX_ID.test(t.lower);
}

/** The token after an age in brackets at i ("Tasya (26)"), else i. */
function afterBracketedAge(tokens: Token[], i: number): number {
  const n = tokens[i + 1];
  return tokens[i]?.text === '(' && n !== undefined && /^\d{1,3}$/.test(n.text) && tokens[i + 2]?.text === ')' ? i + 3 : i;
}

/** A phrase that names a position: it opens with a role/title word, possibly after a determiner. */
/** Speech verbs of both languages: a phrase holding one is an attribution, not a role. */
const SPEECH_VERBS_ANY: ReadonlySet<string> = new Set([...enLexicon.speechVerbs, ...enLexicon.postCues, ...idLexicon.speechVerbs, ...idLexicon.postCues]);

/** "In Miami, Mr. Regalado said, Mr. Trump is seen as …": the words before the name's comma hold a speech verb. */
function hasSpeechVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!tokens[k].capital && SPEECH_VERBS_ANY.has(tokens[k].lower)) return true;
  return false;
}

export function looksLikeRole(tokens: Token[], a: number, b: number): boolean {
  let i = a;
  const first = tokens[i].lower;
  if (first === 'a' || first === 'an' || first === 'the' || first === 'sang' || first === 'seorang' || first === 'mantan' || first === 'former') i++;
  for (let k = i; k <= b && k < i + 4; k++) {
    if (isRoleWordLower(tokens[k].lower)) return true;
    if (isNameToken(tokens[k]) && k === i) continue;
  }
  return false;
}

function isRoleWordLower(l: string): boolean {
  return isRoleWord(l);
}
