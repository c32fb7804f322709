// Identifier numbers: record, insurance, government and payment numbers, IBANs and IP addresses.
// Two routes: a labelled value ("MRN 4471...", "my SSN is ..."), which is held whatever its shape, and
// a bare value whose format is distinctive or checksum-verified (cards, IBANs, SSN 3-2-4, MBI, ...).
import type { FindingKind } from '../types.js';
import type { Hit } from '../hit.js';
import { hit } from '../hit.js';
import { cardValid, deaValid, digitsOf, ibanValid, luhnValid, npiValid, ssnPlausible } from '../checksums.js';
import { scanDigitRuns } from './phone.js';
import { pattern, type TextScan } from '../scan.js';

type IdKind = Extract<FindingKind, 'record_number' | 'insurance_id' | 'government_id' | 'card' | 'iban'>;

// Labels that announce an identifier value. Order matters only for readability; all are tried.
const LABELS: ReadonlyArray<{ kind: IdKind; re: RegExp }> = [
  {
    kind: 'government_id',
    re: /\b(?:ssn|ss#|social\s+security(?:\s+(?:number|no|#|card))?|social\s+insurance\s+number|national\s+insurance(?:\s+number|\s+no)?|ni\s+(?:number|no)|nino|nhs\s+(?:number|no|#)|chi\s+(?:number|no)|chi(?=\s?\d{10}\b)|ramq|carte\s+soleil|(?:n[uú]mero\s+de\s+)?utente(?:\s+n[ºo°.]?)?|health\s+and\s+care\s+number|aadhaa?r(?:\s+(?:number|no|card))?|abha(?:\s+(?:number|id|no|address))?|pan\s+(?:card|number|no)|pan|passport(?:\s+(?:number|no|#))?|driver'?s?\s+licen[cs]e(?:\s+(?:number|no|#))?|driving\s+licen[cs]e(?:\s+(?:number|no))?|licen[cs]e(?:\s+(?:number|no|#))?|dl\s?(?:#|number|no)|va\s+(?:file|claim)\s+(?:number|no|#)|c-?file(?:\s+(?:number|no|#))?|file\s+(?:number|no)|npi(?:\s+(?:number|no|#))?|dea(?:\s+(?:number|no|#|registration))?|(?:medical|nursing|rn|lpn|np|physician|practitioner|practising|practicing|pharmacy|pharmacist|gmc|nmc|hcpc)\s+(?:licen[cs]e|registration|pin)(?:\s+(?:number|no|#))?|licen[cs]e\s+(?:number|no|#|is)|licen[cs]e(?=,?\s?[A-Z]{0,2}\d{5})|licen[cs]e(?=:?\s#?[A-Z]{1,6}\d[A-Z0-9]{3,})|gmc\s+(?:number|no)|nmc\s+pin|tfn|tax\s+file\s+number|ird\s+number|health\s+card(?:\s+number)?|ohip(?:\s+number)?|phn|personal\s+health\s+number|ihi(?:\s+number)?|steuer-?id|steueridentifikationsnummer|steuernummer|personalausweis(?:nummer)?|ausweisnummer|reisepass(?:nummer)?|sozialversicherungsnummer|rentenversicherungsnummer|numero\s+de\s+(?:securite\s+sociale|secu|passeport|pasaporte|la\s+seguridad\s+social|seguridad\s+social|identite|dni|nie)|securite\s+sociale|carte\s+vitale|nir|dni|nie|nss|seguridad\s+social|curp|pasaporte|national\s+id(?:\s+(?:number|no))?|(?:my|his|her|medical|health)\s+id(?:\s+(?:number|no|#))?|id\s?#|id:|social(?=\s?[,:(]?\s?\d)|uhid|ayushman(?:\s+card)?(?:\s+number)?|pmjay|voter\s+id|ration\s+card|ehic|ghic|bsn|personnummer|pesel|codice\s+fiscale|tessera\s+sanitaria|amka|cpr\s+number|id\s+(?:number|no|card\s+number)|identity\s+(?:number|card\s+number)|citizen\s+id|ein|sin)(?:(?<=#)|(?![A-Za-z0-9]))/gi,
  },
  {
    kind: 'insurance_id',
    re: /\b(?:member(?:ship)?\s+(?:id|number|no|#)|subscriber\s+(?:id|number|no|#)|group\s+(?:number|no|#|id)|policy\s+(?:number|no|#)|(?:subscriber|member|group|policy|plan)(?=\s?[:#]?\s?[A-Za-z]{0,3}\d{4})|insurance\s+(?:id|number|no|#|card\s+number)|claim\s+(?:number|no|#|id|ref(?:erence)?)|medicare(?:\s+(?:number|id|card|no|#|beneficiary\s+identifier))?|mbi|hicn|medicaid(?:\s+(?:id|number|no|#|card))?|medi-?cal(?:\s+(?:bic|id|card))?(?:\s+(?:number|no|#))?|bic\s+(?:number|no|#)|rxbin|rxgrp|rxpcn|bin|pcn|krankenversichertennummer|versichertennummer|versichertennr\b\.?|versicherungsnummer|krankenkassennummer|numero\s+d'assure|numero\s+de\s+afiliacion|tarjeta\s+sanitaria|cip|mutuelle)(?:(?<=#)|(?![A-Za-z0-9]))/gi,
  },
  {
    kind: 'record_number',
    re: /\b(?:id(?=[\s:#]{1,3}[A-Za-z]{0,3}\d{5})|mrn|medical\s+record(?:\s+(?:number|no|#))?|hospital\s+(?:number|no|#|id)|patient\s+(?:number|no|id|#)|unit\s+number|chart\s+(?:number|no|#)|account\s+(?:number|no|#)|acct(?:\s+(?:number|no|#))?|billing\s+(?:number|account|id)|bank\s+account|sort\s+code|bsb|account(?=,?\s?[:#]?\s?\d{4})|routing\s+(?:number|no)|invoice\s+(?:number|no|#)|rx\s*(?:#|number|no)|rx(?=\s?[:#]?\s?\d{5})|prescription\s+(?:number|no|#)|accession(?:\s+(?:number|no|#))?|specimen(?:\s+(?:number|no|id|#))?|sample\s+(?:number|id|no)|lab\s+(?:number|id|no)|requisition(?:\s+(?:number|no))?|case\s+(?:number|no)|reference\s+(?:number|no)|ref\s+(?:no|#)|s\/n|sn(?=\s?[:#]?\s?[A-Z0-9]{5,}\b)|serial(?:\s+(?:number|no|#))?|s\/n|imei|device\s+id|nhi(?:\s+number)?|historia\s+clinica|numero\s+de\s+historia|numero\s+de\s+(?:dossier|cuenta)|dossier|fallnummer|patientennummer|befundnummer|kontonummer)(?:(?<=#)|(?![A-Za-z0-9]))/gi,
  },
];

// Licence plates carry few digits ("YK19 XFD"), so they get their own shape after the label.
const PLATE = pattern(
  /\b(?:(?:licen[cs]e\s+)?plate\s+(?:was|is|reads|number\s+(?:was|is))|licen[cs]e\s+plate|number\s+plate|plates?(?=[\s:#]{1,3}[A-Z0-9]{0,4}\d)|plate\s+(?:number|no)|reg(?:istration)?\s+(?:number|plate|no)|matricula|plaque(?:\s+d'immatriculation)?|kennzeichen)\b[\s:#]{0,4}(?:is\s+|ist\s+|es\s+)?([A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4})?)\b/gi,
);

// An identifier value: optional letter prefixes ("PDM-K4E1120783"), then digits and letters, with dash- or space-separated groups.
const VALUE =
  /(?:[A-Za-z]{1,6}[-/]?){0,2}\d[A-Za-z\d]{0,20}(?:[-/][A-Za-z\d]{1,10}){0,5}(?:[ .]\d{1,7}(?![A-Za-z\d]|\.\d)){0,8}/y;
const UNIT_AFTER = /^\s?(?:mg|mcg|ug|ml|mmol|kg|lbs?|bpm|units?|iu|%|cm|mm|hours?|hrs?|days?|weeks?|months?|years?|yrs?|times|pills|tablets|am|pm|digits|numbers|characters)\b/i;
const MAX_GAP = 48;

/** After a label, the first value within the same clause, skipping words like "is", "number:" or "for the form:". */
function valueAfter(text: string, from: number): { start: number; end: number } | undefined {
  let i = from;
  const limit = Math.min(text.length, from + MAX_GAP);
  while (i < limit) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '?' || ch === '!' || ch === ';') return undefined;
    // A full stop right after the label is an abbreviation ("hospital no. K22"), later ones end the clause.
    if (ch === '.' && i > from && /^\.\s+\p{Lu}/u.test(text.slice(i, i + 3))) return undefined;
    if (ch >= '0' && ch <= '9') break;
    i++;
  }
  if (i >= limit) return undefined;
  // Include a letter prefix glued to the digits ("H4471093", "RN-4471893", "S24-004512").
  let start = i;
  while (start > from && start > i - 7 && /[A-Za-z-/]/.test(text[start - 1] ?? '')) start--;
  while (start < i && text[start] === '-') start++;
  if (start > from && /[A-Za-z]/.test(text[start - 1] ?? '')) start = i;
  VALUE.lastIndex = start;
  const m = VALUE.exec(text);
  if (!m) return undefined;
  let end = start + m[0].length;
  while (end > start && /[-/ .]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

// "Check the serial number on the back against their list. Mine is NG2318847H", "Renewing my passport.
// Current one is 584210973": the label comes first and the author's own value a sentence later.
const OWN_VALUE_LATER =
  /\b(?:mine's|(?:mine|his|hers|ours|theirs|(?:my|his|her|our|current|old|new)\s+(?:(?:current|old|new)\s+)?(?:one|number))\s+(?:is|was|reads|says)|(?:we|i)\s+(?:put|wrote|entered|typed|gave|used))\b\s?:?\s?/i;
const LATER_WINDOW = 160;

function valueGivenLater(text: string, from: number): { start: number; end: number } | undefined {
  const m = OWN_VALUE_LATER.exec(text.slice(from, from + LATER_WINDOW));
  return m ? valueAfter(text, from + m.index + m[0].length) : undefined;
}

function acceptableValue(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  const digits = digitsOf(value);
  // "SN 8GX4R2": a code mixing letters and digits may carry only three digits.
  if (digits.length < 4 && !(digits.length === 3 && value.length >= 6 && /[A-Za-z]/.test(value))) return false;
  if (UNIT_AFTER.test(text.slice(end, end + 12))) return false;
  // A bare year ("Medicare since 2019") or a decimal is not an identifier.
  if (/^(?:19|20)\d{2}$/.test(value)) return false;
  if (/^\d{1,3}[.,]\d{1,2}$/.test(value)) return false;
  return true;
}

const AMBIGUOUS_LABEL = /^(?:sin|bin|nie|pcn|cip|dni|nir|nss|ein|pan|phn|ihi|tfn|ird|mbi|dea|chi|id|sn)$/i;

// All labels in one scan; the group that matched says which kind of number follows. Where two kinds'
// labels start at the same place, the earlier kind in LABELS wins.
const ANY_LABEL = pattern(new RegExp(LABELS.map(({ re }) => `(${re.source})`).join('|'), 'gi'));

function detectLabelledValues(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(ANY_LABEL)) {
    const kind = LABELS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]?.kind;
    if (kind === undefined) continue;
    const label = m[0];
    // Short labels that are also ordinary words ("sin", "bin", "nie") only count in capitals.
    if (AMBIGUOUS_LABEL.test(label) && label !== label.toUpperCase()) continue;
    const labelEnd = m.index + label.length;
    const value = valueAfter(text, labelEnd) ?? valueGivenLater(text, labelEnd);
    if (!value || !acceptableValue(text, value.start, value.end)) continue;
    hits.push(hit(kind, value.start, value.end, 0.9));
  }
}

// ---------------------------------------------------------------- bare formats

const SSN_FORMATTED = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,4})?\b/g;
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)/g;
const IPV6_HINT = /(?<=[0-9A-Fa-f]):[0-9A-Fa-f]{0,4}:/y;

/** Two colons with hex between them after a hex digit: without that no IPv6 address can be there. */
function mayHoldIpv6(text: string): boolean {
  for (let i = text.indexOf(':', 1); i >= 0; i = text.indexOf(':', i + 1)) {
    IPV6_HINT.lastIndex = i;
    if (IPV6_HINT.test(text)) return true;
  }
  return false;
}
const IPV6_CANDIDATE = pattern(/(?<![\w:])[0-9A-Fa-f:]{2,39}(?![\w:])/g);
const MBI = /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g;
const UK_NINO = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const FR_NIR = /(?<!\d ?)[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3}(?: ?\d{2})?(?! ?\d)/g;
const GROUPED_444 = /(?<!\d[ -]?)[2-9]\d{3}[ -]\d{4}[ -]\d{4}(?![ -]?\d)/g;
const ABHA = /(?<![\d-])\d{2}-\d{4}-\d{4}-\d{4}(?![\d-])/g;
const SIN_333 = /(?<!\d[ -]?)\d{3}[ -]\d{3}[ -]\d{3}(?![ -]?\d)/g;
const DEA = /\b[A-Z][A-Z9]\d{7}\b/g;
// Current UK registrations ("KX19 RDV"): two letters, two digits, three letters.
const UK_PLATE = /\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}\s?[A-HJ-PR-Z]{3}\b/g;
const BARE_TEN = /(?<![\d-])[12]\d{9}(?![\d-])/g;
// Provincial health cards: Ontario's ten digits and two-letter version code ("4829-553-107-KT"), and
// Quebec's four letters and eight digits ("TREM 6512 0419").
const ONTARIO_HEALTH_CARD = /(?<![\d-])\d{4}[- ]?\d{3}[- ]?\d{3}[- ]?[A-Z]{2}\b/g;
const QUEBEC_HEALTH_CARD = /\b[A-Z]{4} ?\d{4} ?\d{4}\b/g;

function ipv6Valid(candidate: string): boolean {
  const colons = candidate.split(':').length - 1;
  if (colons < 2) return false;
  const compressed = candidate.includes('::');
  if (!compressed && colons !== 7) return false;
  if (candidate.split('::').length > 2) return false;
  const groups = candidate.split(':').filter((g) => g.length > 0);
  if (groups.length < 3 || groups.some((g) => g.length > 4)) return false;
  // Clock times ("10:30:45") are not addresses; a real one has a hex letter or a 3+ digit group.
  return groups.some((g) => /[a-f]/i.test(g) || g.length >= 3);
}

interface BareFormat {
  re: RegExp;
  accept: (value: string, text: string, at: number) => Hit['kind'] | undefined;
  confidence: number;
}

function ipv4Accepted(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return !/\b(?:v|ver|version|build|release|firmware|app)\s?\.?$/i.test(before);
}

// Formats recognised by their shape (and checksum where they have one), tried together in one scan.
const BARE_FORMATS: readonly BareFormat[] = [
  { re: SSN_FORMATTED, accept: (v) => (ssnPlausible(digitsOf(v)) ? 'government_id' : undefined), confidence: 0.85 },
  { re: IBAN, accept: (v) => (ibanValid(v) ? 'iban' : undefined), confidence: 0.97 },
  { re: IPV4, accept: (_v, text, at) => (ipv4Accepted(text, at) ? 'ip' : undefined), confidence: 0.85 },
  { re: MBI, accept: () => 'insurance_id', confidence: 0.85 },
  { re: UK_NINO, accept: () => 'government_id', confidence: 0.8 },
  { re: FR_NIR, accept: (v) => (digitsOf(v).length >= 13 ? 'government_id' : undefined), confidence: 0.75 },
  { re: GROUPED_444, accept: () => 'government_id', confidence: 0.6 },
  { re: ABHA, accept: () => 'government_id', confidence: 0.8 },
  { re: SIN_333, accept: (v) => (luhnValid(digitsOf(v)) ? 'government_id' : undefined), confidence: 0.6 },
  { re: DEA, accept: (v) => (deaValid(v) ? 'government_id' : undefined), confidence: 0.8 },
  { re: UK_PLATE, accept: () => 'government_id', confidence: 0.75 },
  { re: BARE_TEN, accept: (v) => (npiValid(v) ? 'government_id' : undefined), confidence: 0.6 },
  { re: ONTARIO_HEALTH_CARD, accept: () => 'insurance_id', confidence: 0.8 },
  { re: QUEBEC_HEALTH_CARD, accept: () => 'insurance_id', confidence: 0.8 },
];
// Each format is a group; after a match the scan resumes one character later, so formats that overlap
// (a plate inside a longer value) are all still seen.
const ANY_BARE_FORMAT = new RegExp(BARE_FORMATS.map(({ re }) => `(${re.source})`).join('|'), 'g');
const STICKY_BARE_FORMATS = BARE_FORMATS.map(({ re }) => new RegExp(re.source, 'y'));

function detectBareFormats(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  ANY_BARE_FORMAT.lastIndex = 0;
  for (let m = ANY_BARE_FORMAT.exec(text); m !== null; m = ANY_BARE_FORMAT.exec(text)) {
    const at = m.index;
    ANY_BARE_FORMAT.lastIndex = at + 1;
    // Every format that matches here, not only the first alternative.
    for (let g = 0; g < BARE_FORMATS.length; g++) {
      const format = BARE_FORMATS[g] as BareFormat;
      let value = m[g + 1];
      if (value === undefined) {
        const sticky = STICKY_BARE_FORMATS[g] as RegExp;
        sticky.lastIndex = at;
        value = sticky.exec(text)?.[0];
        if (value === undefined) continue;
      }
      const kind = format.accept(value, text, at);
      if (kind !== undefined) hits.push(hit(kind, at, at + value.length, format.confidence));
    }
  }
  if (mayHoldIpv6(text)) {
    for (const m of scan.matchAll(IPV6_CANDIDATE)) {
      if (ipv6Valid(m[0])) hits.push(hit('ip', m.index, m.index + m[0].length, 0.85));
    }
  }
  for (const run of scanDigitRuns(text)) {
    if (run.plus || run.digits.length < 13 || run.digits.length > 19) continue;
    if (run.separators.some((s) => s !== ' ' && s !== '-')) continue;
    if (cardValid(run.digits)) hits.push(hit('card', run.start, run.end, 0.95));
  }
}

function detectPlates(scan: TextScan, hits: Hit[]): void {
  for (const m of scan.matchAll(PLATE)) {
    const plate = m[1] ?? '';
    if (!/\d/.test(plate) || !/[A-Za-z]/.test(plate) && digitsOf(plate).length < 4) continue;
    // A bare "plate" is only a registration when the value looks like one ("plate 7ABC123").
    if (/^plates?$/i.test(m[0].slice(0, 6).trim()) && !(/[A-Z]/.test(plate) && /\d/.test(plate) && !/[a-z]/.test(plate))) continue;
    const start = m.index + m[0].length - plate.length;
    hits.push(hit('government_id', start, start + plate.length, 0.85));
  }
}

export function detectIdentifiers(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  // Every identifier this detector knows holds a digit.
  if (!/\d/.test(text)) return hits;
  detectPlates(scan, hits);
  detectLabelledValues(scan, hits);
  detectBareFormats(scan, hits);
  return hits;
}
