/**
 * Rebuild the learned extraction models from the annotated training corpus.
 *
 *   npm run --silent train -- [--corpus DIR] [--dev DIR] [--out FILE] [--cv K]
 *
 * Fits the English reported-claim model (scripts/train/indirect.ts, lib/extract/model/indirect.json),
 * then the "is this speech?" filter (scripts/train/speech.ts, lib/extract/model/speech.json),
 * then the speaker ranker on --corpus only (default $QD_CORPUS_DIR/train; npm run train sets QD_CORPUS_DIR),
 * writes its weights (default lib/extract/model/speaker.json; same input, same bytes), then
 * prints the --dev figures (default $QD_CORPUS_DIR/dev) for the rules alone and with the
 * learned ranker, per language. The override margin is chosen by K-fold cross-validation (--cv).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { detectLanguage, extractClaims } from '../lib/extract';
import { bestOf, calibrated, choose, type RankerModel } from '../lib/extract/ranker';
import { DEFAULT_BOOST } from '../lib/extract/boost';
import { loadCorpus, type CorpusDoc } from './train/corpus';
import { crossValidate, fitSpeakerModel, speakerExamples, topAccuracy, type LabelledQuote } from './train/speaker';
import { trainIndirect } from './train/indirect';
import { fitSpeechFilter, speechFileText } from './train/speech';
import { loadSpeechModel, type SpeechModel } from '../lib/extract/speech-model';
import { add, scoreDoc, speakerCorrect, summarize, zero, type Counts } from './scoring';


const USAGE = `usage: npm run --silent train -- [--corpus DIR] [--dev DIR] [--out FILE] [--cv K]
  --corpus DIR  training articles (default $QD_CORPUS_DIR/train; npm run train sets QD_CORPUS_DIR)
  --dev DIR     articles to report figures on, never fitted (default $QD_CORPUS_DIR/dev; "none" skips)
  --out FILE    where to write the speaker weights (default lib/extract/model/speaker.json)
  --cv K        folds of the cross-validation that picks the override margin (default 5)
  --speaker-only  refit the speech filter and the speaker ranker (the reported-claim model is left as it is)`;

const ROOT = resolve(__dirname, '..');

interface Args { corpus: string; dev: string | null; out: string; cv: number; speakerOnly: boolean }

function fail(message: string): never {
  process.stderr.write(`train: ${message}\n`);
  process.exit(2);
}

function corpusDir(part: 'train' | 'dev'): string {
  const base = process.env.QD_CORPUS_DIR;
  return base ? join(base, part) : '';
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    // The corpus is never shipped (it is not ours to redistribute): its folder comes from the
    // developer, by --corpus/--dev or QD_CORPUS_DIR (holding train/ and dev/).
    corpus: corpusDir('train'),
    dev: corpusDir('dev'),
    out: join(ROOT, 'lib', 'extract', 'model', 'speaker.json'),
    cv: 5,
    speakerOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined || v.startsWith('--')) fail(`${a} needs a value\n${USAGE}`); return v; };
    if (a === '--help' || a === '-h') { process.stdout.write(USAGE + '\n'); process.exit(0); }
    else if (a === '--corpus') args.corpus = value();
    else if (a === '--dev') { const v = value(); args.dev = v === 'none' ? null : v; }
    else if (a === '--out') args.out = value();
    else if (a === '--cv') {
      const k = Number(value());
      if (!Number.isInteger(k) || k < 2 || k > 20) fail(`--cv must be a whole number from 2 to 20\n${USAGE}`);
      args.cv = k;
    } else if (a === '--speaker-only') args.speakerOnly = true;
    else if (a === '--') continue;
    else fail(`unknown argument ${a}\n${USAGE}`);
  }
  if (!args.corpus) fail(`no training corpus: pass --corpus DIR or set QD_CORPUS_DIR (a folder with train/ and dev/)\n${USAGE}`);
  // the corpus is the developers' (never shipped): a user's clone has none, so say so plainly
  if (!existsSync(args.corpus)) fail(`training corpus ${args.corpus} not found: pass --corpus DIR or set QD_CORPUS_DIR to a folder with train/ and dev/ (the developers' annotated corpus is not part of the product)\n${USAGE}`);
  if (args.dev && !existsSync(args.dev)) fail(`dev corpus ${args.dev} not found: pass --dev DIR, or --dev none to skip the dev figures\n${USAGE}`);
  return args;
}

function load(dir: string): CorpusDoc[] {
  try {
    return loadCorpus(dir);
  } catch (err) {
    fail((err as Error).message);
  }
}

/** Share of examples whose top-ranked candidate is correct (no candidate: wrong). */
function ruleAccuracy(examples: readonly LabelledQuote[]): number {
  let ok = 0;
  for (const ex of examples) if (ex.rule >= 0 && ex.correct[ex.rule]) ok++;
  return examples.length ? ok / examples.length : 0;
}

