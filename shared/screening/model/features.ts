// The words a diagnosis-request model looks at: lower-case word unigrams and bigrams of the normalized
// post, digits collapsed to "0" so "14 mm" and "9 mm" are one feature, and "?" kept as a word because
// whether a sentence asks is half the question. Training (scripts/train-diagnosis-model.ts) and the
// screen share these functions, so the model sees at run time exactly what it was trained on.

const TOKEN = /[a-z0']+|\?/g;
const DIGITS = /\d+/g;

export function modelTokens(normalizedText: string): string[] {
  return normalizedText.toLowerCase().replace(DIGITS, '0').match(TOKEN) ?? [];
}

/** The model's log-odds: its bias plus the weight of each feature present. */
export function linearScore(bias: number, weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return z;
}

/** Distinct unigram and bigram features of a run of tokens. */
export function modelFeatures(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    out.add(token);
    const next = tokens[i + 1];
    if (next !== undefined) out.add(`${token} ${next}`);
  }
  return [...out];
}

/**
 * The weights arranged for scoring without building feature strings: each word the weights mention gets
 * a number, a unigram's weight is found by that number, and a bigram's by the pair of numbers.
 */
export interface CompiledWeights {
  readonly bias: number;
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly unigrams: Float64Array;
  readonly bigrams: ReadonlyMap<number, number>;
}

export function compileWeights(bias: number, weights: ReadonlyMap<string, number>): CompiledWeights {
  const vocabulary = new Map<string, number>();
  const idOf = (word: string) => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
    return id;
  };
  for (const feature of weights.keys()) for (const word of feature.split(' ')) idOf(word);
  const unigrams = new Float64Array(vocabulary.size);
  const bigrams = new Map<number, number>();
  for (const [feature, w] of weights) {
    const [first, second] = feature.split(' ') as [string, string | undefined];
    if (second === undefined) unigrams[idOf(first)] = w;
    else bigrams.set(idOf(first) * vocabulary.size + idOf(second), w);
  }
  return { bias, vocabulary, unigrams, bigrams };
}

/**
 * linearScore(bias, weights, modelFeatures(tokens)) without building the features: each token's number
 * is looked up once, and each distinct unigram and bigram counts once.
 */
export function scoreTokens(model: CompiledWeights, tokens: readonly string[]): number {
  const size = model.vocabulary.size;
  let z = model.bias;
  // Features already counted: a unigram by its id, a bigram by its key shifted past every unigram id.
  const seen = new Set<number>();
  let id = tokens.length > 0 ? (model.vocabulary.get(tokens[0] as string) ?? -1) : -1;
  for (let i = 0; i < tokens.length; i++) {
    const next = i + 1 < tokens.length ? (model.vocabulary.get(tokens[i + 1] as string) ?? -1) : -1;
    if (id >= 0) {
      if (!seen.has(id)) {
        seen.add(id);
        z += model.unigrams[id] as number;
      }
      const w = next >= 0 ? model.bigrams.get(id * size + next) : undefined;
      const key = size + id * size + next;
      if (w !== undefined && !seen.has(key)) {
        seen.add(key);
        z += w;
      }
    }
    id = next;
  }
  return z;
}
