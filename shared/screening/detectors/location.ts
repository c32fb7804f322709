// Where someone lives or lies: street addresses with a house number, PO boxes, full postcodes,
// descriptions that pinpoint a home, and hospital room or bed numbers. A town, a street without a
// number, a partial postcode or a ward name stays clean (policy section 1, "NOT phi").
import type { Hit } from '../hit.js';
import { hit } from '../hit.js';
import { sentenceAround, sentenceText } from '../text.js';
import { pattern, type TextScan } from '../scan.js';

const STREET_TYPES =
  'Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Terrace|Terr|Crescent|Cres|Boulevard|Blvd|Grove|Gardens|Gdns|Square|Sq|Row|Parkway|Pkwy|Circle|Cir|Trail|Highway|Hwy|Mews|Hill|View|Walk|Rise|Green|Loop|Path|Pike|Alley|Wynd|Vale|Croft|Meadows?|Heights|Parade|Esplanade|Promenade|Quay|Wharf|Yard|Chase|Fold|Park|Gate|Brae|Glen|Ridge|Run|Point|Landing|Commons|Plaza|Cove|Bend|Crossing|Estates?|Manor';
const NAME_WORD = "\\p{Lu}[\\p{L}'-]{1,24}";

// "22 Orchard Way", "4012 Maple Ridge Dr, Apt 3C", "88 Harborview Terrace, Unit 12".
const EN_ADDRESS = pattern(new RegExp(
  `(?<![\\p{L}\\p{N}.,/:-])(?:\\d{1,4}\\/)?\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,?\\s(?:[NSEW]\\.?\\s)?(?:${NAME_WORD}\\s){1,3}(?:${STREET_TYPES})\\b\\.?(?:,?\\s(?:Apt|Apartment|Unit|Flat|Suite|Ste|#)\\.?\\s?#?[\\dA-Z]{1,5}\\b)?`,
  'gu',
));
// Lower-case street addresses ("14 mill lane"), minus distances and doses ("2 miles down the road").
const LOWER_ADDRESS = pattern(
  /(?<![\p{L}\p{N}.,/:-])\d{1,5}[a-z]?\s(?!(?:miles?|km|minutes?|mins?|hours?|days?|weeks?|years?|mg|ml|kg|steps|blocks?|doors?|houses?|of|more|the|a|an|or|and|to|times)\b)[a-z]{3,20}(?:\s[a-z]{3,20})?\s(?:street|road|lane|avenue|drive|close|crescent|terrace|grove|gardens)\b/gu,
);
// "Flat 2, 45 Kingsway": after a flat or unit number, any capitalised street name will do.
const UNIT_ADDRESS = pattern(new RegExp(`\\b(?:Flat|Apt|Apartment|Unit|Suite)\\.?\\s?#?[\\dA-Z]{1,5},?\\s\\d{1,5}[A-Za-z]?\\s(?:${NAME_WORD}\\s?){1,3}`, 'gu'));
// "Flat 3, 12 ..." / "Apt 4B" right before a street address.
const UNIT_BEFORE = /(?:Apt|Apartment|Unit|Flat|Suite)\.?\s?#?[\dA-Z]{1,5},?\s$/;
// French: "12 rue de la Paix", "3 bis avenue Foch".
const FR_ADDRESS = pattern(
  /(?<![A-Za-z\u00c0-\u024f\d])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.|boulevard|bd|place|chemin|allee|impasse|route|quai|cours|square)\s(?:(?:de\s+la|de\s+l'|du|des|de|d')\s?)?[A-Za-z\u00c0-\u024f'-]{2,30}/gi,
);
// Spanish: "calle Mayor 12", "C/ Luna n.º 5", "avenida de la Paz 23".
const ES_ADDRESS = pattern(
  /\b(?:calle|c\/|avenida|avda\.?|paseo|plaza|camino|carrer|ronda|travesia)\s(?:(?:de\s+la|de\s+los|de\s+las|del|de)\s)?(?:[A-Za-z\u00c0-\u024f'-]{2,24}\s){0,3}(?:n\.?\s?[ºo°]\.?\s?)?\d{1,4}\b/gi,
);
// German: "Hauptstraße 12", "Gartenweg 3a", "Am Markt 5".
const DE_ADDRESS = pattern(
  /\b\p{Lu}[\p{L}-]{2,30}(?:stra(?:ss|ß)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad)\s\d{1,4}[a-z]?\b/gu,
);
const PO_BOX = pattern(
  /\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|PO\s?Box|Apartado(?:\s+de\s+correos)?|Apdo\.?|Boite\s+postale|Postfach|Casilla)\s?#?\s?\d{1,6}\b/gi,
);

// A house number with nothing clinical after it ("20 Close friends" has no capitalised street name).
function detectAddresses(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(EN_ADDRESS)) {
    const unit = UNIT_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    const start = unit ? m.index - unit[0].length : m.index;
    hits.push(hit('address', start, m.index + m[0].length, 0.85));
  }
  for (const re of [UNIT_ADDRESS, LOWER_ADDRESS, FR_ADDRESS, ES_ADDRESS, DE_ADDRESS]) {
    for (const m of scan.matchAll(re)) hits.push(hit('address', m.index, m.index + m[0].length, 0.8));
  }
  for (const m of scan.matchAll(PO_BOX)) hits.push(hit('address', m.index, m.index + m[0].length, 0.9));
}

