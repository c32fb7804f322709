// A literal prefilter for the screen's patterns. Most of them can only match at the start of a word
// that begins with one of a few known letters ("\b(?:mrn|medical\s+record|...)"): a post's word
// starts are read once, every pattern learns where it may match, and each pattern is then tried only
// at those places instead of being run over the whole post. Results are exactly what the pattern
// alone would return; a pattern whose matches cannot be tied to a word start is simply run as written.
//
// Written here because no library indexes JavaScript regular expressions by their literal prefixes.

/** A pattern of the screen, with what the prefilter knows about where its matches can start. */
export interface Pattern {
  /** The pattern as written; callers that do not hold a scan use it directly. */
  readonly re: RegExp;
  /** The same pattern, anchored where it is tried. */
  readonly sticky: RegExp;
  /** Its row in the prefilter tables, or -1 when a match may start where no key says. */
  readonly id: number;
}

/** A span of a scanned text: its offsets and the text between them. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// ---------------------------------------------------------------- the prefilter tables

const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD_CHAR[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f ? 1 : 0;
}

function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

// After a word's first letter, keys name the characters that follow it, with every character that
// is not a word character (a space, a quote, a full stop, any non-ASCII character, the end of the
// text) read as one: NOT_WORD. So "i\s", "i'm" and "i\b" key on the word "I" alone, not on every
// word that starts with an i.
const NOT_WORD = 0;

/** A character as the keys after a word's first letter see it. */
function fold(code: number): number {
  return code < 128 && WORD_CHAR[code] === 1 ? lower(code) : NOT_WORD;
}

// A word start is read as the classes of its first three characters: the 38 that keys tell apart
// (a to z, 0 to 9, "_", and NOT_WORD as class 0). Each triple of classes lists the keyed patterns
// that may begin there.
const CLASSES = 38;
const CLASS_OF = new Uint8Array(128);
for (let c = 0, next = 1; c < 128; c++) if (WORD_CHAR[c] === 1 && lower(c) === c) CLASS_OF[c] = next++;
for (let c = 0x41; c <= 0x5a; c++) CLASS_OF[c] = CLASS_OF[c | 0x20] as number;
const ALL_CLASSES: readonly number[] = Array.from({ length: CLASSES }, (_, c) => c);

/** Per triple of classes that has any, the ids of the patterns keyed there, ascending. */
const KEYED: Array<number[] | undefined> = new Array<number[] | undefined>(CLASSES * CLASSES * CLASSES);
let patternCount = 0;

type CharSet = readonly number[];
type Key = readonly CharSet[];

const KEY_LENGTH = 3;
// A key position allowing more characters than this (\w, [A-Z]) is no key at all.
const MAX_SET = 12;
const MAX_KEYS = 4096;

// ---------------------------------------------------------------- reading a pattern's source

type Atom =
  | { type: 'set'; set: CharSet | null; min: number; max: number }
  | { type: 'group'; alternatives: Atom[][]; min: number; max: number }
  | { type: 'boundary' }
  | { type: 'start' }
  | { type: 'zero-width' }
  | { type: 'stop' };

const DIGITS: CharSet = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

class SourceReader {
  i = 0;
  constructor(private readonly src: string) {}

