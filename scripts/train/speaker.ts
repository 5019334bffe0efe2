/**
 * Speaker ranker training data: run the rules over annotated articles, collect each direct
 * quotation's speaker candidates (lib/extract/candidates.ts) and label them with the eval's
 * speaker rule against the gold speaker.
 */
import { extractClaims, type ExtractedClaim } from '../../lib/extract';
import type { Candidate } from '../../lib/extract/candidates';
import { bestOf, nobodyFeatures, rank, scoreFeatures, trainRanker, DEFAULT_TRAIN, type RankerModel, type RankExample } from '../../lib/extract/ranker';
import { languageFeature, trainForest, type BoostOptions } from '../../lib/extract/boost';
import { copiedFromPrevious, match, overlapMax, speakerCorrect } from '../scoring';
import type { CorpusDoc } from './corpus';
import type { SpeechModel } from '../../lib/extract/speech-model';

/** Bumped whenever the candidate features change meaning. */
export const SPEAKER_FEATURE_VERSION = 2;

export interface LabelledQuote extends RankExample {
  doc: number;
  language: 'id' | 'en';
  /** decision group ("en:after"): language and how the rules attributed the quotation */
  group: string;
  /** index of the rules' pick among the candidates (-1: the rules named nobody) */
  rule: number;
}

/** A candidate as the claim the extractor would output, for the eval's speaker rule. */
function asClaim(text: string, c: Candidate): ExtractedClaim {
  const m = c.mention ? { ...c.mention, text: text.slice(c.mention.start, c.mention.end) } : null;
  return {
    kind: 'direct', start: 0, end: 0, text: '', speaker: c.resolved.speaker, speakerMention: m,
    speakerRole: c.resolved.role, cue: null, sentence: { start: 0, end: 0 }, confidence: 0,
  };
}

/**
 * One labelled example per direct quotation (kept by the hand filters and `speech`, the shipped
 * filter when omitted) matched (>= 0.8) to a gold quote with a speaker
 * read in the text (see copiedFromPrevious).
 */
export function speakerExamples(docs: readonly CorpusDoc[], speech?: SpeechModel | null): LabelledQuote[] {
  const out: LabelledQuote[] = [];
  docs.forEach((doc, d) => {
    const byQuote = new Map<string, { cands: Candidate[]; group: string }>();
    const claims = extractClaims(doc.text, undefined, {
      model: null,
      speech,
      onCandidates: (q, cands, group) => byQuote.set(`${q.start}:${q.end}`, { cands, group }),
    });
    const direct = claims.filter((c) => c.kind === 'direct');
    for (const [i, j] of match(direct, doc.quotes, overlapMax, 0.8)) {
      const gold = doc.quotes[j].speaker;
      const found = byQuote.get(`${direct[i].start}:${direct[i].end}`);
      // a speaker copied from the previous quotation is a guess of the corpus builders, wrong
      // whenever a new person was introduced in between: the ranker must not learn to copy it
      if (gold === null || gold === undefined || !found || copiedFromPrevious(doc.quotes[j])) continue;
      const cands = found.cands;
      out.push({
        doc: d,
        language: doc.language,
        lang: doc.language,
        group: found.group,
        candidates: cands.map((c) => c.features),
        correct: cands.map((c) => speakerCorrect(asClaim(doc.text, c), gold)),
        rule: cands.findIndex((c) => c.rule),
      });
    }
  });
  return out;
}

/** A quotation's candidates with the "nobody here" alternative last, correct when no candidate is. */
export function withNobody(ex: LabelledQuote): LabelledQuote {
  return {
    ...ex,
    candidates: [...ex.candidates, nobodyFeatures(ex.group, ex.candidates.length)],
    correct: [...ex.correct, !ex.correct.some(Boolean)],
  };
}

/** The linear ranker, then (unless `boost` is null) boosted trees fitted to what it still gets wrong. */
export function fitSpeakerModel(examples0: readonly LabelledQuote[], boost: BoostOptions | null): RankerModel {
  const examples = examples0.map(withNobody);
  const model = trainRanker(examples, DEFAULT_TRAIN, SPEAKER_FEATURE_VERSION);
  if (!boost) return model;
  model.forest = trainForest(examples.map((ex) => ({
    candidates: ex.candidates.map((c) => [...c, languageFeature(ex.lang)]),
    correct: ex.correct,
    base: ex.candidates.map((c) => scoreFeatures(model, ex.lang, c)),
  })), boost);
  return model;
}

/**
 * Held-out probabilities for every example (its candidates, then "nobody"): K folds by article
 * (doc index mod K).
 */
export function crossValidate(examples: readonly LabelledQuote[], k: number, boost: BoostOptions | null): number[][] {
  const probs: number[][] = new Array(examples.length);
  for (let f = 0; f < k; f++) {
    const model = fitSpeakerModel(examples.filter((e) => e.doc % k !== f), boost);
    examples.forEach((ex, i) => { if (ex.doc % k === f) probs[i] = rank(model, ex.lang, withNobody(ex).candidates).probs; });
  }
  return probs;
}

/** Share of examples whose most probable candidate is correct. */
export function topAccuracy(examples: readonly LabelledQuote[], probs: number[][]): number {
  let ok = 0;
  examples.forEach((ex, i) => {
    const best = bestOf(probs[i], ex.candidates.length);
    if (best >= 0 && ex.correct[best]) ok++;
  });
  return examples.length ? ok / examples.length : 0;
}
