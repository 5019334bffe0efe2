/**
 * The learned "is this speech?" filter: a logistic regression over a quotation's features
 * (speech-features.ts), shipped as `model/speech.json` and fitted by `scripts/train/speech.ts`
 * on the training corpus only. It sees only quotations the hand filters (not-speech.ts) have
 * let through, and drops those whose probability of being somebody's words falls below the
 * language's threshold. A language without an entry keeps the hand filters alone (the trainer
 * leaves it out when cross-validation shows no gain).
 *
 * Pure: the weights arrive as data; nothing here reads files.
 */
import { sigmoid } from './indirect-model';
import { SPEECH_PREFIXES, SPEECH_PREFIX_NAMES, type SpeechSink } from './speech-features';

export interface SpeechLanguageModel {
  /** keep a quotation when its probability reaches this (chosen by cross-validation on train) */
  threshold: number;
  /** feature name -> weight; "b" is the bias */
  weights: Record<string, number>;
}

export interface SpeechModelFile {
  kind: 'speech-filter';
  version: 1;
  languages: Partial<Record<'en' | 'id', SpeechLanguageModel>>;
}

export interface SpeechModel {
  /** probability that a quotation with these feature names (in this language) is speech; 1 for a language without a model (training, tests) */
  probability(lang: string, features: readonly string[]): number;
  /**
   * A sink for speechFeatures that adds up the language's weights as the features arrive, with
   * one table lookup per feature and no feature name built (see speech-features.ts); null for a
   * language without a model. Its `keeps()` then decides.
   */
  sum(lang: string): SpeechSum | null;
}

/**
 * Sums the weights of (prefix, value) features; reset() before each quotation. The weight tables
 * are indexed by prefix id (SPEECH_PREFIX_NAMES): one hash lookup per feature, of the value.
 */
export class SpeechSum implements SpeechSink {
  z = 0;
  constructor(private readonly tables: ReadonlyArray<ReadonlyMap<string, number> | undefined>, readonly threshold: number) {}
  add(prefix: number, value: string): void {
    const t = this.tables[prefix];
    if (t === undefined) return;
    const w = t.get(value);
    if (w !== undefined) this.z += w;
  }
  reset(): void {
    this.z = 0;
  }
  keeps(): boolean {
    return sigmoid(this.z) >= this.threshold;
  }
}

interface Loaded { threshold: number; weights: Map<string, number>; tables: Array<Map<string, number> | undefined> }

/** "prev|w=3=the" → ["prev|w=3=", "the"]: the longest known prefix the name starts with. */
function splitName(name: string): [string, string] {
  for (const prefix of SPEECH_PREFIXES) if (name.startsWith(prefix)) return [prefix, name.slice(prefix.length)];
  throw new Error(`speech model: weight ${name} has no known feature prefix`);
}

/** Check a weights file and prepare it for scoring; throws on anything malformed. */
export function loadSpeechModel(json: unknown): SpeechModel {
  const file = json as Partial<SpeechModelFile> | null;
  if (!file || file.kind !== 'speech-filter') throw new Error('speech model: not a speech-filter file');
  if (file.version !== 1) throw new Error(`speech model: unknown version ${String(file.version)}`);
  if (!file.languages || typeof file.languages !== 'object') throw new Error('speech model: languages missing');
  const byLang = new Map<string, Loaded>();
  for (const [lang, m] of Object.entries(file.languages)) {
    if (!m || typeof m.threshold !== 'number' || !(m.threshold >= 0 && m.threshold <= 1) || !m.weights || typeof m.weights !== 'object') {
      throw new Error(`speech model: ${lang} needs a threshold in [0, 1] and weights`);
    }
    const weights = new Map<string, number>();
    const tables = new Map<string, Map<string, number>>();
    for (const [k, w] of Object.entries(m.weights)) {
      if (typeof w !== 'number' || !Number.isFinite(w)) throw new Error(`speech model: weight ${k} is not a number`);
      weights.set(k, w);
      const [prefix, value] = splitName(k);
      let t = tables.get(prefix);
      if (!t) tables.set(prefix, (t = new Map()));
      t.set(value, w);
    }
    byLang.set(lang, { threshold: m.threshold, weights, tables: SPEECH_PREFIX_NAMES.map((prefix) => tables.get(prefix)) });
  }
  const probability = (lang: string, features: readonly string[]): number => {
    const m = byLang.get(lang);
    if (!m) return 1;
    let z = 0;
    for (let i = 0; i < features.length; i++) z += m.weights.get(features[i]) ?? 0;
    return sigmoid(z);
  };
  return {
    probability,
    sum: (lang) => {
      const m = byLang.get(lang);
      return m ? new SpeechSum(m.tables, m.threshold) : null;
    },
  };
}