  alternatives(): Atom[][] {
    const alternatives: Atom[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Atom[] {
    const atoms: Atom[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      if (atom.type === 'set' || atom.type === 'group') {
        const q = this.quantifier();
        if (q) {
          atom.min = q.min;
          atom.max = q.max;
        }
      }
      atoms.push(atom);
    }
    return atoms;
  }

  private quantifier(): { min: number; max: number } | undefined {
    const ch = this.src[this.i];
    let q: { min: number; max: number } | undefined;
    if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
      this.i += m[0].length - 1;
    }
    if (!q) return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Atom {
    const ch = this.src[this.i++] as string;
    if (ch === '\\') return this.escape();
    if (ch === '[') return { type: 'set', set: this.charClass(), min: 1, max: 1 };
    if (ch === '(') return this.group();
    if (ch === '.') return { type: 'set', set: null, min: 1, max: 1 };
    if (ch === '^') return { type: 'start' };
    if (ch === '$') return { type: 'stop' };
    return { type: 'set', set: literal(ch.charCodeAt(0)), min: 1, max: 1 };
  }

  private escape(): Atom {
    const ch = this.src[this.i++] as string;
    if (ch === 'b') return { type: 'boundary' };
    if (ch === 'B') return { type: 'stop' };
    if (/[1-9k]/.test(ch)) return { type: 'stop' };
    return { type: 'set', set: this.escapedSet(ch), min: 1, max: 1 };
  }

  /** The characters an escape stands for, after its letter; null for classes too wide to key. */
  private escapedSet(ch: string): CharSet | null {
    if (ch === 'd') return DIGITS;
    if (ch === 's' || ch === 'W') return [NOT_WORD];
    if (ch === 'p' || ch === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return null;
    }
    if (ch === 'u' || ch === 'x') {
      const m = (ch === 'u' ? /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/ : /^([0-9a-fA-F]{2})/).exec(this.src.slice(this.i));
      if (!m) return null;
      this.i += m[0].length;
      return literal(parseInt(m[1] ?? m[2] ?? '', 16));
    }
    if (ch === 'c') return null;
    const control = CONTROL_ESCAPES[ch];
    if (control !== undefined) return literal(control);
    if (/[a-zA-Z]/.test(ch)) return null;
    return literal(ch.charCodeAt(0));
  }

  private charClass(): CharSet | null {
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<number>();
    let open = false;
    let prev: number | undefined;
    let first = true;
    while (this.i < this.src.length && (first || this.src[this.i] !== ']')) {
      first = false;
      let ch = this.src[this.i++] as string;
      let code: number | undefined;
      if (ch === '\\') {
        ch = this.src[this.i++] as string;
        const set = this.escapedSet(ch);
        if (set === null) open = true;
        else if (set.length === 1 && !(ch === 'd')) code = set[0];
        else for (const c of set) chars.add(c);
      } else {
        code = ch.charCodeAt(0);
      }
      if (code === undefined) {
        prev = undefined;
        continue;
      }
      if (code === 0x2d /* - */ && prev !== undefined && this.src[this.i] !== ']') {
        // A range: "a-z". Its end may itself be an escape.
        let endCh = this.src[this.i++] as string;
        let end = endCh.charCodeAt(0);
        if (endCh === '\\') {
          endCh = this.src[this.i++] as string;
          const set = this.escapedSet(endCh);
          end = set?.length === 1 ? (set[0] as number) : -1;
        }
        if (end < prev || end - prev > MAX_SET * 2) open = true;
        else for (let c = prev; c <= end; c++) chars.add(c);
        prev = undefined;
        continue;
      }
      chars.add(code);
      prev = code;
    }
    this.i++; // ]
    if (negated || open) return null;
    const out = new Set<number>();
    for (const c of chars) {
      const folded = literal(c);
      if (folded === null) return null;
      out.add(folded[0] as number);
    }
    return out.size <= MAX_SET ? [...out] : null;
  }

  private group(): Atom {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
    }
    const alternatives = this.alternatives();
    this.i++; // )
    return lookaround ? { type: 'zero-width' } : { type: 'group', alternatives, min: 1, max: 1 };
  }
}

// Under the i flag these two fold to ASCII letters ("ſ" to s, the Kelvin sign to k).
const FOLDS_TO_ASCII_LETTER = new Set([0x17f, 0x212a]);

function literal(code: number): CharSet | null {
  return FOLDS_TO_ASCII_LETTER.has(code) ? null : [fold(code)];
}

// ---------------------------------------------------------------- from a pattern to its keys

interface Continuation {
  atoms: readonly Atom[];
  at: number;
  next: Continuation | undefined;
}

/**
 * Every key (first characters) a match can start with, or null when some match may start elsewhere
 * than at a word start or with characters no key names.
 */
function keysOf(atoms: readonly Atom[], at: number, boundary: boolean, prefix: CharSet[], next: Continuation | undefined): Key[] | null {
  if (prefix.length >= KEY_LENGTH) return [prefix];
  const atom = atoms[at];
  if (atom === undefined) {
    if (next) return keysOf(next.atoms, next.at, boundary, prefix, next.next);
    return prefix.length > 0 ? [prefix] : null;
  }
  const ended = () => (prefix.length > 0 ? [prefix] : null);
  switch (atom.type) {
    case 'boundary': {
      const keys = keysOf(atoms, at + 1, prefix.length === 0 ? true : boundary, prefix, next);
      const last = prefix[prefix.length - 1];
      if (keys === null || last === undefined || !last.every((c) => WORD_CHAR[c] === 1)) return keys;
      // A boundary after a word character: the next character is not one.
      return keys.flatMap((key): Key[] => {
        if (key.length === prefix.length) return [key.length < KEY_LENGTH ? [...key, [NOT_WORD]] : key];
        return (key[prefix.length] as CharSet).includes(NOT_WORD) ? [key.map((set, k) => (k === prefix.length ? [NOT_WORD] : set))] : [];
      });
    }
    case 'start':
      return keysOf(atoms, at + 1, prefix.length === 0 ? true : boundary, prefix, next);
    case 'zero-width':
      return keysOf(atoms, at + 1, boundary, prefix, next);
    case 'stop':
      return ended();
    case 'set': {
      const taken = (): Key[] | null => {
        if (atom.set === null) return ended();
        if (prefix.length === 0 && (!boundary || atom.set.some((c) => WORD_CHAR[c] !== 1))) return null;
        const grown = [...prefix];
        for (let k = 0; k < Math.max(1, atom.min) && grown.length < KEY_LENGTH; k++) grown.push(atom.set);
        if (atom.max !== Math.max(1, atom.min)) return [grown];
        return keysOf(atoms, at + 1, boundary, grown, next);
      };
      return atom.min === 0 ? union(taken(), keysOf(atoms, at + 1, boundary, prefix, next)) : taken();
    }
    case 'group': {
      const after = atom.min === 1 && atom.max === 1 ? { atoms, at: at + 1, next } : undefined;
      let keys: Key[] | null = [];
      for (const alternative of atom.alternatives) {
        // After a repeated group the next characters are unknown, so its keys end with its first pass.
        keys = union(keys, after ? keysOf(alternative, 0, boundary, prefix, after) : keysOf(alternative, 0, boundary, prefix, undefined) ?? ended());
        if (keys === null) return null;
      }
      return atom.min === 0 ? union(keys, keysOf(atoms, at + 1, boundary, prefix, next)) : keys;
    }
  }
}

function union(a: Key[] | null, b: Key[] | null): Key[] | null {
  if (a === null || b === null || a.length + b.length > MAX_KEYS) return null;
  return a.concat(b);
}

/** The first characters a source's matches can start with, or null when it cannot be keyed. */
export function patternKeys(source: string): Key[] | null {
  const reader = new SourceReader(source);
  const alternatives = reader.alternatives();
  let keys: Key[] | null = [];
  for (const alternative of alternatives) {
    keys = union(keys, keysOf(alternative, 0, false, [], undefined));
    if (keys === null) return null;
  }
  return keys.length > 0 ? keys : null;
}

function classesOf(set: CharSet): number[] {
  return [...new Set(set.map((c) => CLASS_OF[c] as number))];
}

function register(id: number, keys: readonly Key[]): void {
  for (const key of keys) {
    const [first, second, third] = key as [CharSet, CharSet | undefined, CharSet | undefined];
    const seconds = second === undefined ? ALL_CLASSES : classesOf(second);
    const thirds = third === undefined ? ALL_CLASSES : classesOf(third);
    for (const a of classesOf(first)) {
      for (const b of seconds) {
        for (const c of thirds) {
          const cell = (a * CLASSES + b) * CLASSES + c;
          const row = KEYED[cell];
          // Ids are handed out in order, so a pattern already listed here is the row's last.
          if (row === undefined) KEYED[cell] = [id];
          else if (row[row.length - 1] !== id) row.push(id);
        }
      }
    }
  }
}

/**
 * Whether a key is rare enough to be worth indexing. A lone letter ("i", "a") starts a word in every
 * sentence: trying the pattern at each of them costs more than one run over the text.
 */
function isSelective(key: Key): boolean {
  return key.length > 1 || (key[0] as CharSet).every((c) => c >= 0x30 && c <= 0x39);
}

/** Compiles a pattern of the screen once, at load, so a scan can try it only where it may match. */
export function pattern(re: RegExp): Pattern {
  const keys = patternKeys(re.source);
  let id = -1;
  if (keys !== null && keys.every(isSelective)) {
    id = patternCount++;
    register(id, keys);
  }
  return { re, sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`), id };
}

// ---------------------------------------------------------------- scanning a text

/** A text read once for word starts; answers for its patterns exactly as the patterns would. */
export class TextScan {
  #index: WordStartIndex | null | undefined;

  constructor(readonly text: string) {}

  /** Where keyed patterns may match, read on first use; null when the text cannot be keyed. */
  #wordStarts(): WordStartIndex | null {
    if (this.#index === undefined) this.#index = FOLDS_TO_ASCII.test(this.text) ? null : new WordStartIndex(this.text);
    return this.#index;
  }

  /** The range of `p`'s places in the index, or null to run `p` as written. */
  #places(p: Pattern): { index: WordStartIndex; from: number; to: number } | null {
    if (p.id < 0) return null;
    const index = this.#wordStarts();
    if (index === null || p.id + 1 >= index.start.length) return null;
    return { index, from: index.start[p.id] as number, to: index.start[p.id + 1] as number };
  }

  /** Exactly `[...text.matchAll(p.re)]`; `p.re` must be global. */
  matchAll(p: Pattern): RegExpExecArray[] {
    const places = this.#places(p);
    const matches: RegExpExecArray[] = [];
    if (places === null) {
      // What String.prototype.matchAll does, without the copy of the pattern it makes on every call.
      const re = p.re;
      if (!re.global) throw new TypeError('matchAll needs a global pattern');
      re.lastIndex = 0;
      for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
        matches.push(m);
        if (m[0].length === 0) re.lastIndex = advanceIndex(this.text, re.lastIndex, re.unicode);
      }
      return matches;
    }
    let from = 0;
    for (let k = places.from; k < places.to; k++) {
      const at = places.index.at[k] as number;
      // A place listed twice (keyed by "a" and by "and") is tried once.
      if (at < from) continue;
      from = at + 1;
      p.sticky.lastIndex = at;
      const m = p.sticky.exec(this.text);
      if (m === null) continue;
      matches.push(m);
      from = at + Math.max(1, m[0].length);
    }
    return matches;
  }

  /** Exactly `p.re.test(span.text)` for a span of this text (the whole text when no span is given). */
  test(p: Pattern, span?: Span): boolean {
    const text = span?.text ?? this.text;
    const offset = span?.start ?? 0;
    const places = this.#places(p);
    // A span that starts inside a word has a word start of its own that the text does not.
    if (places === null || (offset > 0 && isWordAt(this.text, offset - 1) && isWordAt(text, 0))) {
      p.re.lastIndex = 0;
      return p.re.test(text);
    }
    const end = offset + text.length;
    const at = places.index.at;
    let previous = -1;
    for (let k = firstAtOrAfter(at, places.from, places.to, offset); k < places.to; k++) {
      const place = at[k] as number;
      if (place === previous) continue;
      if (place >= end) break;
      previous = place;
      p.sticky.lastIndex = place - offset;
      if (p.sticky.test(text)) return true;
    }
    return false;
  }

  /** Whether any of the patterns matches the span (the whole text when no span is given). */
  testAny(ps: readonly Pattern[], span?: Span): boolean {
    for (const p of ps) if (this.test(p, span)) return true;
    return false;
  }
}

// The key lists packed into typed arrays for the scan's inner loop: built on first use, and again if a
// pattern was compiled since.
interface MergedTables {
  readonly patternCount: number;
  /** Per (first, second, third) class, the row of `ids` listing its patterns; 0 for none. */
  readonly listOf: Int32Array;
  /** Row r of the lists is `ids[listStart[r]]` up to `ids[listStart[r + 1]]`. */
  readonly listStart: Int32Array;
  readonly ids: Int32Array;
}

let merged: MergedTables | undefined;

function mergedTables(): MergedTables {
  if (merged?.patternCount === patternCount) return merged;
  const listOf = new Int32Array(CLASSES * CLASSES * CLASSES);
  const rows = new Map<string, number>();
  const lists: number[][] = [[]];
  for (const [cell, list] of KEYED.entries()) {
    if (list === undefined) continue;
    const key = list.join(',');
    let row = rows.get(key);
    if (row === undefined) {
      row = lists.length;
      rows.set(key, row);
      lists.push(list);
    }
    listOf[cell] = row;
  }
  const listStart = new Int32Array(lists.length + 1);
  for (let r = 0; r < lists.length; r++) listStart[r + 1] = (listStart[r] as number) + (lists[r] as number[]).length;
  merged = { patternCount, listOf, listStart, ids: Int32Array.from(lists.flat()) };
  return merged;
}

/** A character's class for the key tables; NOT_WORD's class is 0. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  return code < 128 ? (CLASS_OF[code] as number) : 0;
}

/**
 * For each keyed pattern, the word starts of a text it may match at, in order. Reading the text only
 * appends (pattern, place) pairs; one counting sort then groups them by pattern.
 */
class WordStartIndex {
  /** Per pattern p, its places are `at[start[p]]` up to `at[start[p + 1]]`, ascending. */
  readonly start: Int32Array;
  readonly at: Int32Array;

  constructor(text: string) {
    const { patternCount: patterns, listOf, listStart, ids } = mergedTables();
    // (pattern, place) pairs: one pattern array and one place array, reused from text to text.
    let count = 0;
    let previous = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 128 ? (CLASS_OF[code] as number) : 0;
      if (cls !== 0 && previous === 0) {
        const row = listOf[(cls * CLASSES + classAt(text, i + 1)) * CLASSES + classAt(text, i + 2)] as number;
        if (row !== 0) {
          const from = listStart[row] as number;
          const to = listStart[row + 1] as number;
          if (count + to - from > pairIds.length) growPairs(count + to - from);
          for (let k = from; k < to; k++) {
            pairIds[count] = ids[k] as number;
            pairPlaces[count++] = i;
          }
        }
      }
      previous = cls;
    }
    const start = new Int32Array(patterns + 1);
    for (let k = 0; k < count; k++) (start[(pairIds[k] as number) + 1] as number)++;
    for (let p = 0; p < patterns; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
    const fill = start.slice(0, patterns);
    const at = new Int32Array(count);
    for (let k = 0; k < count; k++) at[(fill[pairIds[k] as number] as number)++] = pairPlaces[k] as number;
    this.start = start;
    this.at = at;
  }
}

let pairIds = new Int32Array(1024);
let pairPlaces = new Int32Array(1024);

function growPairs(needed: number): void {
  let size = pairIds.length;
  while (size < needed) size *= 2;
  const ids = new Int32Array(size);
  const places = new Int32Array(size);
  ids.set(pairIds);
  places.set(pairPlaces);
  pairIds = ids;
  pairPlaces = places;
}

const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** The first k in [from, to) with sorted[k] >= value, or `to`. */
function firstAtOrAfter(sorted: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a global search resumes after an empty match, stepping over a whole surrogate pair under /u. */
function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 && WORD_CHAR[code] === 1;
}
