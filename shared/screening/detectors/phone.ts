// Phone numbers in national and international formats, split with spaces or punctuation, or spelled out
// as words. Digit runs are found with a hand-written scanner (linear, no regex backtracking) and then
// judged by shape (NANP, UK, DE, FR, AU, IN, international "+") and by who the number belongs to.
import type { Hit } from '../hit.js';
import { hit } from '../hit.js';
import { forLastText, isLetterOrDigit, sentenceText } from '../text.js';
import { pattern, type TextScan } from '../scan.js';

interface DigitRun {
  start: number;
  end: number;
  digits: string;
  groups: string[];
  separators: string[];
  plus: boolean;
  spelled: boolean;
}

const MAX_RUN_CHARS = 64;
const SEPARATOR_CHARS = ' .-/()';

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isWordChar(ch: string | undefined): boolean {
  return ch === '_' || isLetterOrDigit(ch);
}

/**
 * Maximal runs of digits joined by at most three separator characters, e.g. "+44 (0)7700 900-123".
 * The phone and identifier detectors both need the runs of the same text, one after the other.
 */
const scanDigitRuns: (text: string) => readonly DigitRun[] = forLastText(scanDigitRunsUncached);

function scanDigitRunsUncached(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const startsRun = isDigit(ch) || ((ch === '+' || ch === '(') && isDigit(text[i + 1]));
    if (!startsRun) {
      i++;
      continue;
    }
    let start = i;
    const plus = ch === '+';
    if (ch === '(' && text[i - 1] === '+') start = i - 1;
    const groups: string[] = [];
    const separators: string[] = [];
    let j = ch === '+' || ch === '(' ? i + 1 : i;
    let current = '';
    let end = j;
    while (j < text.length && j - start < MAX_RUN_CHARS) {
      if (isDigit(text[j])) {
        current += text[j];
        j++;
        end = j;
        continue;
      }
      // Look ahead over a short separator; it only counts if a digit follows.
      let k = j;
      while (k < text.length && k - j < 3 && SEPARATOR_CHARS.includes(text[k] ?? '')) k++;
      if (k === j || !isDigit(text[k])) break;
      // ". " ends a sentence: "call 07700 900 512. 37 weeks" is a number and then a new sentence.
      if (text[j] === '.' && text[j + 1] === ' ') break;
      groups.push(current);
      separators.push(text.slice(j, k));
      current = '';
      j = k;
    }
    groups.push(current);
    // A closing parenthesis right after the run belongs to it, e.g. "(0)".
    const digits = groups.join('');
    const boundedLeft = !isWordChar(text[start - 1]) || plus;
    const boundedRight = !isWordChar(text[end]);
    if (boundedLeft && boundedRight && digits.length > 0) {
      runs.push({ start, end, digits, groups, separators, plus, spelled: false });
    }
    // Skip the rest of an over-long run so a 100 KB digit string is scanned once.
    i = Math.max(end, i + 1);
    while (i < text.length && (isDigit(text[i]) || isWordChar(text[i]))) i++;
  }
  return runs;
}