function perLanguage(examples: readonly LabelledQuote[], f: (xs: LabelledQuote[]) => number): string {
  return (['en', 'id'] as const).map((l) => `${l} ${f(examples.filter((e) => e.language === l)).toFixed(3)}`).join('  ');
}

/** A group is ranked only when cross-validation gains at least this share of its quotations. */
const MIN_GAIN = 0.005;
/**
 * A language's groups are ranked only when, together, they gain at least this share of the
 * language's quotations: ranking costs about a fifth of extraction time for the quotations it
 * touches (`npm run bench:extract`), which a gain of a few quotations in a thousand does not repay.
 */
const MIN_LANGUAGE_GAIN = 0.01;

/** Accuracy when the ranker overrides the rules only by at least `margin`, and only in rankGroups (all when omitted). */
function marginAccuracy(examples: readonly LabelledQuote[], probs: number[][], margin: number, filter: (ex: LabelledQuote) => boolean = () => true, rankGroups: string[] | null = null): { ok: number; n: number } {
  let ok = 0;
  let n = 0;
  const m: RankerModel = { kind: 'speaker-ranker', version: 0, margin, rankGroups: [], weights: {} };
  examples.forEach((ex, i) => {
    if (!filter(ex)) return;
    n++;
    if (rankGroups && !rankGroups.includes(ex.group)) { if (ex.rule >= 0 && ex.correct[ex.rule]) ok++; return; }
    const p = probs[i];
    const pick = choose(m, p, bestOf(p, ex.candidates.length), ex.rule);
    if (pick >= 0 && ex.correct[pick]) ok++;
  });
  return { ok, n };
}

/**
 * The margin (0 to 0.9 in steps of 0.05) with the best cross-validated accuracy (ties: the
 * smaller), then the decision groups where the ranker beats the rules (elsewhere the rules stand).
 */
function chooseMargin(examples: readonly LabelledQuote[], probs: number[][], k: number): { margin: number; rankGroups: string[] } {
  let bestMargin = 0;
  let bestOk = -1;
  for (let s = 0; s <= 18; s++) {
    const margin = s / 20;
    const { ok } = marginAccuracy(examples, probs, margin);
    if (ok > bestOk) { bestOk = ok; bestMargin = margin; }
  }
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const rankGroups: string[] = [];
  process.stdout.write(`${k}-fold cross-validation by article (speaker accuracy, matched quotes with a gold speaker):\n`);
  for (const g of groups) {
    const inGroup = (e: LabelledQuote) => e.group === g;
    const rules = examples.filter(inGroup);
    const r = rules.filter((e) => e.rule >= 0 && e.correct[e.rule]).length;
    const m = marginAccuracy(examples, probs, bestMargin, inGroup);
    // the ranker costs time on every quotation of its groups: it must win clearly
    if (m.ok - r >= Math.max(2, MIN_GAIN * m.n)) rankGroups.push(g);
    process.stdout.write(`  ${g.padEnd(26)} rules ${(r / m.n).toFixed(3)}  learned ${(m.ok / m.n).toFixed(3)}  (${m.n} quotes)${m.ok - r >= Math.max(2, MIN_GAIN * m.n) ? '' : '  → rules stand'}\n`);
  }
  let kept = rankGroups;
  for (const l of ['en', 'id']) {
    const inLang = (e: LabelledQuote) => e.language === l;
    const rules = examples.filter(inLang);
    const rOk = rules.filter((e) => e.rule >= 0 && e.correct[e.rule]).length;
    const r = rOk / rules.length;
    const m0 = marginAccuracy(examples, probs, 0, inLang);
    const mb = marginAccuracy(examples, probs, bestMargin, inLang, rankGroups);
    const worth = mb.ok - rOk >= MIN_LANGUAGE_GAIN * mb.n;
    if (!worth) kept = kept.filter((g) => !g.startsWith(`${l}|`));
    process.stdout.write(`  ${l}  rules ${r.toFixed(3)}  learned ${(m0.ok / m0.n).toFixed(3)}  learned with margin ${bestMargin.toFixed(2)} in ranked groups only ${(mb.ok / mb.n).toFixed(3)}  (${m0.n} quotes)${worth ? '' : `  → gain below ${MIN_LANGUAGE_GAIN * 100} % of the language: rules stand`}\n`);
  }
  return { margin: bestMargin, rankGroups: kept };
}

