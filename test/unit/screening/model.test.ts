import { describe, expect, it } from 'vitest';
import {
  compileWeights,
  linearScore,
  modelFeatures,
  modelTokens,
  scoreTokens,
} from '../../../shared/screening/model/features.js';
import { DIAGNOSIS_BIAS, DIAGNOSIS_WEIGHTS } from '../../../shared/screening/model/diagnosis-weights.js';

describe('diagnosis model features', () => {
  it('reads lower-case words, one "0" for each run of digits, and question marks', () => {
    expect(modelTokens("My PSA went from 4.1 to 12, what's next?")).toEqual([
      'my', 'psa', 'went', 'from', '0', '0', 'to', '0', "what's", 'next', '?',
    ]);
  });

  it('counts each unigram and bigram once', () => {
    expect(modelFeatures(['is', 'it', 'is', 'it'])).toEqual(['is', 'is it', 'it', 'it is']);
  });
});

describe('compiled weights', () => {
  const weights = new Map<string, number>([
    ['is', 0.5], ['it', -0.25], ['is it', 1.5], ['?', 2], ['it ?', -1], ['cancer', 3],
  ]);
  const model = compileWeights(-1, weights);

  it('score a post as the sum of its distinct features, like the training does', () => {
    for (const text of ['is it cancer? is it?', 'it is it is it', 'nothing known here', '', '? ? ?', 'cancer']) {
      const tokens = modelTokens(text);
      expect(scoreTokens(model, tokens)).toBeCloseTo(linearScore(-1, weights, modelFeatures(tokens)), 12);
    }
  });

  it('agree with the committed weights on real posts', () => {
    const compiled = compileWeights(DIAGNOSIS_BIAS, DIAGNOSIS_WEIGHTS);
    for (const text of [
      'My son (4) vomited ten minutes after his amoxicillin dose. Do I give it again or wait?',
      'What helped your nausea on FOLFOX? Ginger did nothing for me, neither did mints.',
      'Is this rash normal after the second dose? It is spreading to his arms.',
    ]) {
      const tokens = modelTokens(text);
      expect(scoreTokens(compiled, tokens)).toBeCloseTo(linearScore(DIAGNOSIS_BIAS, DIAGNOSIS_WEIGHTS, modelFeatures(tokens)), 9);
    }
  });
});
