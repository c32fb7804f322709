import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, screen } from '../../../shared/screening/index.js';
import { adversarialInputs } from './adversarial-inputs.js';

// Timing belongs to the benchmark (npm run bench:screening); this test checks the screen finishes on
// backtracking bait and still returns a well-formed result.
describe('100 KB adversarial inputs', () => {
  it.each(adversarialInputs().map((i) => [i.name, i.text] as const))('%s', (_name, text) => {
    const result = screen(text);
    expect(['publish', 'hold', 'block']).toContain(result.decision);
    for (const f of result.findings) {
      expect(FINDING_KINDS).toContain(f.kind);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});
