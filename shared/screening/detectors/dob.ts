// Dates of birth: a birth cue ("DOB", "born", "turns 6 on", "né le", "geboren am", ...) followed by a
// date that has at least a day and a month. Event dates (surgery, diagnosis, death) have no birth cue
// and stay clean; a birth year alone ("born in 1951") has no day and month and stays clean too.
import type { Hit } from '../hit.js';
import { hit } from '../hit.js';
import { isLetterOrDigit } from '../text.js';
import { pattern, type TextScan } from '../scan.js';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|jaenner|februar|marz|maerz|juni|juli|oktober|dezember';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first|premier|primero|' +
  // German, after "am": "am vierzehnten März".
  'ersten|zweiten|dritten|vierten|funften|sechsten|siebten|achten|neunten|zehnten|elften|zwolften|(?:drei|vier|funf|sech|sieb|acht|neun)zehnten|(?:(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und)?zwanzigsten|(?:einund)?dreissigsten';
// Days spelled out in Spanish and French ("nació el veintitrés de abril", "née le vingt et un mai").
const DAY_WORDS =
  'primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintidos|veintitres|veinticuatro|veinticinco|veintiseis|veintisiete|veintiocho|veintinueve|treinta(?:\\s+y\\s+uno)?|premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:\\s+et\\s+un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente(?:\\s+et\\s+un)?';
const DAY = `(?:[0-3]?\\d(?:st|nd|rd|th|er|e|\\.)?|${ORDINAL_WORDS}|${DAY_WORDS})`;
const YEAR = '(?:\\d{4}|\'\\d{2})';
const HOLIDAYS =
  "christmas\\s+(?:day|eve)|new\\s+year'?s\\s+(?:day|eve)|hallowe'?en|valentine'?s\\s+day|independence\\s+day|boxing\\s+day|bastille\\s+day|st\\.?\\s+patrick'?s\\s+day|thanksgiving(?:\\s+day)?|easter\\s+(?:sunday|monday)|(?:the\\s+)?fourth\\s+of\\s+july|leap\\s+day|nochebuena|navidad|dia\\s+de\\s+reyes|noel|jour\\s+de\\s+l'an|weihnachten|heiligabend|silvester|neujahr|bonfire\\s+night|guy\\s+fawkes(?:\\s+night)?|burns\\s+night|hogmanay|remembrance\\s+day|armistice\\s+day|canada\\s+day|australia\\s+day|anzac\\s+day|st\\.?\\s+(?:andrew|david|george)'?s\\s+day|groundhog\\s+day|april\\s+fools'?(?:\\s+day)?|may\\s+day|midsummer(?:'?s)?(?:\\s+(?:day|eve))?|all\\s+saints'?\\s+day|pi\\s+day|juneteenth|cinco\\s+de\\s+mayo|dia\\s+de\\s+muertos|la\\s+toussaint|fete\\s+nationale|tag\\s+der\\s+deutschen\\s+einheit";

// Any of: 12/05/2016, 2016-05-12, 12.05.16, 9th of June (1941), June 9th(, 1941), the fourth of July, 1941.
const DATE = new RegExp(
  [
    `\\b[0-3]?\\d[./-][01]?\\d[./-](?:\\d{4}|\\d{2})\\b`,
    `\\b\\d{4}-[01]\\d-[0-3]\\d\\b`,
    `\\b(?:the\\s+)?${DAY}\\s+(?:of\\s+|de\\s+)?(?:${MONTHS})\\b\\.?(?:,?\\s+(?:de\\s+)?${YEAR})?`,
    // "turns 4 on the 22nd of this month": the month is the one the post is written in.
    `\\b(?:the\\s+)?${DAY}\\s+of\\s+(?:this|next)\\s+month\\b`,
    `\\b(?:${MONTHS})\\.?\\s+(?:the\\s+)?${DAY}\\b(?:,?\\s+${YEAR})?`,
    `\\b(?:${HOLIDAYS})\\b(?:\\s+bab(?:y|ies))?,?\\s+(?:in\\s+|of\\s+)?${YEAR}`,
  ].join('|'),
  'iy',
);

