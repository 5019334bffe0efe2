/**
 * Indonesian office titles before a name: "kata Menteri Riset dan Teknologi / Kepala Badan Riset
 * dan Inovasi Nasional Bambang Santoso", "kata Kepala Bagian Hukum dan Humas, Rumah Sakit Umum
 * Daerah Sukamaju, Rina Wulandari". The title runs through "dan", "/", "dari" and commas, and
 * its capitalised office words look like a name, so reading the first name-like run gives "Menteri
 * Riset" or "Bagian Hukum". Kompas names the office holder last; the person is read from the end
 * of the phrase and everything before goes to the role.
 */
import { CALENDAR_WORDS as CALENDAR_WORDS_, PLACE_WORDS as PLACE_WORDS_ } from './lexicon/shared';
import { OFFICE_DOMAIN as OFFICE_DOMAIN_, OFFICE_TITLE_WORDS_ID as OFFICE_TITLE_WORDS_ID_, ROLE_DOMAIN as ROLE_DOMAIN_ } from './lexicon/names';
import { classifyName as classifyName_, isNameToken as isNameToken_, numberedDash as numberedDash_, isRoleMarker as isRoleMarker_, isRoleWord as isRoleWord_, nameText as nameText_, runStartFrom as runStartFrom_, type RunInfo } from './names';
import { isAcronym as isAcronym_, type Token } from './text';
import { TITLE_COORDINATORS as TITLE_COORDINATORS_, TITLE_LINKS as TITLE_LINKS_ } from './lexicon/function-words';
// Local bindings of hot imports: transpiled ESM reads each import through a getter call.
const CALENDAR_WORDS = CALENDAR_WORDS_;
const PLACE_WORDS = PLACE_WORDS_;
const OFFICE_DOMAIN = OFFICE_DOMAIN_;
const OFFICE_TITLE_WORDS_ID = OFFICE_TITLE_WORDS_ID_;
const ROLE_DOMAIN = ROLE_DOMAIN_;
const classifyName = classifyName_;
const numberedDash = numberedDash_;
const isRoleMarker = isRoleMarker_;
const isRoleWord = isRoleWord_;
const isNameToken = isNameToken_;
const runStartFrom = runStartFrom_;
const nameText = nameText_;
const isAcronym = isAcronym_;

const TITLE_LINKS = TITLE_LINKS_;
const COORDINATORS = TITLE_COORDINATORS_;
/** How far the title is read (tokens); Kompas titles rarely pass twenty words. */
const MAX_TITLE_TOKENS = 40;
/** A personal name is at most this many words ("Maria Dian Kusuma Putri", "Budi PS Santoso"). */
const MAX_NAME_TOKENS = 4;
/** "Pengendalian", "Kebudayaan", "Perencanaan": an Indonesian abstract noun names an office, not a person. */
const OFFICE_NOUN = /^(pe|ke)\p{Ll}{3,}an$/u;
/** "Kemenkumham", "Kemenperin": a ministry's short name. */
const MINISTRY_SHORT = /^kemen\p{Ll}+$/u;

/**
 * The office holder named at the end of the title that starts at token s (a role word), or null
 * when the phrase is a single run (names.ts splits those) or no personal name ends it.
 */
export function officeHolder(text: string, tokens: Token[], s: number, limit: number): { run: RunInfo; end: number } | null {
  if (!isRoleWord(tokens[s].lower)) return null;
  const end = titleEnd(tokens, s, limit);
  if (end < 0) return null;
  let b = end;
  while (b > s && !nameWord(tokens[b])) b--;
  const nameA = nameStart(tokens, s, b);
  if (nameA < 0 || classifyName(text, tokens, nameA, b) !== 'person') return null;
  let roleEnd = nameA - 1;
  while (roleEnd > s && tokens[roleEnd].text === ',') roleEnd--;
  const canonical = nameText(text, tokens, nameA, b);
  const role = text.slice(tokens[s].start, tokens[roleEnd].end);
  return { run: { a: s, b, nameA, nameB: b, role, type: 'person', canonical }, end: b };
}

