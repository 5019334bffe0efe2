/**
 * Gradient-boosted decision trees on top of the log-linear ranker (ranker.ts).
 *
 * The linear ranker adds up one weight per feature, so it cannot learn that a feature matters
 * only together with another ("the subject of the previous sentence" is a strong antecedent
 * for "he said" but a weak one for a quotation opening a paragraph). Each tree asks a few
 * yes/no questions about a candidate's features ("has b|sd=1?", "has sentStart?") and adds a
 * small score at its leaf; the trees are fitted one after another to what the linear model and
 * the earlier trees still get wrong (Newton boosting of the same listwise softmax loss).
 *
 * Training is deterministic: features are indexed in sorted order, candidates in input order,
 * and ties between equally good splits go to the lowest feature index.
 */
import { softmax } from './softmax';
import { seededRandom } from '../seeded-random';

/** A tree node: a leaf's score, or [feature index, subtree if present, subtree if absent]. */
export type TreeNode = number | [number, TreeNode, TreeNode];

export interface Forest {
  /** the features the trees ask about (tree nodes refer to them by index) */
  features: string[];
  trees: TreeNode[];
}

export interface BoostOptions {
  trees: number;
  depth: number;
  /** shrinkage applied to every leaf */
  learningRate: number;
  /** L2 penalty on leaf scores (added to the hessian) */
  lambda: number;
  /** smallest hessian sum a child may have (no splits on a handful of candidates) */
  minChildWeight: number;
  /**
   * Share of the quotations each tree is fitted on (stochastic gradient boosting), drawn anew
   * for every tree from a seeded generator, so the same examples give the same forest; 1 or
   * absent: every tree sees them all.
   */
  subsample?: number;
}

export const DEFAULT_BOOST: BoostOptions = { trees: 200, depth: 3, learningRate: 0.2, lambda: 1, minChildWeight: 3, subsample: 0.7 };

/** One quotation's candidates (features as strings), which are correct, and their starting scores. */
export interface BoostExample {
  candidates: readonly (readonly string[])[];
  correct: readonly boolean[];
  /** scores of the model the trees improve on (the linear ranker's) */
  base: readonly number[];
}

/** Per forest: feature name → index, built once. */
const indexes = new WeakMap<Forest, Map<string, number>>();

function indexOf(forest: Forest): Map<string, number> {
  let m = indexes.get(forest);
  if (!m) {
    m = new Map(forest.features.map((f, i) => [f, i]));
    indexes.set(forest, m);
  }
  return m;
}

/** The feature trees use to tell the languages apart (the linear ranker has per-language weights instead). */
export function languageFeature(lang: string): string {
  return `lang=${lang}`;
}

/** The forest's score for one candidate: the sum of the leaves its features (and its language) lead to. */
export function forestScore(forest: Forest, features: readonly string[], lang: string): number {
  const index = indexOf(forest);
  const has = new Uint8Array(forest.features.length);
  for (const f of features) {
    const i = index.get(f);
    if (i !== undefined) has[i] = 1;
  }
  const l = index.get(languageFeature(lang));
  if (l !== undefined) has[l] = 1;
  let s = 0;
  for (const tree of forest.trees) {
    let node = tree;
    while (typeof node !== 'number') node = has[node[0]] ? node[1] : node[2];
    s += node;
  }
  return s;
}

/**
 * A forest as flat arrays, for scoring many candidates: node k asks about feature feat[k] and
 * goes to yes[k] or no[k]; a negative child -1 - j is leaf j with value leaf[j].
 */
export interface FlatForest {
  roots: Int32Array;
  feat: Int32Array;
  yes: Int32Array;
  no: Int32Array;
  leaf: Float64Array;
}

export function flattenForest(forest: Forest): FlatForest {
  const feat: number[] = [];
  const yes: number[] = [];
  const no: number[] = [];
  const leaf: number[] = [];
  const add = (node: TreeNode): number => {
    if (typeof node === 'number') { leaf.push(node); return -leaf.length; }
    const k = feat.length;
    feat.push(node[0]); yes.push(0); no.push(0);
    yes[k] = add(node[1]);
    no[k] = add(node[2]);
    return k;
  };
  const roots = forest.trees.map(add);
  return { roots: Int32Array.from(roots), feat: Int32Array.from(feat), yes: Int32Array.from(yes), no: Int32Array.from(no), leaf: Float64Array.from(leaf) };
}

