import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCREEN_LABELS, screen, type ScreenLabel } from '../../../shared/screening/index.js';
import { CaseSchema, readJsonLines } from '../../../scripts/labelled-cases.js';

const FILE = fileURLToPath(new URL('../../fixtures/screening-cases.jsonl', import.meta.url));
const cases = readJsonLines(FILE, CaseSchema);

function rates(label: ScreenLabel) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const got = screen(c.text).labels.includes(label);
    const want = c.labels.includes(label);
    if (got && want) tp++;
    else if (got) fp++;
    else if (want) fn++;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('project fixture set meets the policy targets', () => {
  it('has at least 300 well-formed cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const c of cases) for (const l of c.labels) expect(SCREEN_LABELS).toContain(l);
  });
  it('phi: recall >= 0.97 at precision >= 0.90', () => {
    const r = rates('phi');
    expect(r.recall).toBeGreaterThanOrEqual(0.97);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });
  it('diagnosis_request: recall >= 0.92 at precision >= 0.85', () => {
    const r = rates('diagnosis_request');
    expect(r.recall).toBeGreaterThanOrEqual(0.92);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
  });
  it('holds at most 5% of clean posts', () => {
    const clean = cases.filter((c) => c.labels.length === 0);
    const held = clean.filter((c) => screen(c.text).labels.length > 0).length;
    expect(held / clean.length).toBeLessThanOrEqual(0.05);
  });
});