/**
 * The same title read backwards from a subject that ends at token k ("Menteri Pariwisata dan
 * Ekonomi Kreatif Budi Hartono mengatakan"): the earliest role word reachable through title
 * words whose title ends exactly at k, with the office holder it names.
 */
export function officeHolderEndingAt(text: string, tokens: Token[], k: number, floor: number): { run: RunInfo; start: number } | null {
  const roleWords: number[] = [];
  for (let i = k; i >= floor && k - i <= MAX_TITLE_TOKENS; i--) {
    const t = tokens[i];
    if (t.kind === 'quote' || t.inQuote >= 0) break;
    const role = t.kind === 'word' && isRoleWord(t.lower);
    // "… Penanganan Covid - 19 dan …": the number and its dash belong to the title
    const numbered = numberedDash(tokens, i) || numberedDash(tokens, i - 1);
    if (!(role || numbered || nameWord(t) || TITLE_LINKS.has(t.lower) || t.text === ',' || t.text === '(' || t.text === ')')) break;
    // "luar kota Kepala Badan …": a lower-case place word opens no title
    if (role && (t.capital || !PLACE_WORDS.has(t.lower))) roleWords.push(i);
  }
  for (let j = roleWords.length - 1; j >= 0; j--) {
    const found = officeHolder(text, tokens, roleWords[j], k);
    if (found && found.end === k) return { run: found.run, start: roleWords[j] };
  }
  return null;
}

/**
 * Last token of a title that goes past one run (through a link word, a slash or a comma), or -1
 * when it stops at the first run. Stops at a lower-case word ("saat", "di"), a date, a sentence
 * end or a quotation.
 */
function titleEnd(tokens: Token[], s: number, limit: number): number {
  let end = s;
  let linked = false;
  let depth = 0;
  for (let k = s + 1; k <= limit && k < tokens.length && k - s <= MAX_TITLE_TOKENS; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || t.inQuote >= 0) break;
    if (t.text === '(') { depth++; continue; }
    if (t.text === ')') { if (depth === 0) break; depth--; continue; }
    if (depth > 0) continue;
    // "Kabarkota.co": a domain glued to the organisation's name
    if (!t.spaceBefore && k + 1 <= limit && t.text === '.' && tokens[k + 1] && !tokens[k + 1].spaceBefore && tokens[k + 1].kind === 'word') { k++; continue; }
    if (nameWord(t) || (t.kind === 'word' && isRoleWord(t.lower))) { end = k; continue; }
    if (k + 1 <= limit && numberedDash(tokens, k)) { end = ++k; continue; }
    // "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": a list's comma before its "dan"
    if (t.text === ',' && tokens[k + 1] !== undefined && tokens[k + 1].lower === 'dan') continue;
    const nx = tokens[k + 1];
    const opensMore = nx !== undefined && k + 1 <= limit && nx.kind === 'word' && (nameWord(nx) || isRoleWord(nx.lower));
    const secondTitle = COORDINATORS.has(t.lower) && nx !== undefined && opensTitle(nx);
    if ((TITLE_LINKS.has(t.lower) || t.text === ',') && opensMore && !secondTitle) { linked = true; continue; }
    break;
  }
  return linked ? end : -1;
}

/** A role word that opens a person's title ("Wakil", "Menteri"), not a domain or place word ("Hukum", "Kota"). */
function opensTitle(t: Token): boolean {
  const l = t.lower;
  return isRoleWord(l) && !PLACE_WORDS.has(l) && !ROLE_DOMAIN.has(l) && !OFFICE_DOMAIN.has(l) && !OFFICE_TITLE_WORDS_ID.has(l);
}

/** A capitalised word that can belong to a title or name (not a weekday or month). */
function nameWord(t: Token): boolean {
  return t.kind === 'word' && t.capital && !CALENDAR_WORDS.has(t.lower);
}

