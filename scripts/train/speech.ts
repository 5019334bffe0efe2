/**
 * Fitting the "is this speech?" filter (lib/extract/speech-model.ts): every quotation the hand
 * filters keep on a training article is an example, labelled by whether it matches a gold
 * quotation (>= 0.8 overlap, one to one, the eval's rule). Per language, a logistic regression
 * is cross-validated (folds by article); the keep-threshold with the best cross-validated
 * direct-quote F1 is chosen, and the language gets a filter only when that F1 beats the hand
 * filters' by MIN_F1_GAIN and, when dev articles are given, the filter fitted on all of train
 * does not lower the dev F1 (a rule stands wherever it beats the model on dev). Deterministic:
 * examples in corpus order, no random numbers.
 */
import { extractClaims } from '../../lib/extract';
import { trainLogistic, type LearnOptions } from '../../lib/extract/indirect-learn';
import { loadSpeechModel, type SpeechModelFile, type SpeechLanguageModel } from '../../lib/extract/speech-model';
import { match, overlapMax } from '../scoring';
import type { CorpusDoc } from './corpus';

export interface SpeechExample {
  doc: number;
  language: 'en' | 'id';
  features: string[];
  label: 0 | 1;
}

/** A language gets the filter only when it raises cross-validated direct F1 by this much. */
const MIN_F1_GAIN = 0.001;
const THRESHOLDS = Array.from({ length: 18 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);
export const SPEECH_LEARN: LearnOptions = { epochs: 40, learningRate: 0.2, l2: 1e-6, minCount: 2 };

/** Examples of every quotation the hand filters keep (rules-only), and the gold quotations per language. */
export function speechExamples(docs: readonly CorpusDoc[]): { examples: SpeechExample[]; gold: Record<'en' | 'id', number> } {
  const examples: SpeechExample[] = [];
  const gold = { en: 0, id: 0 };
  docs.forEach((doc, d) => {
    const features = new Map<string, string[]>();
    const direct = extractClaims(doc.text, undefined, {
      model: null,
      speech: null,
      onSpeech: (q, f) => features.set(`${q.start}:${q.end}`, f),
    }).filter((c) => c.kind === 'direct');
    gold[doc.language] += doc.quotes.length;
    const matched = new Set<number>();
    for (const [i] of match(direct, doc.quotes, overlapMax, 0.8)) matched.add(i);
    direct.forEach((c, i) => {
      const f = features.get(`${c.start}:${c.end}`);
      if (f) examples.push({ doc: d, language: doc.language, features: f, label: matched.has(i) ? 1 : 0 });
    });
  });
  return { examples, gold };
}

function f1(tp: number, predicted: number, gold: number): number {
  return tp === 0 ? 0 : (2 * tp) / (predicted + gold);
}

/** Held-out probabilities for every example: K folds by article, one model per language. */
export function crossValidateSpeech(examples: readonly SpeechExample[], k: number): number[] {
  const probs = new Array<number>(examples.length).fill(1);
  for (const lang of ['en', 'id'] as const) {
    for (let f = 0; f < k; f++) {
      const train = examples.filter((e) => e.language === lang && e.doc % k !== f);
      if (!train.some((e) => e.label === 0)) continue;
      const model = loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { [lang]: { threshold: 0, weights: trainLogistic(train, SPEECH_LEARN) } } });
      examples.forEach((e, i) => { if (e.language === lang && e.doc % k === f) probs[i] = model.probability(lang, e.features); });
    }
  }
  return probs;
}

/** Direct-quote F1 over one language's examples when those below `threshold` are dropped. */
function filteredF1(examples: readonly SpeechExample[], probs: readonly number[], threshold: number, gold: number): { f1: number; tp: number; kept: number } {
  let tp = 0;
  let kept = 0;
  examples.forEach((e, i) => { if (probs[i] >= threshold) { kept++; tp += e.label; } });
  return { f1: f1(tp, kept, gold), tp, kept };
}

/**
 * Per language, the threshold with the best cross-validated F1 (ties: the lower, which keeps
 * more), then the final fit on all of the language's examples, if the gain is worth it.
 */
export function fitSpeechFilter(docs: readonly CorpusDoc[], k: number, dev: readonly CorpusDoc[] | null): { file: SpeechModelFile; summary: string } {
  const { examples, gold } = speechExamples(docs);
  const devSet = dev ? speechExamples(dev) : null;
  const probs = crossValidateSpeech(examples, k);
  const lines = [`speech filter, ${k}-fold cross-validated direct F1 (quotations the hand filters keep):`];
  const languages: SpeechModelFile['languages'] = {};
  for (const lang of ['en', 'id'] as const) {
    const idx = examples.map((_, i) => i).filter((i) => examples[i].language === lang);
    if (idx.length === 0) continue;
    const langExamples = idx.map((i) => examples[i]);
    const langProbs = idx.map((i) => probs[i]);
    // threshold 0 keeps every quotation: the hand filters alone
    const all = filteredF1(langExamples, langProbs, 0, gold[lang]);
    const rules = all.f1;
    const tp0 = all.tp;
    let best = { threshold: 0, ...all };
    for (const t of THRESHOLDS) {
      const score = filteredF1(langExamples, langProbs, t, gold[lang]);
      if (score.f1 > best.f1 + 1e-12) best = { threshold: t, ...score };
    }
    const worth = best.f1 - rules >= MIN_F1_GAIN;
    lines.push(`  ${lang}  hand filters ${rules.toFixed(4)} (${idx.length - tp0} unmatched of ${idx.length})  learned ${best.f1.toFixed(4)} at threshold ${best.threshold} (drops ${idx.length - best.kept}, ${tp0 - best.tp} of them matched)${worth ? '' : `  → gain below ${MIN_F1_GAIN}: hand filters stand`}`);
    if (!worth) continue;
    const model: SpeechLanguageModel = { threshold: best.threshold, weights: trainLogistic(langExamples, SPEECH_LEARN) };
    const devLang = devSet ? devSet.examples.filter((e) => e.language === lang) : [];
    if (devSet && devLang.length > 0) {
      const loaded = loadSpeechModel({ kind: 'speech-filter', version: 1, languages: { [lang]: model } });
      const before = filteredF1(devLang, devLang.map(() => 1), 0, devSet.gold[lang]).f1;
      const after = filteredF1(devLang, devLang.map((e) => loaded.probability(lang, e.features)), model.threshold, devSet.gold[lang]).f1;
      const holds = after >= before;
      lines.push(`      dev direct F1 ${before.toFixed(4)} → ${after.toFixed(4)}${holds ? '' : '  → lower on dev: hand filters stand'}`);
      if (!holds) continue;
    }
    languages[lang] = model;
  }
  return { file: { kind: 'speech-filter', version: 1, languages }, summary: lines.join('\n') };
}

/** The weights file's text: one weight per line (readable diffs), the same bytes for the same fit. */
export function speechFileText(file: SpeechModelFile): string {
  const langs = (Object.keys(file.languages) as Array<'en' | 'id'>).sort().map((lang) => {
    const m = file.languages[lang] as SpeechLanguageModel;
    const weights = Object.keys(m.weights).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(m.weights[k])}`).join(',\n');
    return `${JSON.stringify(lang)}:{"threshold":${JSON.stringify(m.threshold)},\n"weights":{\n${weights}}}`;
  });
  return `{"kind":"speech-filter","version":1,\n"languages":{${langs.join(',\n')}}}\n`;
}
