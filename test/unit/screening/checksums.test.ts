import { describe, expect, it } from 'vitest';
import { cardValid, deaValid, ibanValid, luhnValid, nhsNumberValid, npiValid } from '../../../shared/screening/checksums.js';
import { screen } from '../../../shared/screening/index.js';

describe('checksums', () => {
  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(cardValid('378282246310005')).toBe(true);
  });
  it('NHS mod 11', () => {
    expect(nhsNumberValid('9434765919')).toBe(true);
    expect(nhsNumberValid('9434765918')).toBe(false);
  });
  it('NPI Luhn with the 80840 prefix', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
  });
  it('IBAN mod 97', () => {
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });
  it('DEA', () => {
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('AB1234567')).toBe(false);
  });
  it('a Luhn-invalid 16-digit number is not reported as a card', () => {
    const result = screen('Order ref 4111 1111 1111 1112 arrived.');
    expect(result.findings.some((f) => f.kind === 'card')).toBe(false);
  });
  it('an IBAN-shaped string with a bad check is not reported as an IBAN', () => {
    expect(screen('code GB82 WEST 1234 5698 7654 33').findings.some((f) => f.kind === 'iban')).toBe(false);
  });
});