/**
 * First token of the personal name that ends at b: the words after the last office word of the
 * title, at most four. The name must follow an office word in the same run ("… Kementerian
 * Kesehatan Andi Saputra") or open a run of its own after a comma (", Rina Wulandari"): a run
 * after "dan" or "/" is more of the office ("Riset dan Teknologi").
 */
function nameStart(tokens: Token[], s: number, b: number): number {
  let a = b;
  while (a - 1 > s && b - (a - 1) < MAX_NAME_TOKENS && personWord(tokens[a - 1])) a--;
  // "Rektor UI Ari Kuncoro": a two-letter acronym opening the name is the office's
  while (a < b && isAcronym(tokens[a].text) && tokens[a].text.length === 2) a++;
  if (!personWord(tokens[a]) || !plainWordIn(tokens, a, b)) return -1;
  const before = tokens[a - 1];
  // after a comma the name stands alone, so it needs a given name and a surname to be told from a town
  if (before.text === ',') return b > a ? a : -1;
  if (before.kind === 'word' && before.capital && officeWord(before)) return a;
  // "Kabarkota.co Erwin Susanto": the end of a glued domain
  if (before.kind === 'word' && !before.capital && !before.spaceBefore) return a;
  return -1;
}

function personWord(t: Token): boolean {
  if (!nameWord(t)) return false;
  // initials ("Budi PS Santoso", "Agus MD", "M Rizal")
  if (t.text.length <= 2 && (t.text.length === 1 || isAcronym(t.text))) return true;
  return !officeWord(t);
}

/** At least one word of the name is an ordinary capitalised word, not only initials ("PS", "M"). */
function plainWordIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!isAcronym(tokens[k].text) && tokens[k].text.length > 1) return true;
  return false;
}

/**
 * A word of an office title: what names.ts counts as a role marker (role, organisation, domain
 * or place word, an acronym), an office's domain, an abstract noun, a ministry's short name, a
 * camel-cased brand.
 */
function officeWord(t: Token): boolean {
  const l = t.lower;
  return isRoleMarker(t) || OFFICE_DOMAIN.has(l) || OFFICE_TITLE_WORDS_ID.has(l) || OFFICE_NOUN.test(l) || MINISTRY_SHORT.test(l) || CAMEL_CASE.test(t.text);
}
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * Where an office written before an acronym in parentheses begins, when the run at `start`
 * follows the closing parenthesis ("Badan Perencanaan Pembangunan Daerah (Bappeda) | Provinsi
 * Kalsel …"): the capitalised run before "(", opened by a role word. -1 when there is none.
 */
export function officeBeforeAcronym(tokens: Token[], start: number, floor: number): number {
  const close = start - 1;
  const open = close - 2;
  if (open - 1 < floor || tokens[close].text !== ')' || tokens[open].text !== '(' || !isNameToken(tokens[open - 1])) return -1;
  const a = runStartFrom(tokens, open - 1, floor);
  return isRoleWord(tokens[a].lower) ? a : -1;
}

/**
 * A title read back through commas and "dan" really opens at `start`: not on a place ("Desa Long
 * Tuyoq, Kecamatan …") and not inside a longer phrase ("Pengajar | Hukum Pidana …", "pakar
 * epidemiologi Fakultas | Kesehatan …"): the word before it is no capitalised or role word.
 */
export function opensOffice(tokens: Token[], start: number): boolean {
  if (PLACE_WORDS.has(tokens[start].lower)) return false;
  const before = tokens[start - 1];
  return !before || before.kind !== 'word' || (!before.capital && !isRoleWord(before.lower));
}

/**
 * Where the name after an office and its acronym in brackets starts, when the run [a, e] opened
 * by a role word is that office ("Koordinator Nasional … Watch | (DFW) | Indonesia Muhammad …");
 * -1 when no "(X)" and name follow within `limit`.
 */
export function nameAfterOfficeAcronym(tokens: Token[], a: number, e: number, limit: number): number {
  const p = e + 4;
  return p <= limit && isRoleWord(tokens[a].lower) && tokens[e + 1].text === '(' && tokens[e + 3].text === ')' && isNameToken(tokens[p]) ? p : -1;
}