/** The flat forest's score for a candidate whose features are marked in `has` (by forest index). */
export function flatScore(f: FlatForest, has: Uint8Array): number {
  const { roots, feat, yes, no, leaf } = f;
  let s = 0;
  for (let t = 0; t < roots.length; t++) {
    let k = roots[t];
    while (k >= 0) k = has[feat[k]] ? yes[k] : no[k];
    s += leaf[-1 - k];
  }
  return s;
}

/**
 * A forest for scoring by the features a candidate HAS (QuickScorer, Lucchese et al. 2015):
 * a candidate has a dozen of the forest's features, so visiting the nodes that ask about those
 * beats walking every tree. Each tree's leaves are numbered left to right with the "absent"
 * branch on the left; a node whose feature is present rules out the leaves of its absent
 * branch (nodeMask clears their bits). The leaf the walk would reach is the leftmost one no
 * present node rules out: the lowest bit left in the tree's mask. Leaves are then added tree
 * by tree in the forest's order, as flatScore does, so the sum is the same to the last bit.
 * null when a tree has more than 32 leaves (one 32-bit mask per tree).
 */
export interface BitForest {
  trees: number;
  /** leaf j of tree t: leaf[t * 32 + j] */
  leaf: Float64Array;
  /** the nodes asking about forest feature f: nodeTree / nodeMask[featStart[f] .. featStart[f + 1]) */
  featStart: Int32Array;
  nodeTree: Int32Array;
  nodeMask: Int32Array;
  /** scratch: each tree's mask for the candidate being scored, all ones between candidates */
  masks: Int32Array;
}

export function bitForest(forest: Forest): BitForest | null {
  const trees = forest.trees.length;
  const leaf = new Float64Array(trees * 32);
  const byFeature: Array<Array<[number, number]>> = forest.features.map(() => []);
  for (let t = 0; t < trees; t++) {
    let leaves = 0;
    // returns the number of leaves below node, numbering them from leaves onwards
    const visit = (node: TreeNode): number => {
      if (typeof node === 'number') {
        if (leaves < 32) leaf[t * 32 + leaves] = node;
        leaves++;
        return 1;
      }
      const first = leaves;
      const absent = visit(node[2]);
      visit(node[1]);
      if (first + absent <= 32) {
        // clear bits first .. first + absent - 1 (the absent branch's leaves)
        const span = absent === 32 ? -1 : ((1 << absent) - 1) << first;
        byFeature[node[0]].push([t, ~span]);
      }
      return leaves - first;
    };
    visit(forest.trees[t]);
    if (leaves > 32) return null;
  }
  const featStart = new Int32Array(forest.features.length + 1);
  const nodeTree: number[] = [];
  const nodeMask: number[] = [];
  byFeature.forEach((nodes, f) => {
    featStart[f] = nodeTree.length;
    for (const [t, m] of nodes) { nodeTree.push(t); nodeMask.push(m); }
  });
  featStart[forest.features.length] = nodeTree.length;
  return { trees, leaf, featStart, nodeTree: Int32Array.from(nodeTree), nodeMask: Int32Array.from(nodeMask), masks: new Int32Array(trees).fill(-1) };
}

/** The bit forest's score for a candidate with forest features present[0 .. n), each once. */
export function bitScore(f: BitForest, present: Int32Array, n: number): number {
  const { trees, leaf, featStart, nodeTree, nodeMask, masks } = f;
  for (let k = 0; k < n; k++) {
    const feat = present[k];
    for (let j = featStart[feat], end = featStart[feat + 1]; j < end; j++) masks[nodeTree[j]] &= nodeMask[j];
  }
  let s = 0;
  for (let t = 0; t < trees; t++) {
    const m = masks[t];
    s += leaf[(t << 5) + 31 - Math.clz32(m & -m)];
    masks[t] = -1;
  }
  return s;
}

