// The learned half of the diagnosis-request screen. The hand-written rules (../diagnosis.ts) are precise
// but only know the phrasings someone wrote down; this model, trained on the project's labelled posts,
// generalises to new wordings. The screen holds a post when either of them asks it to, and points the
// moderator at the sentence the model found most like a request. The rules' exemptions (paperwork,
// experience-seeking, general questions) still apply: the model only weighs the sentences they leave open.
import type { Hit } from '../hit.js';
import { hit } from '../hit.js';
import type { SentenceSpan } from '../text.js';
import { DIAGNOSIS_BIAS, DIAGNOSIS_WEIGHTS } from './diagnosis-weights.js';
import { compileWeights, modelTokens, scoreTokens } from './features.js';

/** Chosen by leave-one-set-out validation (scripts/train-diagnosis-model.ts --cv). */
export const DIAGNOSIS_MODEL_THRESHOLD = 0.5;

const MODEL = compileWeights(DIAGNOSIS_BIAS, DIAGNOSIS_WEIGHTS);

function score(text: string): number {
  return scoreTokens(MODEL, modelTokens(text));
}

/** Probability that the post asks for an assessment of a particular person. */
export function diagnosisProbability(text: string): number {
  return 1 / (1 + Math.exp(-score(text)));
}

/**
 * When the model holds the post, a hit on the most request-like of `candidates` (sentences of `text`
 * that may ask something); else nothing.
 */
export function detectDiagnosisRequestsByModel(text: string, candidates: readonly SentenceSpan[]): Hit[] {
  if (candidates.length === 0) return [];
  const probability = diagnosisProbability(text);
  if (probability < DIAGNOSIS_MODEL_THRESHOLD) return [];
  let best: SentenceSpan | undefined;
  let bestScore = -Infinity;
  for (const s of candidates) {
    const z = score(s.text);
    if (z > bestScore) {
      best = s;
      bestScore = z;
    }
  }
  if (!best) return [];
  return [hit('diagnosis_request', best.start, best.end, Number(probability.toFixed(2)))];
}
