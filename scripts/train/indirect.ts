/**
 * Fit the indirect (reported) claim model on the training corpus and write
 * lib/extract/model/indirect.json.
 *
 *   npx tsx scripts/train/indirect.ts [--corpus TRAIN_DIR] [--dev DEV_DIR] [--eval] [--cv]
 *
 * Training (the default): learns the cue words from the gold cues of the English training files,
 * drafts claims on every training article with the hand rules widened by those cues (each draft
 * labelled by the gold: Dice overlap >= 0.5 with an unmatched gold claim, eval's rule), fits a
 * logistic regression on the drafts' features, then chooses the keep-threshold on the dev corpus
 * (dev is only measured, never fitted). Same input, same file, byte for byte.
 *
 * --eval   only prints dev figures for the hand rules alone and the shipped model, side by side.
 * --cv     also prints 5-fold cross-validation on the training corpus (folds by file order).
 *
 * The corpus defaults to $QD_CORPUS_DIR/train (dev: the sibling `dev` directory); the corpus is
 * never shipped with the project.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../../lib/extract/attribution';
import { contextFor } from '../../lib/extract/indirect-context';
import { findIndirect, pickVariant, type IndirectDraft, type IndirectJudge } from '../../lib/extract/indirect';
import { indirectFeatures } from '../../lib/extract/indirect-features';
import { trainLogistic, type Example } from '../../lib/extract/indirect-learn';
import { loadIndirectModel, roundSignificant, type IndirectModel, type IndirectModelFile } from '../../lib/extract/indirect-model';
import { CUE_STOPWORDS, isLyAdverb } from '../../lib/extract/lexicon/indirect-en';

const WEIGHTS_PATH = resolve(__dirname, '../../lib/extract/model/indirect.json');
/** a cue word must head at least this many gold cues in train to open drafts */
const MIN_CUE_COUNT = 2;
/** ... and at least this share of its occurrences outside quotations */
const MIN_CUE_RATIO = 0.2;
const THRESHOLDS = Array.from({ length: 31 }, (_, i) => Math.round((0.2 + i * 0.02) * 100) / 100);

interface Span { start: number; end: number }
interface GoldIndirect extends Span { cue?: string | null }
interface Article { id: string; ctx: Context; gold: GoldIndirect[] }

/** English articles with indirect gold, in file-name order, with the extractor's context built. */
export function loadArticles(dir: string): Article[] {
  const out: Article[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { language: string; text: string; indirect?: GoldIndirect[] };
    if (g.language !== 'en' || !Array.isArray(g.indirect) || typeof g.text !== 'string') continue;
    out.push({ id: name, ctx: contextFor(g.text), gold: g.indirect });
  }
  return out;
}

/**
 * Cue words of the gold annotations: lower-case words heading at least MIN_CUE_COUNT cues and
 * at least MIN_CUE_RATIO of their occurrences in the texts ("last" or "plan" head a few cues but
 * mostly mean nothing of the kind).
 */
