/**
 * Speed of the source check: 2,000 quotes against a 1 MB transcript (target: under 2 s).
 *
 *   npm run --silent bench:match [-- --claims 2000] [--mb 1] [--json]
 *
 * Builds a synthetic transcript (seeded pseudo-random sentences over a Zipf-like vocabulary, so
 * common words are common as in speech), takes quotes from it (a third unchanged, a third with a
 * word swapped, dropped or inserted, a sixth stitched from two passages, a sixth absent), then
 * times indexing the transcript and matching every quote, as attaching a source does.
 */
import { parseCli, printJson, runCli } from './cli';
import { indexSource, matchQuote, type MatchVerdict } from '../lib/match/match';
import { seededRandom } from '../lib/seeded-random';

const FUNCTION_WORDS = 'the of and to a in that is it we will not be for on with as this have they are at by from our there'.split(' ');
const SYLLABLES = 'ka ro mi ten sa lu vor an de pi ne qua zo re li ma tu ser gan bo'.split(' ');

function vocabulary(rand: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

function transcript(rand: () => number, bytes: number, vocab: string[]): string {
  const pick = () => (rand() < 0.4 ? FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]! : vocab[Math.floor(vocab.length * rand() ** 2)]!);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 6 + Math.floor(rand() * 20);
    const words = Array.from({ length: n }, pick);
    const sentence = `${words.join(' ')}.`;
    const line = rand() < 0.15 ? `\nSPEAKER ${1 + Math.floor(rand() * 9)}: ${sentence}` : ` ${sentence}`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('').trim();
}

type Kind = 'unchanged' | 'edited' | 'stitched' | 'absent';

function quotes(rand: () => number, text: string, count: number, vocab: string[]): { quote: string; kind: Kind }[] {
  const words = text.split(/\s+/);
  const slice = (len: number) => {
    const at = Math.floor(rand() * (words.length - len));
    return words.slice(at, at + len);
  };
  const out: { quote: string; kind: Kind }[] = [];
  for (let i = 0; i < count; i++) {
    const len = 8 + Math.floor(rand() * 22);
    const r = i % 6;
    if (r < 2) out.push({ quote: slice(len).join(' '), kind: 'unchanged' });
    else if (r < 4) {
      const w = slice(len);
      const at = 1 + Math.floor(rand() * (len - 2));
      const op = Math.floor(rand() * 3);
      if (op === 0) w[at] = 'zzword';
      else if (op === 1) w.splice(at, 1);
      else w.splice(at, 0, 'zzword');
      out.push({ quote: w.join(' '), kind: 'edited' });
    } else if (r === 4) out.push({ quote: [...slice(8), ...slice(8)].join(' '), kind: 'stitched' });
    else out.push({ quote: Array.from({ length: len }, () => `${vocab[Math.floor(rand() * vocab.length)]}x`).join(' '), kind: 'absent' });
  }
  return out;
}

void runCli(() => {
  const { values } = parseCli({ claims: { type: 'string' }, mb: { type: 'string' }, json: { type: 'boolean' } });
  const claimCount = Number(values.claims ?? 2000);
  const mb = Number(values.mb ?? 1);
  const rand = seededRandom(13); // seeded: every run times the same transcript
  const vocab = vocabulary(rand, 6000);
  const text = transcript(rand, mb * 1_000_000, vocab);
  const items = quotes(rand, text, claimCount, vocab);

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = indexSource(text);
  const t1 = performance.now();
  const verdicts: Record<Kind, Partial<Record<MatchVerdict, number>>> = { unchanged: {}, edited: {}, stitched: {}, absent: {} };
  for (const { quote, kind } of items) {
    const v = matchQuote(index, quote).verdict;
    verdicts[kind][v] = (verdicts[kind][v] ?? 0) + 1;
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const result = {
    transcriptBytes: Buffer.byteLength(text),
    transcriptWords: index.words.length,
    claims: claimCount,
    indexMs: Math.round(t1 - t0),
    matchMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    /** CPU time of this process: on a busy shared machine wall time includes waiting for a core. */
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    targetMs: 2000,
    met: t2 - t0 < 2000,
    verdicts,
  };
  if (values.json) printJson(result);
  else {
    console.log(`${result.claims} quotes × ${(result.transcriptBytes / 1e6).toFixed(2)} MB transcript (${result.transcriptWords} words)`);
    console.log(`index ${result.indexMs} ms + match ${result.matchMs} ms = ${result.totalMs} ms wall, ${result.cpuMs} ms CPU (target < 2000 ms: ${result.met ? 'met' : 'NOT met'})`);
    console.log(`verdicts by kind of quote: ${JSON.stringify(verdicts)}`);
  }
});