// Full unit-level postcodes only: UK (outward + inward), Canada (FSA + LDU), US ZIP+4.
const UK_POSTCODE = pattern(/\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g);
const CA_POSTCODE = pattern(/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/gi);
const US_ZIP4 = pattern(/(?<![\d-])\d{5}-\d{4}(?![\d-])/g);

function detectPostcodes(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(UK_POSTCODE)) {
    // Written without its space ("HG27QX") a postcode is less certain: it may be a code of another kind.
    hits.push(hit('postcode', m.index, m.index + m[0].length, m[0].includes(' ') ? 0.9 : 0.7));
  }
  for (const m of scan.matchAll(CA_POSTCODE)) {
    const compact = !m[0].includes(' ');
    if (compact && m[0] !== m[0].toUpperCase()) continue;
    // "T2N1M0" written solid is a tumour stage (TNM), not a Calgary postcode.
    if (compact && /^T[0-4]N[0-3]M[01]$/.test(m[0])) continue;
    hits.push(hit('postcode', m.index, m.index + m[0].length, 0.85));
  }
  for (const m of scan.matchAll(US_ZIP4)) {
    if (/\b(?:zip|postal|address|ste|suite|[A-Z]{2})\W{0,3}$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      hits.push(hit('postcode', m.index, m.index + m[0].length, 0.8));
    }
  }
}

