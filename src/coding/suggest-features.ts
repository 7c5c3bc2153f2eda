/**
 * Passages as TF-IDF vectors over a vocabulary of stems: sublinear term frequency (1 + ln tf), smoothed idf
 * (ln((1 + n) / (1 + df)) + 1, as scikit-learn), l2-normalised. Vectors are sparse and typed (Int32Array indices in
 * ascending order, Float32Array values); a set of them is one CSR block, so 5,000 training passages take a few
 * hundred kilobytes instead of a JavaScript object per feature.
 */

export interface Vocabulary {
  /** Feature i is stems[i]. */
  stems: string[];
  idf: Float32Array;
  index: Map<string, number>;
}

export interface VocabularyOptions {
  /** Stems in fewer passages than this are dropped (names, typos): they cannot generalise. */
  minDf?: number;
  /** At most this many stems, the most frequent first. */
  maxSize?: number;
}

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Rows in compressed sparse row form: row r is indices/values[offsets[r] .. offsets[r + 1]). */
export interface SparseRows {
  count: number;
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export const DEFAULT_MIN_DF = 2;
export const DEFAULT_MAX_VOCABULARY = 20_000;

/** The vocabulary of a set of passages (each given as its content stems). Deterministic: ties by stem, code units. */
export function buildVocabulary(docs: readonly (readonly string[])[], options: VocabularyOptions = {}): Vocabulary {
  const minDf = options.minDf ?? DEFAULT_MIN_DF;
  const maxSize = options.maxSize ?? DEFAULT_MAX_VOCABULARY;
  const df = new Map<string, number>();
  for (const doc of docs) {
    for (const stem of new Set(doc)) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const kept = [...df].filter(([, count]) => count >= minDf);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const chosen = kept.slice(0, maxSize);
  const n = docs.length;
  return vocabularyFrom(
    chosen.map(([stem]) => stem),
    chosen.map(([, count]) => Math.log((1 + n) / (1 + count)) + 1),
  );
}

/** A vocabulary from stored stems and idf (a model read back from JSON). */
export function vocabularyFrom(stems: readonly string[], idf: ArrayLike<number>): Vocabulary {
  if (stems.length !== idf.length) throw new RangeError('stems and idf differ in length');
  return { stems: [...stems], idf: Float32Array.from(idf), index: new Map(stems.map((stem, i) => [stem, i])) };
}

/**
 * A function from feature ids (vocabulary indices, repeats counted; the first `length` of `ids`) to the TF-IDF vector.
 * It reuses one scratch array across calls, so vectorising 100,000 passages allocates only the results.
 */
export function createIdVectorizer(vocabulary: Vocabulary): (ids: Int32Array, length: number) => SparseVector {
  const counts = new Float64Array(vocabulary.stems.length);
  const touched = new Int32Array(vocabulary.stems.length);
  return (ids, length) => {
    let nnz = 0;
    for (let k = 0; k < length; k++) {
      const i = ids[k];
      if (counts[i] === 0) touched[nnz++] = i;
      counts[i]++;
    }
    const indices = touched.slice(0, nnz).sort();
    const values = new Float32Array(nnz);
    let norm = 0;
    for (let k = 0; k < nnz; k++) {
      const i = indices[k];
      const weight = (1 + Math.log(counts[i])) * vocabulary.idf[i];
      counts[i] = 0;
      values[k] = weight;
      norm += weight * weight;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < nnz; k++) values[k] *= scale;
    }
    return { indices, values };
  };
}

/** A function from a passage's stems to its TF-IDF vector; stems outside the vocabulary are ignored. */
export function createVectorizer(vocabulary: Vocabulary): (stems: readonly string[]) => SparseVector {
  const byIds = createIdVectorizer(vocabulary);
  let ids = new Int32Array(256);
  return (stems) => {
    if (stems.length > ids.length) ids = new Int32Array(stems.length * 2);
    let length = 0;
    for (const stem of stems) {
      const i = vocabulary.index.get(stem);
      if (i !== undefined) ids[length++] = i;
    }
    return byIds(ids, length);
  };
}

/** Vectors as one CSR block. */
export function packRows(vectors: readonly SparseVector[]): SparseRows {
  const offsets = new Int32Array(vectors.length + 1);
  for (let r = 0; r < vectors.length; r++) offsets[r + 1] = offsets[r] + vectors[r].indices.length;
  const indices = new Int32Array(offsets[vectors.length]);
  const values = new Float32Array(offsets[vectors.length]);
  for (let r = 0; r < vectors.length; r++) {
    indices.set(vectors[r].indices, offsets[r]);
    values.set(vectors[r].values, offsets[r]);
  }
  return { count: vectors.length, offsets, indices, values };
}

/** The TF-IDF vectors of many passages as one CSR block. */
export function vectorizeRows(vocabulary: Vocabulary, docs: readonly (readonly string[])[]): SparseRows {
  return packRows(docs.map(createVectorizer(vocabulary)));
}