/** Check a forest read from a weights file: every node well formed, every index in range. */
export function parseForest(json: unknown): Forest {
  const f = json as Partial<Forest> | null;
  if (!f || !Array.isArray(f.features) || !Array.isArray(f.trees) || !f.features.every((x) => typeof x === 'string')) {
    throw new Error('speaker model: trees must be { features: string[], trees: [...] }');
  }
  const n = f.features.length;
  const check = (node: unknown): void => {
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new Error('speaker model: a tree leaf is not a number');
      return;
    }
    if (!Array.isArray(node) || node.length !== 3 || !Number.isInteger(node[0]) || node[0] < 0 || node[0] >= n) {
      throw new Error('speaker model: a tree node is malformed');
    }
    check(node[1]);
    check(node[2]);
  };
  f.trees.forEach(check);
  return f as Forest;
}

/** Round to 5 significant digits so the weights file is the same bytes on every run. */
function round(x: number): number {
  return x === 0 || !Number.isFinite(x) ? 0 : Number(x.toPrecision(5));
}

/** The examples as flat arrays: one row per candidate, its feature indices, its quotation. */
interface Rows {
  features: string[];
  /** rowFeat[rowStart[r] .. rowStart[r+1]) are row r's feature indices */
  rowStart: Int32Array;
  rowFeat: Int32Array;
  /** first row of each example, and one past its last */
  exStart: Int32Array;
  correct: Uint8Array;
  score: Float64Array;
}

function flatten(examples: readonly BoostExample[]): Rows {
  const names = new Set<string>();
  for (const ex of examples) for (const c of ex.candidates) for (const f of c) names.add(f);
  const features = [...names].sort();
  const index = new Map(features.map((f, i) => [f, i]));
  let nRows = 0;
  let nnz = 0;
  for (const ex of examples) for (const c of ex.candidates) { nRows++; nnz += c.length; }
  const rowStart = new Int32Array(nRows + 1);
  const rowFeat = new Int32Array(nnz);
  const exStart = new Int32Array(examples.length + 1);
  const correct = new Uint8Array(nRows);
  const score = new Float64Array(nRows);
  let r = 0;
  let k = 0;
  examples.forEach((ex, e) => {
    exStart[e] = r;
    ex.candidates.forEach((c, j) => {
      rowStart[r] = k;
      const ids = [...new Set(c.map((f) => index.get(f) as number))].sort((a, b) => a - b);
      for (const id of ids) rowFeat[k++] = id;
      correct[r] = ex.correct[j] ? 1 : 0;
      score[r] = ex.base[j] ?? 0;
      r++;
    });
  });
  exStart[examples.length] = r;
  rowStart[r] = k;
  return { features, rowStart, rowFeat: rowFeat.subarray(0, k), exStart, correct, score };
}

/** Gradient and hessian of -log(sum of correct candidates' probability) for every row. */
function gradients(rows: Rows, g: Float64Array, h: Float64Array): void {
  const { exStart, score, correct } = rows;
  for (let e = 0; e + 1 < exStart.length; e++) {
    const a = exStart[e];
    const b = exStart[e + 1];
    const p = softmax(Array.from(score.subarray(a, b)));
    let zPos = 0;
    for (let c = 0; c < p.length; c++) if (correct[a + c]) zPos += p[c];
    for (let c = 0; c < p.length; c++) {
      g[a + c] = p[c] - (correct[a + c] ? p[c] / zPos : 0);
      h[a + c] = Math.max(p[c] * (1 - p[c]), 1e-6);
    }
  }
}

/**
 * Fit one tree level by level. Each node's best split is the feature whose presence splits its
 * rows with the largest loss reduction (second-order gain); a node without a worthwhile split
 * becomes a leaf.
 */
