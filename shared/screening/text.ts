// Small text helpers shared by the detectors. All of them look at a bounded neighbourhood so a
// detector's cost stays linear in the post length however adversarial the input is.

const SENTENCE_LOOKAROUND = 400;

// Moderator and meta posts describe the rules ("Mod reminder: screenshots of your portal show your
// name"); they neither ask about a person nor share a record.
const META_POST =
  /^\s*(?:\*\*)?(?:meta\b|mod\s+(?:note|reminder)|(?:new\s+)?mods?\s+here|mods?:|moderator|pinned\s+by\s+mods|admin\s+note|\[mod\])/i;

export function isMetaPost(text: string): boolean {
  return META_POST.test(text);
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const FULL_STOP = 0x2e;

function isSentenceBreak(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === NEWLINE) return true;
  if (code === 0x3f /* ? */) return !isInLink(text, i);
  // "(the charity centre, not somebody's house!) is at ...": an aside's "!" ends no sentence.
  if (code === 0x21 /* ! */) return text.charCodeAt(i + 1) !== 0x29 /* ) */;
  // "[photo: pill bottle label, with my name] Can I have a drink?": a placeholder stands on its own,
  // but "jess [at] gmail [dot] com" is one address.
  if (code === 0x5d /* ] */) return isSpace(text, i + 1) && i - text.lastIndexOf('[', i) > 8;
  if (code !== FULL_STOP) return false;
  // "Dr. Patel", "no. 4" and "3.5" are not sentence ends; ". Next" is.
  if (i + 1 < text.length && text.charCodeAt(i + 1) !== SPACE) return false;
  const before = text.slice(Math.max(0, i - 4), i);
  return !ABBREVIATION_BEFORE.test(before);
}

// How far back from a question mark a link's "/" is looked for.
const LINK_REACH = 300;

/**
 * "https://docs.google.com/.../edit?usp=sharing": a question mark inside a link asks nothing. Only the
 * characters back to the last space or question mark are read, and never more than LINK_REACH of them,
 * so a text of question marks without spaces is not read again at each one.
 */
function isInLink(text: string, i: number): boolean {
  if (!isLetterOrDigit(text[i + 1])) return false;
  for (let j = i - 1; j >= 0 && j > i - LINK_REACH; j--) {
    const code = text.charCodeAt(j);
    // A link has one query: an earlier question mark ends the search too.
    if (code === SPACE || code === NEWLINE || code === 0x3f /* ? */) return false;
    if (code === 0x2f /* / */) return true;
  }
  return false;
}

// A lone capital before a full stop is an initial ("J. Smith"), except the pronoun: "so am I. Still ...".
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|St|Sr|Sra|No|no|Nr|vs|etc|approx|Prof|Apt|Rd|Ave|Mme|M|[A-HJ-Z])$/;

/** Start (inclusive) and end (exclusive) of the sentence around `at`, bounded to a few hundred characters. */
export function sentenceAround(text: string, at: number, atEnd = at): { start: number; end: number } {
  let start = at;
  const minStart = Math.max(0, at - SENTENCE_LOOKAROUND);
  while (start > minStart && !isSentenceBreak(text, start - 1)) start--;
  let end = atEnd;
  const maxEnd = Math.min(text.length, atEnd + SENTENCE_LOOKAROUND);
  while (end < maxEnd && !isSentenceBreak(text, end)) end++;
  if (end < text.length) end++;
  return { start, end };
}

export function sentenceText(text: string, start: number, end = start): string {
  const s = sentenceAround(text, start, end);
  return text.slice(s.start, s.end);
}

/** Up to `before` characters before `start` and `after` characters after `end`. */
export function around(text: string, start: number, end: number, before: number, after: number): { before: string; after: string } {
  return { before: text.slice(Math.max(0, start - before), start), after: text.slice(end, end + after) };
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Splits text into sentences (question marks, full stops, line breaks). Keeps the terminator. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceBreak(text, i)) continue;
    // Keep runs like "??" or "?!" with their sentence.
    let end = i + 1;
    while (end < text.length && (text[end] === '?' || text[end] === '!' || text[end] === '.')) end++;
    pushSentence(out, text, start, end);
    start = end;
    i = end - 1;
  }
  pushSentence(out, text, start, text.length);
  return out;
}

/**
 * `answer`, remembering its result for the last text asked about: the detectors of one post ask the same
 * question of the same text several times, and a post is screened to the end before the next begins.
 */
export function forLastText<T>(answer: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = answer(text);
      lastText = text;
    }
    return last;
  };
}

/** A letter or digit of any script: ASCII compared by code, the rest the way \p{L} and \p{N} see it. */
export function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(ch);
}

function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // ASCII white space directly; anything else beyond ASCII the way \s sees it.
  return code === SPACE || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(text[i] as string));
}

function pushSentence(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && isSpace(text, s)) s++;
  let e = end;
  while (e > s && isSpace(text, e - 1)) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}
