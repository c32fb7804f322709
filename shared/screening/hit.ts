import type { TextScan } from './scan.js';
import type { FindingKind } from './types.js';

/** A detector's raw result, in offsets of the normalized text. */
export interface Hit {
  kind: FindingKind;
  start: number;
  end: number;
  confidence: number;
}

export type Detector = (scan: TextScan) => Hit[];

export function hit(kind: FindingKind, start: number, end: number, confidence: number): Hit {
  return { kind, start, end, confidence };
}
