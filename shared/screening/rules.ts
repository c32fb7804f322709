// Admin-defined site rules. A pattern is a word or phrase where `*` stands for any run of letters or
// digits. Patterns come from admins, not from code, so they are never handed to RegExp as written:
// every character is escaped and `*` becomes a bounded class, which cannot backtrack catastrophically.
import type { SiteRule } from './types.js';
import type { Hit } from './hit.js';
import { normalize } from './normalize.js';

export const SITE_RULE_MAX_LENGTH = 100;
const WILDCARD_RUN = '[\\p{L}\\p{N}]{0,40}';

export type SiteRuleValidation = { ok: true } | { ok: false; message: string };

export function validateSiteRule(pattern: string): SiteRuleValidation {
  const trimmed = pattern.trim();
  if (trimmed.length === 0) return { ok: false, message: 'The pattern is empty.' };
  if (trimmed.length > SITE_RULE_MAX_LENGTH) {
    return { ok: false, message: `The pattern is longer than ${SITE_RULE_MAX_LENGTH} characters.` };
  }
  if (!/[\p{L}\p{N}]/u.test(trimmed)) {
    return { ok: false, message: 'The pattern needs at least one letter or digit besides `*`.' };
  }
  if (/\*{2,}/.test(trimmed)) return { ok: false, message: 'Use a single `*` for any run of letters or digits.' };
  if (/[\n\r\t]/.test(trimmed)) return { ok: false, message: 'The pattern must be a single line.' };
  return { ok: true };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

interface CompiledRule {
  rule: SiteRule;
  re: RegExp;
}

/**
 * Compiles a validated pattern for the normalized text, folded the same way. Whitespace in the pattern
 * matches any run of up to a few spaces, and the match must start and end on word boundaries.
 */
function compileSiteRule(rule: SiteRule): CompiledRule | undefined {
  if (!validateSiteRule(rule.pattern).ok) return undefined;
  const folded = normalize(rule.pattern.trim()).text.toLowerCase();
  const body = folded
    .split(/\s+/)
    .map((word) => word.split('*').map(escapeRegExp).join(WILDCARD_RUN))
    .join('\\s{1,3}');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
  return { rule, re };
}

const cache = new Map<string, CompiledRule | undefined>();
const CACHE_LIMIT = 2000;

function compileSiteRuleCached(rule: SiteRule): CompiledRule | undefined {
  const key = `${rule.action}\u0000${rule.id}\u0000${rule.pattern}`;
  if (cache.has(key)) return cache.get(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const compiled = compileSiteRule(rule);
  cache.set(key, compiled);
  return compiled;
}

export interface RuleHit extends Hit {
  rule: SiteRule;
}

/** Matches of the rules in `text`, which is already normalized. */
export function matchSiteRules(text: string, rules: readonly SiteRule[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    const compiled = compileSiteRuleCached(rule);
    if (!compiled) continue;
    compiled.re.lastIndex = 0;
    for (const m of text.matchAll(compiled.re)) {
      if (m[0].length === 0) continue;
      hits.push({ kind: 'site_rule', start: m.index, end: m.index + m[0].length, confidence: 1, rule });
    }
  }
  return hits;
}
