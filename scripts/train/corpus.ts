/**
 * Load an annotated corpus directory (the annotated corpus format: one JSON article per file)
 * for the trainers. Files are read in sorted name order so training is deterministic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldFile } from '../scoring';

export interface CorpusDoc extends GoldFile {
  /** file name inside the corpus directory */
  file: string;
}

/** Every valid article in dir, sorted by file name. Throws with a clear message on bad input. */
export function loadCorpus(dir: string): CorpusDoc[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new Error(`cannot read corpus directory ${dir}: ${(err as Error).message}`);
  }
  const docs: CorpusDoc[] = [];
  for (const file of names) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      throw new Error(`${join(dir, file)} is not valid JSON`);
    }
    const g = parsed as Partial<GoldFile> | null;
    if (!g || typeof g.text !== 'string' || !Array.isArray(g.quotes) || (g.language !== 'id' && g.language !== 'en')) {
      throw new Error(`${join(dir, file)} is not a corpus article (needs "language", "text", "quotes")`);
    }
    docs.push({ ...(g as GoldFile), file });
  }
  if (docs.length === 0) throw new Error(`no .json articles in ${dir}`);
  return docs;
}
