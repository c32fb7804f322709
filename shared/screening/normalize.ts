// Folds the evasions people use to slip identifiers past a filter (zero-width characters, homoglyphs,
// full-width or non-Latin digits, compatibility forms) into plain text, while remembering where each
// normalized character came from so findings can point at the author's original text.

export interface NormalizedText {
  /** The folded text every detector matches against. */
  readonly text: string;
  /** Maps a half-open span of `text` back to a half-open span of the original string. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// Invisible characters that only exist to split a token without changing how it looks.
const INVISIBLE = new Set<number>([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068,
  0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0x3164, 0xfeff, 0xffa0,
]);

// Cyrillic and Greek letters that render like Latin ones. Folding them unconditionally is safe here:
// the screen only needs Latin-script words, and a genuinely Cyrillic post has nothing for it to match.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  Ѕ: 'S', І: 'I', Ї: 'I', Ј: 'J', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Һ: 'H', Ӏ: 'I',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y',
  Χ: 'X', Ϲ: 'C',
};

// Punctuation variants folded to their ASCII form so patterns need only one spelling.
const PUNCTUATION: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u3000': ' ',
  '\u2024': '.', '\u3002': '.', '\uff0e': '.', '\uff20': '@', '\ufe6b': '@',
};

// Zero code points of decimal digit blocks that NFKC leaves alone (Arabic-Indic, Devanagari, ...).
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6,
  0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0,
  0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xaa50, 0xabf0,
];

const COMBINING_MARK = /\p{M}/u;
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

function foldDigit(cp: number): string | undefined {
  for (const zero of DIGIT_ZEROS) {
    if (cp >= zero && cp <= zero + 9) return String.fromCharCode(0x30 + cp - zero);
  }
  return undefined;
}

/** The folded form of one code point ('' drops it). Accents are dropped too, so lexicons match "número" as "numero". */
function foldCodePoint(ch: string, cp: number): string {
  if (INVISIBLE.has(cp)) return '';
  const punct = PUNCTUATION[ch];
  if (punct !== undefined) return punct;
  const homoglyph = HOMOGLYPHS[ch];
  if (homoglyph !== undefined) return homoglyph;
  const digit = foldDigit(cp);
  if (digit !== undefined) return digit;
  if (cp >= 0xe000 && cp <= 0xf8ff) return '';
  // NFKD rather than NFKC so the accent separates from its letter and can be dropped below.
  let out = '';
  for (const part of ch.normalize('NFKD')) {
    if (COMBINING_MARK.test(part)) continue;
    out += PUNCTUATION[part] ?? HOMOGLYPHS[part] ?? part;
  }
  return out;
}

// Posts repeat the same few non-ASCII characters (accents, emoji); folding each once is enough.
const FOLD_CACHE = new Map<number, string>();
const FOLD_CACHE_LIMIT = 4096;

function foldCached(cp: number): string {
  const cached = FOLD_CACHE.get(cp);
  if (cached !== undefined) return cached;
  const folded = foldCodePoint(String.fromCodePoint(cp), cp);
  if (FOLD_CACHE.size < FOLD_CACHE_LIMIT) FOLD_CACHE.set(cp, folded);
  return folded;
}

const IDENTITY_MAPPER = (start: number, end: number) => ({ start, end });

export function normalize(original: string): NormalizedText {
  // Almost every post is plain ASCII; it needs no folding and no offset table.
  if (PLAIN_ASCII.test(original)) return { text: original, toOriginal: IDENTITY_MAPPER };

  // The folded text is read as pieces. In a one-for-one piece (width 0) each character came from the
  // original's character at the same distance from `pieceFrom[k]`: ASCII copied as it is, and code
  // points that fold to one character ("’" to "'", a full-width digit to its ASCII digit). Any other
  // code point is a piece of its own that maps as a whole to its `pieceWidth[k]` units. Piece k starts
  // at `pieceAt[k]` in the folded text.
  let text = '';
  const pieceAt: number[] = [];
  const pieceFrom: number[] = [];
  const pieceWidth: number[] = [];
  let length = 0;
  // How far the open one-for-one piece's text runs ahead of the original; NaN when none is open.
  let shift = NaN;
  const oneForOne = (from: number): void => {
    if (length - from === shift) return;
    pieceAt.push(length);
    pieceFrom.push(from);
    pieceWidth.push(0);
    shift = length - from;
  };
  let plainFrom = 0;
  let i = 0;
  while (i < original.length) {
    if (original.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    if (i > plainFrom) {
      oneForOne(plainFrom);
      text += original.slice(plainFrom, i);
      length += i - plainFrom;
    }
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCached(cp);
    if (folded.length === 1 && width === 1) {
      oneForOne(i);
    } else if (folded !== '') {
      pieceAt.push(length);
      pieceFrom.push(i);
      pieceWidth.push(width);
      shift = NaN;
    }
    text += folded;
    length += folded.length;
    i += width;
    plainFrom = i;
  }
  if (i > plainFrom) {
    oneForOne(plainFrom);
    text += original.slice(plainFrom, i);
    length += i - plainFrom;
  }

  /** The original span of the code point that the text's unit `at` came from. */
  const origin = (at: number): { start: number; end: number } => {
    let lo = 0;
    let hi = pieceAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((pieceAt[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const from = pieceFrom[lo] as number;
    const width = pieceWidth[lo] as number;
    if (width > 0) return { start: from, end: from + width };
    const start = from + at - (pieceAt[lo] as number);
    return { start, end: start + 1 };
  };

  return {
    text,
    toOriginal(start: number, end: number) {
      if (end <= start) {
        const at = start < length ? origin(start).start : original.length;
        return { start: at, end: at };
      }
      return {
        start: start < length ? origin(start).start : original.length,
        end: end - 1 < length ? origin(end - 1).end : original.length,
      };
    },
  };
}