function fitTree(rows: Rows, active: Int32Array, g: Float64Array, h: Float64Array, opts: BoostOptions): TreeNode {
  const nf = rows.features.length;
  const { rowStart, rowFeat } = rows;
  const gSum = new Float64Array(nf);
  const hSum = new Float64Array(nf);
  const leaf = (G: number, H: number) => (-G / (H + opts.lambda)) * opts.learningRate;
  const grow = (members: Int32Array, depth: number): TreeNode => {
    let G = 0;
    let H = 0;
    for (const r of members) { G += g[r]; H += h[r]; }
    if (depth === 0 || members.length < 2) return leaf(G, H);
    gSum.fill(0);
    hSum.fill(0);
    for (const r of members) {
      const gr = g[r];
      const hr = h[r];
      for (let k = rowStart[r]; k < rowStart[r + 1]; k++) { gSum[rowFeat[k]] += gr; hSum[rowFeat[k]] += hr; }
    }
    const parent = (G * G) / (H + opts.lambda);
    let best = -1;
    let bestGain = 1e-9;
    for (let j = 0; j < nf; j++) {
      const hl = hSum[j];
      const hr = H - hl;
      if (hl < opts.minChildWeight || hr < opts.minChildWeight) continue;
      const gl = gSum[j];
      const gr = G - gl;
      const gain = (gl * gl) / (hl + opts.lambda) + (gr * gr) / (hr + opts.lambda) - parent;
      if (gain > bestGain) { bestGain = gain; best = j; }
    }
    if (best < 0) return leaf(G, H);
    const yes: number[] = [];
    const no: number[] = [];
    for (const r of members) {
      let found = false;
      for (let k = rowStart[r]; k < rowStart[r + 1]; k++) if (rowFeat[k] === best) { found = true; break; }
      (found ? yes : no).push(r);
    }
    return [best, grow(Int32Array.from(yes), depth - 1), grow(Int32Array.from(no), depth - 1)];
  };
  return grow(active, opts.depth);
}

/** Add a tree's output to every row's score. */
function applyTree(rows: Rows, tree: TreeNode): void {
  const { rowStart, rowFeat, score } = rows;
  for (let r = 0; r + 1 < rowStart.length; r++) {
    let node = tree;
    while (typeof node !== 'number') {
      const [j, yes, no] = node;
      let found = false;
      for (let k = rowStart[r]; k < rowStart[r + 1]; k++) if (rowFeat[k] === j) { found = true; break; }
      node = found ? yes : no;
    }
    score[r] += node;
  }
}

const SUBSAMPLE_SEED = 20261202;

/** The rows of a random share of the quotations (each kept with probability `share`). */
function sampleRows(rows: Rows, share: number, random: () => number): Int32Array {
  const out: number[] = [];
  const { exStart } = rows;
  for (let e = 0; e + 1 < exStart.length; e++) {
    if (random() >= share) continue;
    for (let r = exStart[e]; r < exStart[e + 1]; r++) out.push(r);
  }
  return Int32Array.from(out);
}

/** Keep only the features the trees ask about, renumbered in sorted order; round the leaves. */
function compact(features: string[], trees: TreeNode[]): Forest {
  const used = new Set<number>();
  const visit = (n: TreeNode): void => { if (typeof n !== 'number') { used.add(n[0]); visit(n[1]); visit(n[2]); } };
  trees.forEach(visit);
  const kept = [...used].sort((a, b) => a - b);
  const renumber = new Map(kept.map((old, i) => [old, i]));
  const remap = (n: TreeNode): TreeNode => (typeof n === 'number' ? round(n) : [renumber.get(n[0]) as number, remap(n[1]), remap(n[2])]);
  return { features: kept.map((i) => features[i]), trees: trees.map(remap) };
}

/**
 * Fit a forest to the examples, starting from their base scores. Examples with fewer than two
 * candidates or no correct one teach nothing about ranking and are left out.
 */
export function trainForest(examples: readonly BoostExample[], opts: BoostOptions = DEFAULT_BOOST): Forest {
  const useful = examples.filter((ex) => ex.candidates.length >= 2 && ex.correct.some(Boolean));
  const rows = flatten(useful);
  const n = rows.rowStart.length - 1;
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const trees: TreeNode[] = [];
  const random = seededRandom(SUBSAMPLE_SEED);
  for (let t = 0; t < opts.trees; t++) {
    gradients(rows, g, h);
    const active = opts.subsample !== undefined && opts.subsample < 1 ? sampleRows(rows, opts.subsample, random) : all;
    const tree = fitTree(rows, active, g, h, opts);
    if (typeof tree === 'number' && Math.abs(tree) < 1e-9) break; // nothing left to learn
    trees.push(tree);
    applyTree(rows, tree);
  }
  return compact(rows.features, trees);
}