// Spelled-out digits ("oh seven seven double oh ..."), in English and the dev set's other languages.
const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', nought: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6',
  seven: '7', eight: '8', nine: '9', cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6',
  siete: '7', ocho: '8', nueve: '9', zéro: '0', un: '1', deux: '2', trois: '3', quatre: '4', cinq: '5',
  sept: '7', huit: '8', neuf: '9', null: '0', eins: '1', zwei: '2', drei: '3', vier: '4', funf: '5', fünf: '5',
  sechs: '6', sieben: '7', acht: '8', neun: '9',
  // Hindi, as typed in Latin letters: "nau aath do do shunya".
  shunya: '0', shoonya: '0', sifar: '0', ek: '1', do: '2', teen: '3', chaar: '4', char: '4', paanch: '5', panch: '5',
  chhe: '6', chhah: '6', saat: '7', aath: '8', nau: '9',
};
const REPEATERS: Record<string, number> = { double: 2, triple: 3, doble: 2, doppel: 2 };
// "nine hundred" is spoken for 900 in phone numbers.
const HUNDRED = new Set(['hundred', 'cent', 'hundert', 'cien']);
// "07700 then 900 then 732": words that only join the pieces.
const JOINERS = new Set(['then', 'and', 'dash', 'space', 'followed', 'by', 'plus']);
// French and Spanish say phone numbers in pairs: "zéro six, douze, trente-quatre, soixante-dix-huit",
// "seis cinco cuatro, treinta y dos, diecinueve".
const PAIR_TEENS: Record<string, number> = {
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, diez: 10, once: 11, doce: 12, trece: 13,
  catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21,
  veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28,
  veintinueve: 29,
};
const PAIR_TENS: Record<string, number> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60,
  setenta: 70, ochenta: 80, noventa: 90,
};
const MORE_DIGIT_WORDS = `${Object.keys(PAIR_TEENS).join('|')}|${Object.keys(PAIR_TENS).join('|')}|shunya|shoonya|sifar|chaar|paanch|panch|chhe|saat|aath|nau`;
const SPELLED_PREFILTER = pattern(new RegExp(
  String.raw`\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|deux|trois|quatre|cinq|sept|huit|neuf|null|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|${MORE_DIGIT_WORDS})[\s,.-]{1,5}(?:oh|o|zero|one|two|three|four|five|six|seven|eight|nine|double|triple|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|deux|trois|quatre|cinq|sept|huit|neuf|null|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|${MORE_DIGIT_WORDS}|\d)\b`,
  'i',
));
const JOINED_PREFILTER = pattern(
  /\d{2,5}\s+(?:then|and|dash|followed\s+by)\s+\d{2,5}\s+(?:then|and|dash|followed\s+by)\s+\d/i,
);
const TOKEN = pattern(/[\p{L}]+|\d+|[^\s\p{L}\d]/gu);

const PAIR_UNITS: Record<string, number> = {
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, uno: 1, dos: 2, tres: 3, cuatro: 4,
  cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};

/**
 * A French or Spanish number from 10 to 99 spelled from tokens[k] ("trente-quatre", "soixante-dix-huit",
 * "quatre-vingt-douze", "vingt et un"): its value and the index of the token after it.
 */
function spokenPair(tokens: readonly RegExpExecArray[], k: number): { value: number; next: number } | undefined {
  const word = (i: number) => tokens[i]?.[0].toLowerCase() ?? '';
  // After a base, "-", "et" or "y" may join the rest: "trente-quatre", "vingt et un", "treinta y dos".
  const joined = (i: number) => (word(i) === '-' || word(i) === 'et' || word(i) === 'y' ? i + 1 : i);
  /** A unit, or a teen ("dix-sept" too), at i. */
  const rest = (i: number, teens: boolean): { value: number; next: number } | undefined => {
    const unit = PAIR_UNITS[word(i)];
    if (unit !== undefined) return { value: unit, next: i + 1 };
    if (!teens) return undefined;
    if (word(i) === 'dix' && word(i + 1) === '-' && PAIR_UNITS[word(i + 2)] !== undefined && (PAIR_UNITS[word(i + 2)] as number) >= 7) {
      return { value: 10 + (PAIR_UNITS[word(i + 2)] as number), next: i + 3 };
    }
    const teen = PAIR_TEENS[word(i)];
    return teen === undefined ? undefined : { value: teen, next: i + 1 };
  };
  let base: number;
  let after: number;
  if (word(k) === 'quatre' && word(k + 1) === '-' && /^vingts?$/.test(word(k + 2))) {
    base = 80;
    after = k + 3;
  } else if (PAIR_TENS[word(k)] !== undefined) {
    base = PAIR_TENS[word(k)] as number;
    after = k + 1;
  } else {
    return rest(k, true);
  }
  // Only sixty and eighty take a teen: "soixante-dix-huit" is 78, "quatre-vingt-douze" 92.
  const tail = rest(joined(after), base === 60 || base === 80);
  return tail === undefined ? { value: base, next: after } : { value: base + tail.value, next: tail.next };
}

