/**
 * Features of a drafted reported claim, for the indirect-claim model: binary, named by strings
 * ("v=said", "that", "cl=5-8"), so the weights file reads as a table of evidence.
 *
 * What they capture: the cue word and its shape, how the source was found and what kind of
 * phrase it is, the complementizer, negation and modals before the cue, the first word of the
 * content, the content's length and quotation share, and where the sentence sits.
 */
import type { Context } from './attribution';
import type { IndirectDraft } from './indirect';
import { MODALS, NEGATIONS } from './lexicon/indirect-en';
import type { Token } from './text';

/** Word-count buckets: the model learns a weight per length range, not per length. */
function lengthBucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 8) return '5-8';
  if (n <= 16) return '9-16';
  if (n <= 32) return '17-32';
  return '33+';
}

/** Shape of a word: its inflection is evidence even for cue words the model never saw. */
function suffixClass(w: string): string {
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ly')) return 'ly';
  if (w.endsWith('ed')) return 'ed';
  if (w.endsWith('s')) return 's';
  return 'base';
}

function tokenKey(t: Token | undefined): string {
  if (!t) return 'END';
  if (t.kind === 'quote') return 'Q';
  if (t.kind !== 'word') return t.text;
  return t.lower;
}

/** All features of a draft: those shared by its span variants, then those of its span. */
export function indirectFeatures(ctx: Context, d: IndirectDraft, sentA: number, sentB: number): string[] {
  return draftFeatures(ctx, d, sentA, sentB).concat(spanFeatures(ctx, d, sentB));
}

/** Features that do not depend on where the content ends (shared by a draft's span variants). */
export function draftFeatures(ctx: Context, d: IndirectDraft, sentA: number, sentB: number): string[] {
  const { tokens } = ctx;
  const f: string[] = ['b', 'r=' + d.rule, 'rx=' + d.relax];
  const verb = tokens[d.verb];
  const vw = verb.kind === 'word' ? verb.lower : verb.text;
  f.push('v=' + vw, 'vs=' + suffixClass(vw), 'rv=' + d.rule + ':' + vw);
  if (d.cueB > d.cueA) f.push('cue2=' + tokens[d.cueB].lower);
  f.push('sk=' + d.phrase.kind, 'sl=' + lengthBucket(d.phrase.b - d.phrase.a + 1));
  if (d.phrase.kind === 'descr') f.push('sd=' + tokenKey(tokens[d.phrase.b]));
  if (d.afterThat) f.push('that', 'vthat=' + vw);

  // what stands right before the cue: auxiliaries, negation, modals
  const p1 = tokens[d.verb - 1];
  if (d.verb > sentA && p1) {
    f.push('p1=' + tokenKey(p1));
    for (let k = d.verb - 1; k >= sentA && k >= d.verb - 3; k--) {
      if (NEGATIONS.has(tokens[k].lower)) f.push('neg');
      if (MODALS.has(tokens[k].lower)) f.push('modal');
    }
  } else f.push('p1=START');
  f.push('n1=' + tokenKey(tokens[d.verb + 1]));

  // the content's first word, and its shape ("opened …" after an adverb is no reported content)
  const c1 = tokens[d.contentA];
  f.push('c1=' + tokenKey(c1));
  if (c1.kind === 'word') f.push('c1s=' + suffixClass(c1.lower));
  if (d.contentA <= sentA + 1) f.push('fromStart');

  // the sentence: a headline line (no end punctuation), the first of its paragraph
  const last = tokens[sentB];
  if (last.kind === 'word') f.push('noStop');
  if (sentA === 0 || tokens[sentA].nlBefore) f.push('par1');
  f.push('sentLen=' + lengthBucket(sentB - sentA + 1));
  return f;
}

/** Features of the content span: its length, quoted share and where it ends. */
export function spanFeatures(ctx: Context, d: IndirectDraft, sentB: number): string[] {
  const { tokens } = ctx;
  const f: string[] = ['sv=' + d.variant];
  let words = 0;
  let quoted = 0;
  let all = 0;
  for (let k = d.contentA; k <= d.contentB && all < 200; k++, all++) {
    if (tokens[k].kind === 'word') words++;
    if (tokens[k].inQuote >= 0 || tokens[k].kind === 'quote') quoted++;
  }
  f.push('cl=' + lengthBucket(words));
  const share = all ? quoted / all : 0;
  f.push('q=' + (share === 0 ? '0' : share < 0.3 ? 'low' : share < 0.7 ? 'mid' : 'high'));
  if (d.contentB >= sentB - 1) f.push('toEnd');
  else f.push('after=' + tokenKey(tokens[d.contentB + 1]), 'vafter=' + d.variant + ':' + tokenKey(tokens[d.contentB + 2]));
  return f;
}
