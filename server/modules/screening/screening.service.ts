import { censor, redact, screen, type SiteRule } from '../../../shared/screening/index.js';
import type { DB } from '../../db/database.js';
import type { StoredFinding } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import { listRules } from '../admin/site-rule.repository.js';

export interface ScreenedText {
  /** The text to store: the author's, with censored words starred out. */
  text: string;
  held: boolean;
  findings: StoredFinding[];
}

export async function loadSiteRules(db: DB): Promise<SiteRule[]> {
  return (await listRules(db)).map(({ id, pattern, action }) => ({ id, pattern, action }));
}

/**
 * Runs the shared screen (the same code as the composer) and decides what is stored. A `block`
 * rule refuses the post outright; findings keep kinds and offsets, never the matched text.
 */
export function screenText(text: string, rules: readonly SiteRule[]): ScreenedText {
  const result = screen(text, { rules });
  if (result.decision === 'block') {
    throw new AppError('blocked_by_rule', 'This post contains words this community does not allow. Please rephrase it.');
  }
  const stored: StoredFinding[] = result.findings
    .filter((f) => f.label !== 'site_rule' || f.ruleAction === 'hold')
    .map(({ label, kind, start, end, message }) => ({ label, kind, start, end, message }));
  return { text: censor(text, result.findings), held: result.decision === 'hold', findings: stored };
}

/** Replaces stored findings' spans with placeholders, as the composer's "Remove" does. */
export function redactStored(text: string, findings: readonly StoredFinding[]): string {
  return redact(text, findings.map((f) => ({ ...f, confidence: 1 })));
}
