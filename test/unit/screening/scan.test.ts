import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pattern, patternKeys, TextScan } from '../../../shared/screening/scan.js';
import { splitSentences } from '../../../shared/screening/text.js';
import { CaseSchema, ROOT, projectCaseFiles, readJsonLines } from '../../../scripts/labelled-cases.js';

/** Keys as strings, a bracketed set where a position allows several characters, · for "not a word character". */
function keysOf(source: string): string[] | null {
  const show = (set: readonly number[]) => String.fromCharCode(...set).replace(/\0/g, '·');
  const keys = patternKeys(source);
  return keys && keys.map((key) => key.map((set) => (set.length === 1 ? show(set) : `[${show(set)}]`)).join(''));
}

describe('pattern keys', () => {
  it('are the first letters of each word a match can start with', () => {
    expect(keysOf(String.raw`\b(?:mrn|medical\s+record|ss#)`)).toEqual(['mrn', 'med', 'ss·']);
    // Optional letters end a key; optional groups are read both ways.
    expect(keysOf(String.raw`\b(?:eyes?|ab)`)).toEqual(['eye', 'ab']);
    expect(keysOf(String.raw`\b(?:the\s+)?(?:dob|born)`)).toEqual(['the', 'dob', 'bor']);
    expect(keysOf(String.raw`^(?:so\s+)?did\b`)).toEqual(['so·', 'did']);
    expect(keysOf(String.raw`\b[Tt]he\s`)).toEqual(['the']);
    expect(keysOf(String.raw`\b\d{2}`)).toEqual(['[0123456789][0123456789]']);
    // A lookaround before the word is zero-width and changes nothing.
    expect(keysOf(String.raw`(?:^|(?<=[.!]\s*))\b(?:does|is)\s`)).toEqual(['doe', 'is·', 'doe', 'is·']);
    expect(keysOf(String.raw`\b(?<!sweet\s)tooth`)).toEqual(['too']);
    // After the first letter, spaces, punctuation and a word's end are one character: "I" the word,
    // not every word starting with i.
    expect(keysOf(String.raw`\b(?:i|i'm|a\s+few)\b`)).toEqual(['i·', 'i·m', 'a·']);
  });

  it('are absent when a match may start anywhere else', () => {
    expect(keysOf('[?¿]|\\bplease')).toBeNull();
    expect(keysOf('born|\\bdob')).toBeNull(); // "newborn" matches without a word start
    expect(keysOf(String.raw`\b\p{Lu}\p{Ll}+`)).toBeNull();
    expect(keysOf(String.raw`\b[A-Z]{2}\d`)).toBeNull(); // too many letters to list
    expect(keysOf(String.raw`\b\w{2,30}\b(?<=mab)`)).toBeNull();
    expect(keysOf(String.raw`\Bing`)).toBeNull();
    expect(keysOf(String.raw`\bi\bm`)).toBeNull(); // no text matches it
  });
});

// Patterns that exercise what the key reader understands: alternatives, optional parts, classes,
// lookarounds, anchors, case and Unicode flags.
const SAMPLES = [
  /\b(?:my|our|his|her)\s+(?:son|daughter|mum|dad)\b/gi,
  /\b(?:mrn|medical\s+record(?:\s+(?:number|no|#))?|nhs\s+(?:number|no))\b/gi,
  /\b(?:eyes?|vision|blurr\w{0,30}|(?<!sweet\s)tooth|pain(?:ful)?|\d{2,3}\/\d{2,3})\b/gi,
  /\b(?:the\s+)?(?:[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar)\w*/gi,
  /^(?:(?:so|and|but)\s+)?(?:did|has|have)\s+any(?:one|body)\b/gim,
  /(?:^|(?<=[.!\n]\s*))\b(?:does|do|is|are)\s+(?:i|he|she|it)\b/gi,
  /\b(?:Mr|Mrs|Ms|Dr)\.?\s\p{Lu}\p{Ll}+/gu,
  /\b[Tt]he\s(\p{Lu}\p{Ll}{2,20})s\b/gu,
  /\b(?:room|rm|bed)\s?#?\d{1,4}[A-Z]?\b/gi,
  /\b\d{3}-\d{2}-\d{4}\b/g,
  /\bis\s+(?:it|this|that)\s+normal\b/gi,
  /\b(?:i|i'm|i\s+am|a\s+(?:few|lot))\b/gi,
];

const texts: string[] = [];
for (const file of projectCaseFiles()) for (const c of readJsonLines(join(ROOT, file), CaseSchema)) texts.push(c.text);

describe('a text scan', () => {
  it('finds exactly the matches each pattern finds on its own, in every labelled case', () => {
    const compiled = SAMPLES.map((re) => pattern(re));
    for (const p of compiled) expect(p.id).toBeGreaterThanOrEqual(0);
    for (const text of texts) {
      const scan = new TextScan(text);
      for (const p of compiled) {
        const expected = [...text.matchAll(p.re)].map((m) => [m.index, ...m]);
        expect(scan.matchAll(p).map((m) => [m.index, ...m])).toEqual(expected);
      }
    }
  });

  it('answers for each sentence exactly as the pattern does on the sentence alone', () => {
    const compiled = SAMPLES.map((re) => pattern(new RegExp(re.source, re.flags.replace('g', ''))));
    for (const text of texts) {
      const scan = new TextScan(text);
      for (const sentence of splitSentences(text)) {
        for (const p of compiled) expect(scan.test(p, sentence)).toBe(p.re.test(sentence.text));
      }
    }
  });

  it('treats a span that starts inside a word as the pattern would', () => {
    const p = pattern(/\bmrn\s\d+/i);
    const scan = new TextScan('xmrn 4471');
    expect(scan.test(p)).toBe(false);
    // On its own, "mrn 4471" starts with a word.
    expect(scan.test(p, { start: 1, end: 9, text: 'mrn 4471' })).toBe(true);
  });

  it('runs a pattern as written when no key can say where it matches', () => {
    const p = pattern(/born\s+\d/i);
    expect(p.id).toBe(-1);
    expect(new TextScan('newborn 3 weeks').test(p)).toBe(true);
    // Under /iu the long s and the Kelvin sign match "s" and "k": such a text is never keyed.
    const sk = pattern(/\bskin\b/iu);
    expect(new TextScan('\u017f\u212ain').test(sk)).toBe(sk.re.test('\u017f\u212ain'));
    expect(new TextScan('\u017f\u212ain').test(sk)).toBe(true);
  });

  it('lists an unkeyed pattern\'s matches as matchAll does, empty matches and emoji included', () => {
    const text = 'Ward 7 😀 bed\u200b12 — call 0161 496 0000';
    for (const re of [/\d*/g, /\d*/gu, /(?=\d)|\p{Lu}/gu, /\s\d+/g]) {
      const p = pattern(re);
      expect(p.id).toBe(-1);
      const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      expect(new TextScan(text).matchAll(p).map((m) => [m.index, ...m])).toEqual(expected);
    }
    expect(() => new TextScan(text).matchAll(pattern(/\d/))).toThrow(TypeError);
  });
});
