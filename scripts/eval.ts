/**
 * Score the extractor against gold annotations (the annotated corpus format).
 *
 *   npm run --silent eval -- [--json] [--errors] [--lang-hint] DIR|FILE...
 *
 * Run with --help for the matching rules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, extractClaims } from '../lib/extract';
import { add, scoreDoc, speakerCorrect, summarize, zero, type Counts, type GoldFile } from './scoring';

const HELP = `usage: npm run --silent eval -- [--json] [--errors] [--lang-hint] DIR|FILE...

Scores lib/extract on gold files in the corpus format ({"language", "text", "quotes",
"indirect"?}). The language is detected by the extractor unless --lang-hint passes the file's.

Matching rules
  Direct quotes   predicted claims of kind "direct" against gold "quotes". Pairs are matched
                  one-to-one, best overlap first. overlap = |intersection| / max(|pred|, |gold|)
                  in UTF-16 units, so a match at 0.8 means each span covers >= 80% of the other.
                  Reported at exact span (same start and end), overlap >= 0.8 and >= 0.3.
  Speaker         on quote pairs matched at >= 0.8 whose gold speaker is not null. Both names
                  are normalised: lower case, accents kept, punctuation and possessive 's removed,
                  leading determiners (the/a/an/para), honorifics/titles (mr, mrs, ms, dr,
                  prof, sen, rep, representative, gov, admiral, justice, judge, dean, pak, bu,
                  presiden, president, ...), suffixes (jr, sr, iii) and himself/herself dropped.
                  Correct when the normalised strings are equal or the token set of one contains
                  the other's (so "Mr. Burman" = "Leonard E. Burman", "Clinton" = "Hillary
                  Clinton", "Admiral Harris" = "Harry B. Harris Jr.", but "Bill Clinton" !=
                  "Hillary Clinton", "Kim Jong Il" != "Kim Jong Un"), or when the raw words are
                  the same ("the senator" = "the senator"). A gold name followed by an age or an
                  "of" phrase is also tried without it ("Butz, 49" = "Norbert Leo Butz",
                  "Mr. Nevins of Showtime" = "David Nevins"), unless that leaves only a title
                  ("Secretary of State John Kerry" is kept whole).
                  When the gold speaker is only a role or title ("Presiden", "the president"),
                  it also counts as correct if the predicted speakerMention or speakerRole contains
                  it (the gold did not resolve the role; the prediction names the same role).
                  When the gold speaker is a description (it opens in lower case: "politisi
                  senior Partai Golkar"), it also counts as correct if the predicted speakerRole
                  is exactly that description, leading determiners aside (the prediction names
                  the person the description stands for, with it as the role).
                  Also reported: accuracy on gold speakers read in the text, leaving out those a
                  corpus rule filled in: copied from the previous quotation (speakerDerivation
                  "...->previous statement": PFSA-ID's rule for -nya cues, which ignores a person
                  introduced in between) and pronouns resolved to the latest named source
                  (speakerResolved "pronoun": PolNeAR's rule, which ignores gender and number).
  Quote+speaker   F1 where a predicted quote counts only if it matches a gold quote at >= 0.8 AND
                  its speaker is correct by the rule above (gold speaker null: the match alone).
  Indirect        predicted "indirect" claims against gold "indirect" (files that have the key).
                  Dice overlap 2|intersection| / (|pred| + |gold|) >= 0.5, one-to-one. Our
                  span is the reported content (PolNeAR's convention); the seed's gold spans
                  start at the source and stop early (prefixes of the claim), which Dice
                  tolerates better than max-normalised overlap. Speakers are not scored here.
Output: per language and overall. --json prints the figures as JSON; --errors lists missed and
spurious quotes and wrong speakers (for development).`;

function listFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      process.stderr.write(`eval: cannot read ${a}\n`);
      process.exit(2);
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(a).sort()) if (f.endsWith('.json')) out.push(join(a, f));
    } else out.push(a);
  }
  return out;
}

function ctx(text: string, s: number, e: number): string {
  return (text.slice(Math.max(0, s - 60), s) + '⟦' + text.slice(s, e) + '⟧' + text.slice(e, e + 60)).replace(/\s+/g, ' ');
}

function main(argv: string[]): void {
  let json = false;
  let errors = false;
  let hint = false;
  const paths: string[] = [];
  for (const a of argv) {
    if (a === '--help' || a === '-h') { process.stdout.write(HELP + '\n'); return; }
    else if (a === '--json') json = true;
    else if (a === '--errors') errors = true;
    else if (a === '--lang-hint') hint = true;
    else if (a === '--') continue;
    else if (a.startsWith('-')) { process.stderr.write(`eval: unknown option ${a}\n${HELP}\n`); process.exit(2); }
    else paths.push(a);
  }
  if (paths.length === 0) { process.stderr.write(`eval: no corpus directory given\n${HELP}\n`); process.exit(2); }
  const byLang = new Map<string, Counts>();
  const t0 = performance.now();
  let chars = 0;
  for (const file of listFiles(paths)) {
    let gold: GoldFile;
    try {
      gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
    } catch {
      process.stderr.write(`eval: ${file} is not valid JSON\n`);
      process.exit(2);
    }
    if (typeof gold.text !== 'string' || !Array.isArray(gold.quotes)) continue;
    chars += gold.text.length;
    const claims = extractClaims(gold.text, hint ? gold.language : undefined);
    const { counts: c, direct, indirect, pairs08, indirectPairs: ip } = scoreDoc(gold, claims, detectLanguage(gold.text));
    const lines: string[] = [];
    if (errors) {
      for (const [i, j] of pairs08) {
        const g = gold.quotes[j];
        if (g.speaker === null || g.speaker === undefined || speakerCorrect(direct[i], g.speaker)) continue;
        lines.push(`  SPEAKER gold=${JSON.stringify(g.speaker)} pred=${JSON.stringify(direct[i].speaker)} mention=${JSON.stringify(direct[i].speakerMention?.text ?? null)}  ${ctx(gold.text, g.start, g.end).slice(0, 260)}`);
      }
      const mp = new Set(pairs08.map((p) => p[0]));
      const mg = new Set(pairs08.map((p) => p[1]));
      gold.quotes.forEach((g, j) => { if (!mg.has(j)) lines.push(`  MISSED ${ctx(gold.text, g.start, g.end).slice(0, 300)}  [${g.speaker}]`); });
      direct.forEach((p, i) => { if (!mp.has(i)) lines.push(`  EXTRA  ${ctx(gold.text, p.start, p.end).slice(0, 300)}  [${p.speaker}]`); });
    }
    if (errors && process.env.EVAL_INDIRECT && Array.isArray(gold.indirect)) {
      const mp = new Set(ip.map((p) => p[0]));
      const mg = new Set(ip.map((p) => p[1]));
      gold.indirect.forEach((g, j) => { if (!mg.has(j)) lines.push(`  IND-MISSED ${ctx(gold.text, g.start, g.end).slice(0, 300)}  [${g.speaker}]`); });
      indirect.forEach((p, i) => { if (!mp.has(i)) lines.push(`  IND-EXTRA  ${ctx(gold.text, p.start, p.end).slice(0, 300)}  [${p.speaker}]`); });
    }
    if (errors && lines.length) process.stdout.write(`${file}\n${lines.join('\n')}\n`);
    const lang = gold.language ?? 'unknown';
    if (!byLang.has(lang)) byLang.set(lang, zero());
    add(byLang.get(lang) as Counts, c);
  }
  const ms = performance.now() - t0;
  const all = zero();
  for (const c of byLang.values()) add(all, c);
  const result: Record<string, ReturnType<typeof summarize>> = {};
  for (const [lang, c] of [...byLang.entries()].sort()) result[lang] = summarize(c);
  result.overall = summarize(all);
  if (json) {
    process.stdout.write(JSON.stringify({ ...result, seconds: ms / 1000, chars }, null, 1) + '\n');
    return;
  }
  const f = (x: number) => x.toFixed(3);
  const rows = Object.entries(result).map(([lang, s]) =>
    `${lang.padEnd(8)} files ${String(s.files).padStart(3)}  quotes ${String(s.direct.gold).padStart(4)}/${String(s.direct.predicted).padEnd(4)} ` +
    `exact P/R/F ${f(s.direct.exact.p)}/${f(s.direct.exact.r)}/${f(s.direct.exact.f1)}  ` +
    `>=0.8 ${f(s.direct.overlap08.p)}/${f(s.direct.overlap08.r)}/${f(s.direct.overlap08.f1)}  ` +
    `>=0.3 ${f(s.direct.overlap03.p)}/${f(s.direct.overlap03.r)}/${f(s.direct.overlap03.f1)}  ` +
    `speaker ${f(s.speakerAccuracy.accuracy)} (${s.speakerAccuracy.correct}/${s.speakerAccuracy.judged}; ` +
    `gold read in the text ${f(s.speakerAccuracyReadGold.accuracy)} ${s.speakerAccuracyReadGold.correct}/${s.speakerAccuracyReadGold.judged})  ` +
    `quote+speaker F1 ${f(s.quoteAndSpeaker.f1)}  indirect P/R/F ${f(s.indirect.p)}/${f(s.indirect.r)}/${f(s.indirect.f1)} (${s.indirect.gold} gold)  ` +
    `lang-detect ${f(s.languageDetection)}`);
  process.stdout.write(rows.join('\n') + '\n' + `(${(chars / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(2)} s)\n`);
}

main(process.argv.slice(2));
