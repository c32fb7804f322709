/** The two policy labels (../MODERATION-POLICY.md). A post with either is held for review. */
export const SCREEN_LABELS = ['phi', 'diagnosis_request'] as const;
export type ScreenLabel = (typeof SCREEN_LABELS)[number];

export const FINDING_KINDS = [
  'phone',
  'email',
  'handle',
  'link',
  'person_name',
  'dob',
  'address',
  'postcode',
  'room',
  'record_number',
  'insurance_id',
  'government_id',
  'card',
  'iban',
  'ip',
  'record_image',
  'diagnosis_request',
  'site_rule',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** `site_rule` findings come from the admins' own word list, not from the policy. */
export type FindingLabel = ScreenLabel | 'site_rule';

export interface Finding {
  label: FindingLabel;
  kind: FindingKind;
  /** UTF-16 offsets into the original (un-normalized) text: text.slice(start, end). */
  start: number;
  end: number;
  /** Plain-language explanation for the author and the moderator. Never quotes the matched text. */
  message: string;
  /** 0..1 */
  confidence: number;
  /** For site_rule findings: what the rule does and which rule it was. */
  ruleAction?: SiteRuleAction;
  ruleId?: string;
}

export type ScreenDecision = 'publish' | 'hold' | 'block';

export interface ScreenResult {
  decision: ScreenDecision;
  labels: ScreenLabel[];
  findings: Finding[];
}

export const SITE_RULE_ACTIONS = ['hold', 'block', 'censor'] as const;
export type SiteRuleAction = (typeof SITE_RULE_ACTIONS)[number];

/** An admin-defined rule. `pattern` is a word or phrase; `*` matches any run of letters or digits. */
export interface SiteRule {
  id: string;
  pattern: string;
  action: SiteRuleAction;
}

export interface ScreenOptions {
  rules?: readonly SiteRule[];
}