export function learnCues(articles: Article[], minCount = MIN_CUE_COUNT, minRatio = MIN_CUE_RATIO): string[] {
  const counts = new Map<string, number>();
  for (const art of articles) {
    for (const g of art.gold) {
      // the head is the first content word that is not a manner adverb ("quietly dropped" -> "dropped")
      const head = (g.cue ?? '').toLowerCase().split(/\s+/).find((w) => /^[a-z][a-z'-]+$/.test(w) && !CUE_STOPWORDS.has(w) && !isLyAdverb(w));
      if (head) counts.set(head, (counts.get(head) ?? 0) + 1);
    }
  }
  const seen = new Map<string, number>();
  for (const art of articles) {
    for (const t of art.ctx.tokens) if (t.kind === 'word' && t.inQuote < 0 && counts.has(t.lower)) seen.set(t.lower, (seen.get(t.lower) ?? 0) + 1);
  }
  return [...counts].filter(([w, n]) => n >= minCount && n / Math.max(n, seen.get(w) ?? 0) >= minRatio).map(([w]) => w).sort();
}

function dice(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const s = a.end - a.start + (b.end - b.start);
  return s <= 0 ? 0 : (2 * inter) / s;
}

function draftSpan(ctx: Context, d: IndirectDraft): Span {
  return { start: ctx.tokens[d.contentA].start, end: ctx.tokens[d.contentB].end };
}

/**
 * Drafts of every article with their features and gold labels. Teacher forcing: a draft is
 * kept (and may shape the drafts after it in its sentence) exactly when the gold confirms it.
 */
export function collectExamples(articles: Article[], cues: ReadonlySet<string>): Example[] {
  const examples: Example[] = [];
  for (const art of articles) {
    const used = new Set<number>();
    const judge: IndirectJudge = {
      cues,
      decide(ctx, variants, sentA, sentB) {
        // the unused gold claim best matched by any variant, and the variant that matches it best
        let best = -1;
        let pick = -1;
        let bestScore = 0.5;
        variants.forEach((d, i) => {
          const span = draftSpan(ctx, d);
          art.gold.forEach((g, j) => {
            const s = dice(span, g);
            if (!used.has(j) && s > bestScore - 1e-12 && (best < 0 || s > bestScore)) { best = j; pick = i; bestScore = s; }
          });
        });
        variants.forEach((d, i) => examples.push({ features: indirectFeatures(ctx, d, sentA, sentB), label: i === pick ? 1 : 0 }));
        if (best < 0) return null;
        used.add(best);
        return { pick, confidence: 1 };
      },
    };
    findIndirect(art.ctx, judge);
  }
  return examples;
}

interface Prf { tp: number; pred: number; gold: number; p: number; r: number; f1: number }

/** Indirect P/R/F1 as scripts/eval.ts computes it: one-to-one, best Dice first, Dice >= 0.5. */
export function scoreJudge(articles: Article[], judge: IndirectJudge): Prf {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const art of articles) {
    const spans = findIndirect(art.ctx, judge);
    pred += spans.length;
    gold += art.gold.length;
    const cands: Array<[number, number, number]> = [];
    spans.forEach((p, i) => art.gold.forEach((g, j) => { const s = dice(p, g); if (s >= 0.5) cands.push([s, i, j]); }));
    cands.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    const up = new Set<number>();
    const ug = new Set<number>();
    for (const [, i, j] of cands) if (!up.has(i) && !ug.has(j)) { up.add(i); ug.add(j); tp++; }
  }
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { tp, pred, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The hand rules alone: every draft they propose, nothing the learned cues or auxiliaries add. */
export const rulesJudge: IndirectJudge = { cues: new Set(), decide: (_ctx, v) => (v[0].relax ? null : { pick: 0, confidence: v[0].confidence }) };

export function modelJudgeAt(model: IndirectModel, threshold: number, keepRules = false): IndirectJudge {
  return {
    cues: model.cues,
    decide(ctx, variants, sentA, sentB) {
      const picked = pickVariant(model, ctx, variants, sentA, sentB, threshold);
      if (!picked && keepRules && !variants[0].relax) return { pick: 0, confidence: variants[0].confidence };
      return picked;
    },
  };
}

function fit(train: Article[]): IndirectModelFile {
  const cues = learnCues(train);
  const examples = collectExamples(train, new Set(cues));
  return { version: 1, threshold: 0.5, cues, weights: trainLogistic(examples) };
}

/** The threshold with the best F1 on the given articles (ties: the lower threshold). */
function chooseThreshold(model: IndirectModel, dev: Article[]): { threshold: number; figures: Prf } {
  let best = { threshold: 0.5, figures: scoreJudge(dev, modelJudgeAt(model, 0.5)) };
  for (const t of THRESHOLDS) {
    const figures = scoreJudge(dev, modelJudgeAt(model, t));
    if (figures.f1 > best.figures.f1 + 1e-12) best = { threshold: t, figures };
  }
  return best;
}

const fmt = (x: Prf) => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (${x.tp}/${x.pred} predicted, ${x.gold} gold)`;

export function trainIndirect(trainDir: string, devDir = join(trainDir, '..', 'dev')): { weightsPath: string; summary: string } {
  const t0 = performance.now();
  const train = loadArticles(trainDir);
  const file = fit(train);
  const dev = loadArticles(devDir);
  const { threshold, figures } = chooseThreshold(loadIndirectModel(file), dev);
  file.threshold = roundSignificant(threshold);
  writeFileSync(WEIGHTS_PATH, JSON.stringify(file, null, 0) + '\n');
  const rules = scoreJudge(dev, rulesJudge);
  const seconds = (performance.now() - t0) / 1000;
  const summary = [
    `indirect claims (English): ${train.length} training articles, ${file.cues.length} learned cue words, ${Object.keys(file.weights).length} weights, threshold ${file.threshold}`,
    `  dev rules only  ${fmt(rules)}`,
    `  dev learned     ${fmt(figures)}`,
    `  trained in ${seconds.toFixed(1)} s`,
  ].join('\n');
  return { weightsPath: WEIGHTS_PATH, summary };
}

/** Dev figures of the shipped weights next to the hand rules alone, and per threshold. */
function evaluate(devDir: string): string {
  const model = loadIndirectModel(JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as IndirectModelFile);
  const dev = loadArticles(devDir);
  const lines = [
    `dev rules only           ${fmt(scoreJudge(dev, rulesJudge))}`,
    `dev learned (t=${model.threshold})    ${fmt(scoreJudge(dev, modelJudgeAt(model, model.threshold)))}`,
    `dev learned + all rules  ${fmt(scoreJudge(dev, modelJudgeAt(model, model.threshold, true)))}`,
  ];
  for (const t of THRESHOLDS) lines.push(`  t=${t.toFixed(2)}  ${fmt(scoreJudge(dev, modelJudgeAt(model, t)))}`);
  return lines.join('\n');
}

/** 5-fold cross-validation on the training articles (fold = index mod 5), at the shipped threshold. */
function crossValidate(trainDir: string): string {
  const all = loadArticles(trainDir);
  const shipped = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as IndirectModelFile;
  const lines: string[] = [];
  let tp = 0, pred = 0, gold = 0, rtp = 0, rpred = 0;
  for (let k = 0; k < 5; k++) {
    const train = all.filter((_, i) => i % 5 !== k);
    const test = all.filter((_, i) => i % 5 === k);
    const m = loadIndirectModel(fit(train));
    const x = scoreJudge(test, modelJudgeAt(m, shipped.threshold));
    const r = scoreJudge(test, rulesJudge);
    tp += x.tp; pred += x.pred; gold += x.gold; rtp += r.tp; rpred += r.pred;
    lines.push(`  fold ${k + 1}: rules F1 ${r.f1.toFixed(3)}  learned ${fmt(x)}`);
  }
  const f = (t: number, p: number) => { const P = t / p, R = t / gold; return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}`; };
  lines.push(`  pooled: rules ${f(rtp, rpred)}  learned ${f(tp, pred)}`);
  return '5-fold CV on train:\n' + lines.join('\n');
}

function main(argv: string[]): void {
  let corpus = process.env.QD_CORPUS_DIR ? resolve(process.env.QD_CORPUS_DIR, 'train') : '';
  let devDir: string | null = null;
  let evalOnly = false;
  let cv = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') corpus = resolve(argv[++i] ?? '');
    else if (a === '--dev') devDir = resolve(argv[++i] ?? '');
    else if (a === '--eval') evalOnly = true;
    else if (a === '--cv') cv = true;
    else if (a === '--') continue;
    else { process.stderr.write(`train/indirect: unknown argument ${a}\n`); process.exit(2); }
  }
  if (!corpus) {
    process.stderr.write('train/indirect: no training corpus: pass --corpus DIR or set QD_CORPUS_DIR (a folder with train/ and dev/)\n');
    process.exit(2);
  }
  const dev = devDir ?? join(corpus, '..', 'dev');
  if (evalOnly) process.stdout.write(evaluate(dev) + '\n');
  else {
    const { weightsPath, summary } = trainIndirect(corpus, dev);
    process.stdout.write(`${summary}\n  wrote ${weightsPath}\n`);
  }
  if (cv) process.stdout.write(crossValidate(corpus) + '\n');
}

if (require.main === module) main(process.argv.slice(2));
