// The post screen (../../MODERATION-POLICY.md): the same code decides in the browser composer and on
// the server, so an author sees exactly why a post will be held before sending it.
import type { Finding, FindingKind, ScreenDecision, ScreenLabel, ScreenOptions, ScreenResult } from './types.js';
import type { Detector, Hit } from './hit.js';
import { detectDiagnosisRequests } from './diagnosis.js';
import { detectDatesOfBirth } from './detectors/dob.js';
import { detectIdentifiers } from './detectors/identifiers.js';
import { detectRecordImages } from './detectors/images.js';
import { detectLocations } from './detectors/location.js';
import { detectNames } from './detectors/names.js';
import { detectEmails, detectHandles, detectLinks } from './detectors/online.js';
import { detectPhones } from './detectors/phone.js';
import { FINDING_MESSAGES } from './messages.js';
import { normalize } from './normalize.js';
import { matchSiteRules } from './rules.js';
import { TextScan } from './scan.js';

export * from './types.js';
export { redact, censor } from './redact.js';
export { validateSiteRule, SITE_RULE_MAX_LENGTH, type SiteRuleValidation } from './rules.js';
export { normalize, type NormalizedText } from './normalize.js';

const PHI_DETECTORS: readonly Detector[] = [
  detectIdentifiers,
  detectEmails,
  detectPhones,
  detectHandles,
  detectLinks,
  detectLocations,
  detectDatesOfBirth,
  detectNames,
  detectRecordImages,
];

// When two findings cover the same characters, the more specific kind explains the hold better.
const KIND_PRIORITY: Partial<Record<FindingKind, number>> = {
  card: 9, iban: 9, email: 8, government_id: 7, insurance_id: 7, record_number: 6, ip: 6, dob: 5, phone: 4,
  postcode: 4, address: 3, link: 3, handle: 3, room: 3, person_name: 2, record_image: 1,
};

/** Drops hits wholly inside a higher-priority (or equal, longer) hit of the phi label. */
function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of sorted) {
    const covered = kept.some(
      (k) => k.start <= h.start && k.end >= h.end && (KIND_PRIORITY[k.kind] ?? 0) >= (KIND_PRIORITY[h.kind] ?? 0),
    );
    if (!covered) kept.push(h);
  }
  return kept;
}

export function screen(text: string, options: ScreenOptions = {}): ScreenResult {
  const normalized = normalize(text);
  const folded = normalized.text;
  const toFinding = (h: Hit, label: Finding['label']): Finding => {
    const { start, end } = normalized.toOriginal(h.start, h.end);
    return { label, kind: h.kind, start, end, message: FINDING_MESSAGES[h.kind], confidence: h.confidence };
  };

  const scan = new TextScan(folded);
  const phiHits: Hit[] = [];
  for (const detect of PHI_DETECTORS) phiHits.push(...detect(scan));
  const findings: Finding[] = dedupe(phiHits).map((h) => toFinding(h, 'phi'));
  for (const h of detectDiagnosisRequests(scan)) findings.push(toFinding(h, 'diagnosis_request'));

  let blocked = false;
  let ruleHold = false;
  for (const h of matchSiteRules(folded, options.rules ?? [])) {
    findings.push({ ...toFinding(h, 'site_rule'), ruleAction: h.rule.action, ruleId: h.rule.id });
    if (h.rule.action === 'block') blocked = true;
    if (h.rule.action === 'hold') ruleHold = true;
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const labels: ScreenLabel[] = [];
  if (findings.some((f) => f.label === 'phi')) labels.push('phi');
  if (findings.some((f) => f.label === 'diagnosis_request')) labels.push('diagnosis_request');
  const decision: ScreenDecision = blocked ? 'block' : labels.length > 0 || ruleHold ? 'hold' : 'publish';
  return { decision, labels, findings };
}