/** Runs of digit words (optionally mixed with digit groups) that spell out at least seven digits. */
function scanSpelledRuns(scan: TextScan): DigitRun[] {
  if (!scan.test(SPELLED_PREFILTER) && !scan.test(JOINED_PREFILTER)) return [];
  const runs: DigitRun[] = [];
  let digits = '';
  let start = -1;
  let end = -1;
  let words = 0;
  let pendingRepeat = 1;
  let gapPunct = 0;
  let joined = 0;
  const flush = () => {
    if (digits.length >= 7 && (words >= 3 || joined >= 2)) {
      runs.push({ start, end, digits, groups: [digits], separators: [], plus: false, spelled: true });
    }
    digits = '';
    start = -1;
    words = 0;
    pendingRepeat = 1;
    joined = 0;
  };
  const tokens = scan.matchAll(TOKEN);
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k] as RegExpExecArray;
    const token = m[0];
    const lower = token.toLowerCase();
    const at = m.index;
    const pair = PAIR_TEENS[lower] !== undefined || PAIR_TENS[lower] !== undefined || lower === 'quatre' ? spokenPair(tokens, k) : undefined;
    if (pair !== undefined && pair.value >= 10) {
      if (start < 0) start = at;
      digits += String(pair.value);
      words++;
      const last = tokens[pair.next - 1] as RegExpExecArray;
      end = last.index + last[0].length;
      gapPunct = 0;
      k = pair.next - 1;
      continue;
    }
    if (/^\d+$/.test(token) && token.length <= 5) {
      if (start < 0) start = at;
      digits += token;
      end = at + token.length;
      gapPunct = 0;
      continue;
    }
    const repeat = REPEATERS[lower];
    if (repeat !== undefined) {
      if (start < 0) start = at;
      pendingRepeat = repeat;
      gapPunct = 0;
      continue;
    }
    if (JOINERS.has(lower) && start >= 0 && digits.length > 0) {
      joined++;
      continue;
    }
    if (HUNDRED.has(lower) && start >= 0 && digits.length > 0) {
      digits += '00';
      end = at + token.length;
      gapPunct = 0;
      continue;
    }
    const digit = DIGIT_WORDS[lower];
    // A bare "o" or "un" only counts inside a run, never to start one.
    if (digit !== undefined && !(start < 0 && (lower === 'o' || lower === 'un'))) {
      if (start < 0) start = at;
      digits += digit.repeat(pendingRepeat);
      pendingRepeat = 1;
      words++;
      end = at + token.length;
      gapPunct = 0;
      continue;
    }
    // One punctuation mark may sit between spoken digits, or an ellipsis ("zero seven... nine").
    if (start >= 0 && /^[,.\-/()]$/.test(token) && (gapPunct < 1 || (token === '.' && gapPunct < 3))) {
      gapPunct++;
      continue;
    }
    flush();
    gapPunct = 0;
  }
  flush();
  return runs;
}

function isDateShaped(run: DigitRun): boolean {
  const [a = '', b = '', c = ''] = run.groups;
  if (run.groups.length !== 3) return false;
  const sep = run.separators[0]?.trim();
  if (sep === undefined || sep.length !== 1 || !'./-'.includes(sep)) return false;
  const dayMonthYear = a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2);
  const isoDate = a.length === 4 && b.length <= 2 && c.length <= 2;
  return dayMonthYear || isoDate;
}

function hasDotChain(separators: readonly string[]): boolean {
  for (let i = 0; i + 2 < separators.length; i++) if (separators[i] === '.' && separators[i + 1] === '.' && separators[i + 2] === '.') return true;
  return false;
}

