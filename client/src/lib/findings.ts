import type { FindingKind } from '../../../shared/screening/types.js';

/** Plain words for each kind, used in "may contain: phone number, date of birth". */
const KIND_WORDS: Record<FindingKind, string> = {
  phone: 'phone number',
  email: 'e-mail address',
  handle: 'social media handle',
  link: 'link',
  person_name: "someone's name",
  dob: 'date of birth',
  address: 'street address',
  postcode: 'postcode',
  room: 'hospital room number',
  record_number: 'medical record number',
  insurance_id: 'insurance number',
  government_id: 'ID number',
  card: 'card number',
  iban: 'bank account number',
  ip: 'IP address',
  record_image: 'image of a medical record',
  diagnosis_request: 'a request for a diagnosis',
  site_rule: 'wording this community has restricted',
};

export function kindWords(kind: FindingKind): string {
  return KIND_WORDS[kind];
}

/** "phone number, date of birth and e-mail address" (distinct, in first-seen order). */
export function listKinds(kinds: readonly FindingKind[]): string {
  const words = [...new Set(kinds)].map(kindWords);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

export interface Span {
  start: number;
  end: number;
}

export type Segment<T extends Span> = { start: number; text: string; finding: T | null };

/** Splits text into plain and flagged runs. Overlapping findings merge into the first one's mark. */
export function segment<T extends Span>(text: string, findings: readonly T[]): Segment<T>[] {
  const sorted = findings
    .filter((f) => f.end > f.start && f.start >= 0 && f.start < text.length)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const f of sorted) {
    const start = Math.max(f.start, at);
    const end = Math.min(f.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ start: at, text: text.slice(at, start), finding: null });
    out.push({ start, text: text.slice(start, end), finding: f });
    at = end;
  }
  if (at < text.length) out.push({ start: at, text: text.slice(at), finding: null });
  return out;
}
