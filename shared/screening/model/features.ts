// The words a diagnosis-request model looks at: lower-case word unigrams and bigrams of the normalized
// post, digits collapsed to "0" so "14 mm" and "9 mm" are one feature, and "?" kept as a word because
// whether a sentence asks is half the question. Training (scripts/train-diagnosis-model.ts) and the
// screen share this function, so the model sees at run time exactly what it was trained on.

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