/** Expected calibration error: the gap between confidence and accuracy, over ten confidence bins. */
function calibrationError(points: ReadonlyArray<{ conf: number; ok: boolean }>): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, ok: 0 }));
  for (const { conf, ok } of points) {
    const b = bins[Math.min(9, Math.floor(conf * 10))];
    b.n++; b.conf += conf; b.ok += ok ? 1 : 0;
  }
  return bins.reduce((e, b) => e + (b.n ? Math.abs(b.ok - b.conf) : 0), 0) / Math.max(1, points.length);
}

/**
 * The shown confidence, fitted on cross-validated predictions: a temperature for the ranker's
 * probabilities (the one with the least log loss of "the picked speaker is right", searched from
 * 0.3 to 3) and, where the rules stand, the rules' accuracy per decision group (add-one smoothed).
 */
function fitCalibration(examples: readonly LabelledQuote[], probs: number[][], margin: number, rankGroups: string[]): { temperature: number; groupAccuracy: Record<string, number> } {
  const gate: RankerModel = { kind: 'speaker-ranker', version: 0, margin, rankGroups, weights: {} };
  const ranked: Array<{ p: number[]; pick: number; ok: boolean }> = [];
  const byGroup = new Map<string, { ok: number; n: number }>();
  examples.forEach((ex, i) => {
    if (!rankGroups.includes(ex.group)) {
      if (ex.rule < 0) return;
      const g = byGroup.get(ex.group) ?? { ok: 0, n: 0 };
      g.n++;
      if (ex.correct[ex.rule]) g.ok++;
      byGroup.set(ex.group, g);
      return;
    }
    const p = probs[i];
    if (ex.candidates.length === 0) return;
    const pick = choose(gate, p, bestOf(p, ex.candidates.length), ex.rule);
    if (pick >= 0) ranked.push({ p, pick, ok: ex.correct[pick] });
  });
  const logLoss = (t: number) => ranked.reduce((s, r) => {
    const c = Math.min(1 - 1e-9, Math.max(1e-9, calibrated({ temperature: t }, r.p, r.pick)));
    return s - (r.ok ? Math.log(c) : Math.log(1 - c));
  }, 0);
  let temperature = 1;
  let bestLoss = logLoss(1);
  for (let k = 6; k <= 60; k++) {
    const t = k / 20;
    const l = logLoss(t);
    if (l < bestLoss - 1e-9) { bestLoss = l; temperature = t; }
  }
  const groupAccuracy: Record<string, number> = {};
  for (const g of [...byGroup.keys()].sort()) {
    const { ok, n } = byGroup.get(g) as { ok: number; n: number };
    groupAccuracy[g] = Number(((ok + 1) / (n + 2)).toFixed(3));
  }
  const points = (t: number) => ranked.map((r) => ({ conf: calibrated({ temperature: t }, r.p, r.pick), ok: r.ok }));
  process.stdout.write(`  confidence calibration (cross-validated, ranked quotations): temperature ${temperature.toFixed(2)}, ECE ${calibrationError(points(1)).toFixed(3)} → ${calibrationError(points(temperature)).toFixed(3)}\n`);
  return { temperature, groupAccuracy };
}

function devFigures(docs: readonly CorpusDoc[], model: RankerModel | null, speech: SpeechModel | null): { figures: Map<string, ReturnType<typeof summarize>>; confidence: Array<{ conf: number; ok: boolean }> } {
  const byLang = new Map<string, Counts>();
  const confidence: Array<{ conf: number; ok: boolean }> = [];
  for (const doc of docs) {
    const claims = extractClaims(doc.text, undefined, { model, speech });
    const { counts, direct, pairs08 } = scoreDoc(doc, claims, detectLanguage(doc.text));
    for (const [i, j] of pairs08) {
      const gold = doc.quotes[j].speaker;
      const conf = direct[i].speakerConfidence;
      if (gold && typeof conf === 'number') confidence.push({ conf, ok: speakerCorrect(direct[i], gold) });
    }
    if (!byLang.has(doc.language)) byLang.set(doc.language, zero());
    add(byLang.get(doc.language) as Counts, counts);
  }
  const figures = new Map<string, ReturnType<typeof summarize>>();
  for (const [l, c] of [...byLang.entries()].sort()) figures.set(l, summarize(c));
  return { figures, confidence };
}

