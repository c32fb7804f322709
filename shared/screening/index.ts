// Stopgap screen: catches phone numbers, e-mail addresses and dates of birth.
// The full engine replaces this file's internals; its exports stay the same.
import type { Finding, ScreenOptions, ScreenResult, ScreenLabel } from './types.js';

export * from './types.js';

const PATTERNS: Array<{ kind: Finding['kind']; re: RegExp; message: string }> = [
  {
    kind: 'email',
    re: /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}/g,
    message: 'E-mail addresses let strangers contact you.',
  },
  {
    kind: 'phone',
    re: /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]?\d{3,4}\b/g,
    message: 'Phone numbers let strangers contact you.',
  },
  {
    kind: 'dob',
    re: /\b(?:DOB|date of birth|born on)\b[:\s]{0,3}[^\n.]{1,30}/gi,
    message: 'A date of birth can identify a person.',
  },
];

export function screen(text: string, _options: ScreenOptions = {}): ScreenResult {
  const findings: Finding[] = [];
  for (const { kind, re, message } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      findings.push({ label: 'phi', kind, start: m.index, end: m.index + m[0].length, message, confidence: 0.9 });
    }
  }
  findings.sort((a, b) => a.start - b.start);
  const labels: ScreenLabel[] = findings.length > 0 ? ['phi'] : [];
  return { decision: labels.length > 0 ? 'hold' : 'publish', labels, findings };
}

const PLACEHOLDER: Record<Finding['kind'], string> = {
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

/** Replaces each finding's span with a placeholder of its kind. Diagnosis-request findings are left as they are. */
export function redact(text: string, findings: readonly Finding[]): string {
  const spans = findings
    .filter((f) => f.kind !== 'diagnosis_request')
    .slice()
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + PLACEHOLDER[f.kind];
    at = f.end;
  }
  return out + text.slice(at);
}