/** True when digit count and grouping fit a phone number in one of the supported countries. */
function hasPhoneShape(run: DigitRun): boolean {
  const { digits, groups, separators, plus } = run;
  const n = digits.length;
  // Digits typed one at a time to get past a filter: "2 0 2 . 5 5 5 . 0 1 9 4", "0 4 9 1 / 5 7 0 / 1 5 9".
  // Dots count only in a chain of them ("0.7.7.0.0 9.0.0"): "5.6 7.2 8.1 6.6" is a list of readings.
  if (groups.length >= 7 && groups.every((g) => g.length === 1) && (!separators.includes('.') || hasDotChain(separators))) return n >= 7 && n <= 15;
  if (separators.some((s) => s.includes('/'))) {
    // Only the German "030/1234567" style; other slashes are blood pressures, dates and fractions.
    return groups.length === 2 && /^0\d{2,4}$/.test(groups[0] ?? '') && n >= 9 && n <= 12;
  }
  if (isDateShaped(run)) return false;
  // Seven-digit local numbers only in the unmistakable 3-4 shape ("555-0143", "555.0143").
  // "per session 800-1000" is a range of round numbers.
  if (n === 7) return groups.length === 2 && groups[0]?.length === 3 && (separators[0] === '-' || separators[0] === '.') && !(/^\d00$/.test(groups[0] ?? '') && /^\d000$/.test(groups[1] ?? ''));
  if (separators.some((s) => s.includes('.'))) {
    // "5.6" or "1.2.3" are decimals and versions; dotted phones have at least three groups of 2+ digits.
    if (groups.length < 3 || groups.some((g) => g.length < 2)) return false;
  }
  if (plus) return n >= 8 && n <= 15;
  if (/^00[1-9]/.test(digits)) return n >= 10 && n <= 15;
  if (n === 10 && /^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return true;
  if (n === 11 && /^1[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return true;
  if (n === 10 && /^[6-9]/.test(digits)) return true;
  if (/^0[1-9]/.test(digits)) return n >= 10 && n <= 12 ? true : n === 9 && groups.length >= 2;
  // Spanish and Italian nine-digit numbers, written in groups ("612 34 56 78").
  return n === 9 && /^[6-9]/.test(digits) && groups.length >= 3;
}

// Product and trial codes: never ordinary words, so they may also be named a few words before their number.
const PRODUCT_CODES = 'isbn|ndc|nct|sku|upc|ean|gtin|barcode';
// Words right before a number that say it is not a phone number.
const NOT_PHONE_BEFORE = new RegExp(
  String.raw`(?:\b(?:${PRODUCT_CODES}|lot|batch|icd|version|ver|build|v|ref(?:erence)?|order|tracking|invoice|case|ticket|serial|s\/n|imei|model|part|item|range)\b|#)[\s:#.-]{0,4}$`,
  'i',
);
// "the NDC on the box is ...", "the NDC went from 0378-1803-01 to ...".
const PRODUCT_CODE_BEFORE = new RegExp(
  String.raw`\b(?:${PRODUCT_CODES}|lot\s+number|batch\s+number)\b[^.!?\n\d]{0,40}(?:\d[\d-]{3,16}\d\s+(?:to|and|or|vs|then)\s+)?$`,
  'i',
);
const UNIT_AFTER = /^\s?(?:mg|mcg|µg|ug|ml|mmol|mol|g\b|kg|lbs?|bpm|units?|iu|%|cm|mm|km|miles|hrs?|hours|days|weeks|years|steps|kcal|cal|x\b(?=\s*\w)|times|copies|cells|k\b)/i;

// The number is somebody's own: these make a number personal even next to an organisation's name.
const PERSONAL =
  /\b(?:(?:call|text|ring|phone|message|whatsapp|contact|reach|dm|buzz|msg|sms)(?:\s+or\s+\w{1,30})?\s+(?:me|us|my\s+(?:partner|wife|husband|son|daughter|mum|mom|dad|sister|brother|friend|carer))|me\s+(?:on|at)|my\s+(?:own\s+|personal\s+|private\s+|home\s+|work\s+)?(?:number|no|cell|mobile|phone|whatsapp|signal|telegram|landline|line|digits)|(?:his|her|their|our)\s+(?:own\s+)?(?:personal|private|home|mobile|cell)|personal\s+(?:mobile|cell|number|phone|line)|private\s+(?:number|line|mobile)|reach\s+me|text\s+only|whatsapp|signal|telegram|viber|llamame|llamenme|escribanme|escribeme|mi\s+(?:numero|movil|celular|telefono|whatsapp)|mon\s+(?:numero|portable|tel)|appelez-moi|appelle-moi|ecrivez-moi|meine\s+(?:nummer|handynummer|telefonnummer)|mich\s+(?:an|unter)|bei\s+mir|ruf\s+mich|ruft\s+mich)\b/i;

// The number is explicitly attributed to an organisation: helplines, switchboards, charities, services.
const ORGANISATION =
  /\b(?:answers?\s+(?:calls|the\s+phone)|nurses\s+(?:answer|are\s+on|on\s+the)|helpline|hotline|hilfetelefon|infonetz|beratungstelefon|kostenlos\w{0,4}|counsell?ors?|help\s?line|advice\s?line|info\s?line|secretary|secretaries|ext|extension|bleep|the\s+[\w&-]+\s+team|support\s+line|crisis|lifeline|samaritans|bereavement|griefline|childline|silverline|mindline|saneline|switchboard|care\s?line|customer\s+(?:service|services|care|support|line|helpline)|main\s+(?:line|number|desk)|booking\s+line|appointments?\s+line|reception|front\s+desk|line\s+is|(?:their|its)\s+(?:line|number|office|team|desk)|the\s+(?:line|office|team|desk)\b(?!\s+that)|charity|society|foundation|association|trust|institute|alliance|network|federation|council|ministry|department|dept|service|services|poison|control|centre|center|hospital|clinic|practice|surgery|pharmacy|unit|ward|nhs|cdc|government|national|(?<!for\s)free(?:phone)?|toll[\s-]?free|24\/7|24h|24\s+hours|kids\s+help|organi[sz]ation|official|website|listed|linea|telefono\s+de|numero\s+national|ligne|numero\s+vert|sos|jour\s+et\s+nuit|day\s+(?:and|or)\s+night|round\s+the\s+clock|gratuit|anonyme|ecoute|kostenlos|anonym|gratuito|gratis|association|telefonseelsorge|beratung|hilfetelefon|krankenkasse|kasse|standard|chu|hopital|clinique|cabinet|secretariat|centralita|clinica|centro\s+de\s+salud|ambulatorio|krankenhaus|klinik|klinikum|praxis|zentrale)\b/i;

function belongsToOrganisation(text: string, run: DigitRun): boolean {
  const sentence = sentenceText(text, run.start, run.end);
  if (PERSONAL.test(sentence)) return false;
  // A toll-free number is an organisation's only when the post says whose it is: "if you cannot tell
  // who a number belongs to, treat it as personal" (policy section 1).
  return ORGANISATION.test(sentence);
}

// "first bit 0 4 1 9, then 3 3 2, then 7 1 5. text me": a number cut into pieces to slip past a filter.
// "ring me on 07700⏎900⏎482", "0-4-9-1 // 5-7-0 // 1-5-9": or typed over lines or with slashes or bars
// between. The pieces join only with words that say "and next", a single line break or such a divider,
// and only in a post that asks to be contacted.
const PIECE_JOINER = /^(?:\s?,?\s?(?:and\s+)?(?:then|next|followed\s+by|after\s+that)\s?:?\s?|[^\S\n]{0,3}\n[^\S\n]{0,3}|\s?(?:\/\/|\||\\)\s?)$/i;
const MAX_PIECE_GAP = 20;
const CONTACT_CUE = /\b(?:text|call|ring|phone|whatsapp|message|msg|sms|number|mobile|cell|digits)\b/i;

function joinSplitRuns(text: string, runs: readonly DigitRun[]): DigitRun[] {
  const joined: DigitRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i] as DigitRun;
    if (first.digits.length > 5) continue;
    let last = first;
    const pieces = [first];
    for (let j = i + 1; j < runs.length; j++) {
      const next = runs[j] as DigitRun;
      if (next.digits.length > 5 || next.start - last.end > MAX_PIECE_GAP || !PIECE_JOINER.test(text.slice(last.end, next.start))) break;
      pieces.push(next);
      last = next;
    }
    if (pieces.length < 2) continue;
    if (!CONTACT_CUE.test(text.slice(Math.max(0, first.start - 200), last.end + 200))) continue;
    const groups = pieces.map((r) => r.digits);
    joined.push({ start: first.start, end: last.end, digits: groups.join(''), groups, separators: groups.slice(1).map(() => ' '), plus: first.plus, spelled: false });
    i += pieces.length - 1;
  }
  return joined;
}

export function detectPhones(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  const digitRuns = scanDigitRuns(text);
  const runs = [...digitRuns, ...joinSplitRuns(text, digitRuns), ...scanSpelledRuns(scan)];
  for (const run of runs) {
    if (!run.spelled && !hasPhoneShape(run)) continue;
    if (run.spelled && (run.digits.length < 7 || run.digits.length > 13)) continue;
    const before = text.slice(Math.max(0, run.start - 24), run.start);
    if (NOT_PHONE_BEFORE.test(before) || PRODUCT_CODE_BEFORE.test(text.slice(Math.max(0, run.start - 56), run.start))) continue;
    if (UNIT_AFTER.test(text.slice(run.end, run.end + 8))) continue;
    if (belongsToOrganisation(text, run)) continue;
    const confidence = run.plus || run.separators.length > 0 ? 0.9 : run.spelled ? 0.8 : 0.75;
    hits.push(hit('phone', run.start, run.end, confidence));
  }
  return hits;
}

export { scanDigitRuns, type DigitRun };