function printDev(docs: readonly CorpusDoc[], model: RankerModel, speech: SpeechModel): void {
  const rules = devFigures(docs, null, null).figures;
  const { figures: learned, confidence } = devFigures(docs, model, speech);
  const f = (x: number) => x.toFixed(3);
  process.stdout.write(`\ndev figures (${docs.length} articles; npm run eval rules), rules-only (hand filters, no ranker) → learned:\n`);
  process.stdout.write('lang  direct F1 (>=0.8)   speaker accuracy    quote+speaker F1\n');
  for (const [l, r] of rules) {
    const m = learned.get(l) as typeof r;
    process.stdout.write(`${l.padEnd(4)}  ${f(r.direct.overlap08.f1)} → ${f(m.direct.overlap08.f1)}     ${f(r.speakerAccuracy.accuracy)} → ${f(m.speakerAccuracy.accuracy)}     ${f(r.quoteAndSpeaker.f1)} → ${f(m.quoteAndSpeaker.f1)}\n`);
  }
  process.stdout.write(`speaker confidence on dev: expected calibration error ${f(calibrationError(confidence))} over ${confidence.length} matched quotes\n`);
}

/**
 * The reported-claim model first: the speaker ranker's features see the reported claims (the
 * pronoun history includes them), so it must be fitted on the new indirect weights. This process
 * has already loaded the old ones with the extractor, hence a fresh process for the speaker step.
 */
function trainAll(argv: string[], args: Args): void {
  const { summary } = trainIndirect(args.corpus, args.dev ?? join(args.corpus, '..', 'dev'));
  process.stdout.write(`${summary}\n\n`);
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, ...argv, '--speaker-only'], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

function main(argv: string[]): void {
  const args = parseArgs(argv);
  if (!args.speakerOnly) return trainAll(argv.filter((a) => a !== '--'), args);
  const t0 = performance.now();
  const docs = load(args.corpus);
  // the speech filter and the ranker are fitted independently: the ranker learns from every
  // quotation the hand filters keep (a filter refit then cannot flip the ranker's groups and
  // margin, which are chosen by small cross-validated gains); the filter drops about 1 % of
  // them, nearly all without a gold speaker
  const speechFit = fitSpeechFilter(docs, args.cv, args.dev ? load(args.dev) : null);
  process.stdout.write(`${speechFit.summary}\n`);
  const speechOut = join(dirname(args.out), 'speech.json');
  writeFileSync(speechOut, speechFileText(speechFit.file));
  process.stdout.write(`wrote ${speechOut}\n`);
  const speech = loadSpeechModel(speechFit.file);
  const examples = speakerExamples(docs, null);
  const t1 = performance.now();
  const oracle = (xs: LabelledQuote[]) => (xs.length ? xs.filter((e) => e.correct.some(Boolean)).length / xs.length : 0);
  process.stdout.write(`train: ${docs.length} articles, ${examples.length} quotes with a gold speaker (${((t1 - t0) / 1000).toFixed(1)} s to read and extract)\n`);
  process.stdout.write(`  candidate recall (gold among candidates): ${perLanguage(examples, oracle)}\n`);
  process.stdout.write(`  rules' pick correct:                      ${perLanguage(examples, ruleAccuracy)}\n`);
  const linearCv = crossValidate(examples, args.cv, null);
  const boostedCv = crossValidate(examples, args.cv, DEFAULT_BOOST);
  const byLang = (probs: number[][]) => (['en', 'id'] as const).map((l) => {
    const idx = examples.map((_, i) => i).filter((i) => examples[i].language === l);
    return `${l} ${topAccuracy(idx.map((i) => examples[i]), idx.map((i) => probs[i])).toFixed(3)}`;
  }).join('  ');
  process.stdout.write(`  ${args.cv}-fold cross-validated top-1, linear:         ${byLang(linearCv)}\n`);
  process.stdout.write(`  ${args.cv}-fold cross-validated top-1, linear + trees: ${byLang(boostedCv)}\n`);
  const useTrees = topAccuracy(examples, boostedCv) > topAccuracy(examples, linearCv);
  const model = fitSpeakerModel(examples, useTrees ? DEFAULT_BOOST : null);
  const t2 = performance.now();
  const { margin, rankGroups } = chooseMargin(examples, useTrees ? boostedCv : linearCv, args.cv);
  model.margin = margin;
  model.rankGroups = rankGroups;
  Object.assign(model, fitCalibration(examples, useTrees ? boostedCv : linearCv, margin, rankGroups));
  process.stdout.write(`  ${Object.keys(model.weights).length} weights${model.forest ? `, ${model.forest.trees.length} trees` : ''}, fitted in ${((t2 - t1) / 1000).toFixed(1)} s\n`);
  writeFileSync(args.out, JSON.stringify(model, null, 0).replace(/,"/g, ',\n"') + '\n');
  process.stdout.write(`wrote ${args.out}\n`);
  if (args.dev) {
    if (!existsSync(args.dev)) fail(`cannot read dev directory ${args.dev}`);
    printDev(load(args.dev), model, speech);
  }
  process.stdout.write(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

main(process.argv.slice(2));
