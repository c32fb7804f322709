import { describe, expect, it } from 'vitest';
import { censor, redact, screen, validateSiteRule, type SiteRule } from '../../../shared/screening/index.js';

describe('redact', () => {
  it('replaces identifiers with placeholders and keeps diagnosis requests', () => {
    const text = 'Call me on 07700 900 412. Should I stop my sertraline?';
    const result = screen(text);
    expect(result.labels).toEqual(['phi', 'diagnosis_request']);
    expect(redact(text, result.findings)).toBe('Call me on [phone number removed]. Should I stop my sertraline?');
  });
  it('replaces the original span even when it contains zero-width characters', () => {
    const text = 'mail jo\u200bhn.kelly@example.com now';
    expect(redact(text, screen(text).findings)).toBe('mail [e-mail address removed] now');
  });
});

describe('site rules', () => {
  const rules: SiteRule[] = [
    { id: 'r1', pattern: 'miracle cure', action: 'hold' },
    { id: 'r2', pattern: 'buy*now', action: 'block' },
    { id: 'r3', pattern: 'dang*', action: 'censor' },
  ];

  it('holds on a hold rule, case-insensitively and on word boundaries', () => {
    const result = screen('This MIRACLE  Cure changed my life', { rules });
    expect(result.decision).toBe('hold');
    expect(result.findings.find((f) => f.kind === 'site_rule')?.ruleId).toBe('r1');
    expect(screen('miraclecures are fake', { rules }).decision).toBe('publish');
  });

  it('blocks on a block rule, with * matching a run of letters or digits', () => {
    expect(screen('buy4now at example', { rules }).decision).toBe('block');
    expect(screen('buynow', { rules }).decision).toBe('block');
  });

  it('censors without holding, replacing the span with asterisks of the same length', () => {
    const text = 'That was dangerous and dangly';
    const result = screen(text, { rules });
    expect(result.decision).toBe('publish');
    expect(result.findings.filter((f) => f.label === 'site_rule')).toHaveLength(2);
    expect(censor(text, result.findings)).toBe('That was ********* and ******');
  });

  it('matches on the normalized text', () => {
    expect(screen('a mіracle cure', { rules }).decision).toBe('hold');
  });

  it('escapes regular-expression syntax in patterns', () => {
    const r: SiteRule[] = [{ id: 'x', pattern: '(a+)+$', action: 'hold' }];
    expect(screen('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!', { rules: r }).decision).toBe('publish');
    expect(screen('say (a+)+$ here', { rules: r }).decision).toBe('hold');
  });

  it('validateSiteRule rejects empty, too long and wildcard-only patterns', () => {
    expect(validateSiteRule('')).toMatchObject({ ok: false });
    expect(validateSiteRule('   ')).toMatchObject({ ok: false });
    expect(validateSiteRule('*')).toMatchObject({ ok: false });
    expect(validateSiteRule('** *')).toMatchObject({ ok: false });
    expect(validateSiteRule('x'.repeat(101))).toMatchObject({ ok: false });
    expect(validateSiteRule('spam*')).toEqual({ ok: true });
  });
});
