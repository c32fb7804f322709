import type { Finding, FindingKind } from './types.js';

const PLACEHOLDER: Record<FindingKind, string> = {
  phone: '[phone number removed]',
  email: '[e-mail address removed]',
  handle: '[handle removed]',
  link: '[link removed]',
  person_name: '[name removed]',
  dob: '[date of birth removed]',
  address: '[address removed]',
  postcode: '[postcode removed]',
  room: '[room number removed]',
  record_number: '[record number removed]',
  insurance_id: '[insurance number removed]',
  government_id: '[ID number removed]',
  card: '[card number removed]',
  iban: '[bank account removed]',
  ip: '[IP address removed]',
  record_image: '[image removed]',
  diagnosis_request: '',
  site_rule: '[removed]',
};

/** Replaces spans left to right; a span overlapping an earlier replaced one is merged into it. */
function replaceSpans(text: string, spans: readonly Finding[], replacement: (f: Finding) => string): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const f of sorted) {
    const start = Math.max(0, Math.min(f.start, text.length));
    const end = Math.max(start, Math.min(f.end, text.length));
    if (end <= at) continue;
    if (start < at) {
      // Overlap: extend the previous replacement's coverage without a second placeholder.
      at = end;
      continue;
    }
    out += text.slice(at, start) + replacement(f);
    at = end;
  }
  return out + text.slice(at);
}

/** Replaces each finding's span with a placeholder of its kind. Diagnosis-request findings are left as they are. */
export function redact(text: string, findings: readonly Finding[]): string {
  return replaceSpans(
    text,
    findings.filter((f) => f.kind !== 'diagnosis_request'),
    (f) => PLACEHOLDER[f.kind],
  );
}

/** Replaces the span of each site-rule finding whose rule censors with asterisks of the same length. */
export function censor(text: string, findings: readonly Finding[]): string {
  return replaceSpans(
    text,
    findings.filter((f) => f.kind === 'site_rule' && f.ruleAction === 'censor'),
    (f) => '*'.repeat(Math.min(f.end, text.length) - Math.min(f.start, text.length)),
  );
}