const BIRTH_CUE = pattern(
  /\b(?:d\.?o\.?b\.?|(?:i|he|she|we|they)\s+(?:was|were)\s+an?(?=\s+[\w' ]{3,30}\s+bab(?:y|ies)\b)|(?:daughter|son|baby|twins|grandson|granddaughter|little\s+one|(?:our|my)\s+(?:little|baby|rainbow|miracle|tiny|precious)\s+[\w-]{2,20})\s+(?:arrived|was\s+delivered|came\s+into\s+the\s+world)\s+on|date\s+of\s+birth|birth\s?date|birthday(?:\s+is)?|bday|b-day|born(?:\s+on)?|b\.|(?:turns?|turned|turning|will\s+be|be|is)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+on|fecha\s+de\s+nacimiento|f\.\s?nac\.?|nacid[oa]\s+el|naci\s+el|nacio\s+el|cumpleanos|cumple|date\s+de\s+naissance|nee?\s+le|anniversaire|geburtsdatum|geboren\s+am|geb\.|geburtstag(?:\s+ist)?(?:\s+am)?)(?![A-Za-z0-9])/gi,
);

const MAX_GAP = 48;
// How far into a date its first digit or month name can be: "the twenty-seventh of", "Thanksgiving Day, 2019".
const ANCHOR_REACH = 60;
const HOLIDAY = new RegExp(`(?:the\\s+)?(?:${HOLIDAYS})\\b`, 'iy');

function holidayAt(text: string, at: number): RegExpExecArray | null {
  HOLIDAY.lastIndex = at;
  return HOLIDAY.exec(text);
}

// The cue after the date: "ist am 12. Mai 2018 geboren", "12 March 1961 is her birthday".
const CUE_AFTER =
  /^[\s,]{0,3}(?:geboren|born|nacid[oa]|nee?|(?:is|was)\s+(?:my|his|her|their|our)\s+(?:\w{1,30}'s\s+)?(?:birthday|date\s+of\s+birth|dob)|(?:ist|war)\s+(?:mein|sein|ihr)\s+geburtstag)\b/i;
const DATE_SEARCH = pattern(new RegExp(DATE.source, 'gi'));
// Every DATE holds a digit or a month's name, so a birth cue with neither anywhere after it has no date.
const DATE_ANCHOR = new RegExp(`\\d|\\b(?:${MONTHS})\\b`, 'gi');


export function detectDatesOfBirth(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  if (/geboren|born|nacid|\bnee?\b|birthday|geburtstag|\bdob\b/i.test(text)) {
    for (const m of scan.matchAll(DATE_SEARCH)) {
      const end = m.index + m[0].length;
      const after = CUE_AFTER.exec(text.slice(end, end + 50));
      if (after) hits.push(hit('dob', m.index, end + after[0].length, 0.85));
    }
  }
  // Where the next digit or month name is, found once for all the cues before it; and the places
  // already known to start no date, since the windows of cues close together overlap.
  let anchor = -1;
  const noDateAt = new Set<number>();
  for (const cue of scan.matchAll(BIRTH_CUE)) {
    const cueEnd = cue.index + cue[0].length;
    if (anchor !== Infinity && anchor < cueEnd) {
      DATE_ANCHOR.lastIndex = cueEnd;
      anchor = DATE_ANCHOR.exec(text)?.index ?? Infinity;
    }
    const bornOn = /^born\s+on$/i.test(cue[0]);
    // A date starting within the gap shows its first digit or month name soon after it starts.
    if (!bornOn && anchor > cueEnd + MAX_GAP + ANCHOR_REACH) continue;
    const window = text.slice(cueEnd, cueEnd + MAX_GAP + 40);
    // Find the first date starting within the gap, without crossing a sentence end.
    for (let offset = 0; offset <= MAX_GAP && offset < window.length; offset++) {
      const ch = window[offset];
      if (ch === '\n' || ch === '?' || ch === '!') break;
      if (ch === '.' && /^\.\s+\p{Lu}/u.test(window.slice(offset, offset + 3))) break;
      // Only try at word starts.
      if (offset > 0 && isLetterOrDigit(window[offset - 1])) continue;
      const at = cueEnd + offset;
      DATE.lastIndex = at;
      const date = noDateAt.has(at) ? null : DATE.exec(text);
      if (!date) noDateAt.add(at);
      const m = date ?? (bornOn && offset <= 2 ? holidayAt(text, at) : null);
      if (!m) continue;
      // "born in 1951" never matches DATE, and a holiday only matches with its year (or right after "born on").
      hits.push(hit('dob', cue.index, at + m[0].length, 0.9));
      break;
    }
  }
  return hits;
}
