/**
 * Error analysis of the speaker ranker on the TRAINING corpus, cross-validated by article
 * (never on dev): which quotations it gets wrong, bucketed by decision group and by whether
 * the gold speaker was among the candidates at all.
 *
 *   npx tsx scripts/train/speaker-errors.ts [--corpus DIR] [--cv K] [--show N]
 *
 * --show N prints N misses per bucket with the candidates (for development; the corpus texts
 * stay on this machine).
 */
import { join } from 'node:path';
import { bestOf } from '../../lib/extract/ranker';
import { DEFAULT_BOOST } from '../../lib/extract/boost';
import { loadCorpus } from './corpus';
import { crossValidate, speakerExamples, type LabelledQuote } from './speaker';

const USAGE = 'usage: npx tsx scripts/train/speaker-errors.ts [--corpus DIR] [--cv K] [--show N]';

function parse(argv: string[]): { corpus: string; cv: number; show: number } {
  // the corpus is the developer's ($QD_CORPUS_DIR/train, as npm run train), never shipped
  const out = { corpus: process.env.QD_CORPUS_DIR ? join(process.env.QD_CORPUS_DIR, 'train') : '', cv: 5, show: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--corpus' && v) { out.corpus = v; i++; }
    else if (a === '--cv' && v && Number.isInteger(Number(v)) && Number(v) >= 2) { out.cv = Number(v); i++; }
    else if (a === '--show' && v && Number.isInteger(Number(v))) { out.show = Number(v); i++; }
    else { process.stderr.write(`${USAGE}\n`); process.exit(2); }
  }
  return out;
}

/** The cross-validated pick (index into the candidates; -1 when there are none) per example: the shipped learner. */
function crossValidatedPicks(examples: readonly LabelledQuote[], k: number): number[] {
  const probs = crossValidate(examples, k, DEFAULT_BOOST);
  return examples.map((ex, i) => bestOf(probs[i], ex.candidates.length));
}

function main(): void {
  const args = parse(process.argv.slice(2).filter((a) => a !== '--'));
  if (!args.corpus) { process.stderr.write(`no training corpus: pass --corpus DIR or set QD_CORPUS_DIR\n${USAGE}\n`); process.exit(2); }
  const examples = speakerExamples(loadCorpus(args.corpus));
  const picks = crossValidatedPicks(examples, args.cv);
  for (const lang of ['en', 'id'] as const) {
    const idx = examples.map((_, i) => i).filter((i) => examples[i].language === lang);
    const ok = idx.filter((i) => picks[i] >= 0 && examples[i].correct[picks[i]]);
    const oracle = idx.filter((i) => examples[i].correct.some(Boolean));
    process.stdout.write(`${lang}: ${idx.length} quotes, candidate recall ${(oracle.length / idx.length).toFixed(3)}, cross-validated accuracy ${(ok.length / idx.length).toFixed(3)}\n`);
    const buckets = new Map<string, number[]>();
    for (const i of idx) {
      if (picks[i] >= 0 && examples[i].correct[picks[i]]) continue;
      const key = `${examples[i].group} ${examples[i].correct.some(Boolean) ? 'wrong candidate chosen' : 'gold not among candidates'}`;
      if (!buckets.has(key)) buckets.set(key, []);
      (buckets.get(key) as number[]).push(i);
    }
    for (const [key, xs] of [...buckets.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      process.stdout.write(`  ${String(xs.length).padStart(5)}  ${key}\n`);
      for (const i of xs.slice(0, args.show)) {
        const ex = examples[i];
        const chosen = picks[i] >= 0 ? ex.candidates[picks[i]].filter((f) => !f.includes('=')).slice(0, 6).join(' ') : '-';
        process.stdout.write(`         doc ${ex.doc}: ${ex.candidates.length} candidates; chosen [${chosen}]\n`);
      }
    }
  }
}

main();