// A room, bed, bay or dialysis chair that says where a patient can be found.
const ROOM = pattern(
  /\b(?:room|rm|bed|bay|cubicle|chair|pod|habitacion|cama|chambre|lit|zimmer|bett|box)\s?(?:no\.?|number|#|num\.?)?\s?\d{1,4}[A-Za-z]?\b/gi,
);
const ROOM_NOT_AFTER = /^\s?(?:days?|nights?|hours?|hrs?|weeks?|months?|years?|times|x\b|min|minutes|am|pm|o'clock|people|patients|beds|kids|children|%|mg|ml|jours|dias|tage|nuits|noches)/i;
const CLINICAL_SETTING =
  /\b(?:nurses?|visitors?|visiting|bypass|operation|transplant|stroke|cardiac|oncology|surgical|after\s+(?:his|her|their|my)\s+\w{3,30}|hospital|ward|unit|icu|nicu|picu|hdu|ccu|hospice|infirmary|clinic|dialysis|infusion|chemo|admitted|inpatient|in-patient|psych|er\b|a&e|emergency|maternity|labou?r|recovery|surgery|post-op|care\s+home|nursing\s+home|rehab|st\.?\s|general|memorial|medical\s+cent|hopital|hospitalise|clinique|krankenhaus|klinik|station|centro\s+de\s+salud|urgencias|planta)\b/i;
const NOT_PATIENT_ROOM =
  /\b(?:meet(?:ing|s|up)?|library|community|hall|class(?:room)?|conference|seminar|session|lecture|hotel|office|school|exam|waiting|education|training|teaching|group|committee|function|board(?:room)?|activity|quiet|prayer|multi-?faith)\b/i;

function detectRooms(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(ROOM)) {
    const end = m.index + m[0].length;
    if (ROOM_NOT_AFTER.test(text.slice(end, end + 10))) continue;
    const sentence = sentenceText(text, m.index, end);
    const word = m[0].toLowerCase();
    if (word.startsWith('chair') && !/\b(?:dialysis|infusion|chemo|unit)\b/i.test(sentence)) continue;
    if (!CLINICAL_SETTING.test(sentence) && !CLINICAL_SETTING.test(text.slice(Math.max(0, m.index - 300), end + 200))) continue;
    if (NOT_PATIENT_ROOM.test(text.slice(Math.max(0, m.index - 25), end + 25))) continue;
    hits.push(hit('room', m.index, end, 0.8));
  }
}

// "We're the yellow duplex across from Lincoln Elementary, upstairs unit": no number, but it finds the door.
const DWELLING =
  /\b(?:house|home|duplex|farmhouse|bungalow|flat|apartment|cottage|trailer|caravan|townhouse|semi|terrace|condo|cabin|maisonette|place)\b/i;
const PINPOINT =
  /\b(?:across\s+(?:the\s+\w{1,30}\s+)?from|opposite|next\s+(?:door\s+)?to|at\s+the\s+(?:very\s+)?(?:end|corner|top|bottom)\s+of|on\s+the\s+corner\s+of|behind\s+the|above\s+the|the\s+only\s+one\s+(?:with|on)|the\s+one\s+with\s+the)\b/i;
const OWN_HOME = pattern(
  /\b(?:we(?:'re| are)\s+(?:in\s+)?the|we\s+live\s+(?:in|at)\s+the|i\s+live\s+(?:in|at)\s+the|i(?:'m| am)\s+(?:in\s+)?the|our\s+(?:house|home|place|flat)\s+is|my\s+(?:house|home|place|flat)\s+is|(?:he|she|they)\s+lives?\s+in\s+the|(?:my|our|his|her)\s+(?:mum|mom|dad|nan|gran|grandma|grandad|parents|sister|brother|son|daughter)'?s\s+(?:in\s+)?the)\b/i,
);

function detectResidenceDescriptions(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  if (!scan.test(OWN_HOME)) return;
  for (const m of text.matchAll(new RegExp(OWN_HOME.re.source, 'gi'))) {
    const sentence = sentenceText(text, m.index);
    if (DWELLING.test(sentence) && PINPOINT.test(sentence)) {
      hits.push(hit('address', m.index, sentenceAround(text, m.index).end, 0.7));
    }
  }
}

// A hospital's or clinic's public address, given as directions for visitors ("Parking tip for The
// Christie (550 Wilmslow Rd, M20 4BX)", "the entrance you want is 3801 rue University"): the policy keeps
// institutional contacts clean when the post says whose they are.
const VISITOR_DIRECTIONS =
  /\b(?:parking|car\s+park|multi-?storey|main\s+entrance|entrance|switchboard|reception|drop-?off|visitors'?\s+(?:entrance|parking)|signposted|shuttle|(?:bus|tram|metro)\s+stop|main\s+(?:campus|site|building)|drop-?in|opening\s+(?:hours|times)|above\s+the\s+\w{3,30}|next\s+door\s+to\s+the\s+\w{3,30})\b/i;
const SOMEONE_LIVES_THERE =
  /\b(?:i|we|he|she|they)\s+(?:live|lives|stay|stays|am\s+at|are\s+at)\b|\b(?:i'm|we're|he's|she's|they're)\s+at\b|\b(?:my|our|his|her|their|your)\s+(?:house|home|flat|apartment|place|address|street|door|drive|parents|mum's|mom's|dad's)\b|\b(?:mine|ours)\b|\bcome\s+(?:round|over|by)\b/i;

// The place is named as an institution: "the clinic", "St Luke's Hospice", "The Christie".
const INSTITUTION =
  /\b(?:[Hh]ospital|[Cc]linic|[Hh]ospice|[Ii]nfirmary|[Cc]ent(?:re|er)|[Ii]nstitute|[Hh]opital|[Cc]linique|[Kk]linik\w{0,2}|[Kk]rankenhaus|[Cc]ampus|[Pp]harmacy|[Dd]ay\s[Uu]nit|[Ss]uite\s\d{1,5}|[Mm]edical\s(?:[Pp]laza|[Bb]uilding|[Oo]ffices?)|[Tt]he\s\p{Lu}\p{Ll}+)\b/u;

// The directions may come a sentence later: "It's now at 1200 Peachtree Medical Plaza, Suite 300. Parking is
// validated at reception."
const DIRECTIONS_REACH = 200;

function isVisitorDirections(text: string, h: Hit): boolean {
  const sentence = sentenceText(text, h.start, h.end);
  const around = text.slice(Math.max(0, h.start - DIRECTIONS_REACH), h.end + DIRECTIONS_REACH);
  return VISITOR_DIRECTIONS.test(around) && INSTITUTION.test(sentence) && !SOMEONE_LIVES_THERE.test(around);
}

export function detectLocations(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  if (/\d/.test(text)) {
    const places: Hit[] = [];
    detectAddresses(scan, places);
    detectPostcodes(scan, places);
    for (const h of places) if (!isVisitorDirections(text, h)) hits.push(h);
    detectRooms(scan, hits);
  }
  detectResidenceDescriptions(scan, hits);
  return hits;
}
