// Check digits let the screen tell a real identifier from a number that merely has the same shape
// (a lab reference, an order number), so look-alikes are not held for nothing.

export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** Luhn (mod 10): payment cards, Canadian SIN, NPI (with its 80840 prefix), IMEI. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,30}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|22)|35|62|81)/;

export function cardValid(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && CARD_PREFIX.test(digits) && luhnValid(digits);
}

/** NHS number: weights 10..2 on the first nine digits, check = 11 - (sum mod 11); 10 is never issued. */
export function nhsNumberValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

/** US NPI: ten digits starting 1 or 2, Luhn-valid once the ISO card-issuer prefix 80840 is prepended. */
export function npiValid(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && luhnValid(`80840${digits}`);
}

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26, AE: 23, SA: 24,
  IL: 23, BR: 29, QA: 29, KW: 30, PK: 24, MU: 30, TN: 24, JO: 30, LB: 28, EG: 29, UA: 29, RS: 22, BA: 20,
  ME: 22, MK: 19, AL: 28, AZ: 28, GE: 22, MD: 24, KZ: 20, XK: 20, BH: 22, CR: 22, DO: 28, GT: 28, VG: 24,
};

/** IBAN: known country length and ISO 7064 mod 97 == 1. Spaces are ignored. */
export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && expected !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** US DEA registration: two letters, seven digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7. */
export function deaValid(raw: string): boolean {
  const m = /^[A-Z][A-Z9](\d{7})$/i.exec(raw);
  const digits = m?.[1];
  if (digits === undefined) return false;
  const d = [...digits].map((c) => c.charCodeAt(0) - 48);
  const [a = 0, b = 0, c = 0, e = 0, f = 0, g = 0, check = -1] = d;
  return (a + c + f + 2 * (b + e + g)) % 10 === check;
}

/** US SSN structure: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function ssnPlausible(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && digits[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}
