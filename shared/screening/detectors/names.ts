// Full names of private people. A name needs context to count: a known given name followed by a
// surname-looking word, a courtesy title plus a surname, a family surname for a household, or a
// self-introduction. Clinicians named in their professional role and public figures stay clean, and a
// first name alone never counts (policy section 1).
import type { Hit } from '../hit.js';
import { hit } from '../hit.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { OTHER_LANGUAGE_WORDS } from '../lexicon/other-languages.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { SURNAMES } from '../lexicon/surnames.js';
import { forLastText, sentenceText } from '../text.js';
import { pattern, type TextScan } from '../scan.js';

// Capitalised word: "Okafor", "O'Brien", "Fernandez-Ortega", "McLeod", or all-caps "BECKER".
const CAP_WORD = "\\p{Lu}(?:[\\p{Ll}]{1,24}(?:[-'’]\\p{Lu}?\\p{Ll}{1,20}){0,2}|\\p{Lu}{1,24})(?:\\p{Lu}\\p{Ll}{1,20})?";
// A name sits on one line: "1 June\nWriting ..." is a list item and a new sentence.
const CAP_SEQUENCE = pattern(new RegExp(`(?<![\\p{L}\\p{N}'’.@/_-])${CAP_WORD}(?:[^\\S\\n](?:\\p{Lu}\\.[^\\S\\n])?${CAP_WORD}){1,3}`, 'gu'));
const CAP_TOKEN = new RegExp(CAP_WORD, 'gu');

// Capitalised words that follow given names without being surnames, or that turn the pair into
// the name of a place or an organisation ("Queen Elizabeth Hospital", "Ann Arbor").
const NOT_SURNAME = new Set(
  `hospital clinic centre center health medical children's childrens street road lane avenue drive way close
  university college school elementary academy society foundation trust fund institute unit ward memorial
  infirmary general library park church chapel syndrome disease day team group network support walk run award
  trial study programme program project house hall care home hospice pharmacy practice surgery association alliance
  council service services line helpline monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december christmas easter i and the my is it in on
  at of for to with but or so if when what who how why where yes no ok okay thanks thank hi hello dear update
  research cancer heart lung kidney liver brain blood diabetes arthritis mobility recovery sclerosis research
  awareness month week year walk-in primary secondary county city state national regional royal saint st mount
  valley river lake bay beach island north south east west northern southern eastern western upper lower new old
  great little big grand central international global community centre's hospital's clinic's county's law act
  bill plan scheme payment allowance credit benefit insurance medicare medicaid nhs gp er icu nicu picu a&e mri
  ct pet ecg ekg ms als copd ibs ibd pots eds md rn np pa do phd bsc msc frcp mrcp dr dra mr mrs mx prof mme mlle
  scotia brunswick columbia zealand territory territories province wort air airlines airways ambulance`.split(/\s+/),
);

// Famous people whose health is public; naming them is discussion, not disclosure. One pattern finds
// any of them inside a lowercased name or sentence.
const PUBLIC_FIGURE = new RegExp(
  `michael j fox|christina applegate|selena gomez|celine dion|lady gaga|serena williams|venus williams|justin bieber|
  hailey bieber|kate middleton|king charles|prince harry|prince william|joe biden|jimmy carter|lance armstrong|
  angelina jolie|chris hoy|magic johnson|stephen hawking|robin williams|bruce willis|jamie lee curtis|simone biles|demi lovato|
  mariah carey|billy connolly|ozzy osbourne|michael mosley|gabor mate|paul kalanithi|oliver sacks|brene brown|
  atul gawande|elton john|ben stiller|tom hanks|halle berry|nick jonas|jay cutler|sonia sotomayor|theresa may|
  jeremy corbyn|rishi sunak|keir starmer|boris johnson|barack obama|donald trump|kamala harris|emma thompson|
  hugh jackman|tom hanks|jennifer aniston|kim kardashian|james earl jones|bob dole|ted kennedy|john mccain|
  beau biden|steve jobs|patrick swayze|alan rickman|chadwick boseman|david bowie|freddie mercury|rock hudson|
  arthur ashe|lou gehrig|muhammad ali|michael mosley|deborah james|bronny james|lebron james|max verstappen|
  andy murray|gary lineker|rob burrow|kevin sinfield|doddie weir|sinead oconnor|glennon doyle|jen psaki|
  david beckham|victoria beckham|mary berry|paul hollywood|jamie oliver|stephen fry|clare baldwin|sarah ferguson|
  john radcliffe|james cook|dana farber|peter maccallum|peter mac|sarah cannon|ronald mcdonald|lucile packard|ann arbor|
  greta thunberg|anthony hopkins|chris packham|temple grandin|susan boyle|dan aykroyd|elon musk|michael phelps|
  naomi osaka|lewis capaldi|billie eilish|selma blair|val kilmer|shannen doherty|olivia newton-john|
  kylie minogue|sheryl crow|carrie fisher|ruby wax|tom daley|richard branson|nick cannon|
  whoopi goldberg|sia furler|toni braxton|kelly clarkson|avril lavigne|justin timberlake|
  james blunt|michael douglas|hugh grant|ben affleck|ryan reynolds|meghan markle|stephen king|
  jk rowling|j k rowling|jimmy kimmel|brian may|roger daltrey|rod stewart|sarah harding|nicola adams|
  mrs dash|mr kipling|mr muscle|mr clean|mr sheen|mrs butterworth|mr potato head|
  rosie hospital|alder hey|christie hospital|great ormond|martin luther|luther king|st jude`
    .split('|')
    .map((n) => n.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

const PUBLIC_CONTEXT =
  /\b(?:touring|tour|concerts?|albums?|gigs?|fans|videos?|vlogs?|youtube|public\s+(?:people|figures?|personalit(?:y|ies))|celebs?|sir|dame|lords?|house\s+of\s+commons|speech|baroness|celebrit(?:y|ies)|actor|actress|singer|rapper|musician|band|author|writer|novelist|book|books|memoir|novel|isbn|documentary|interview|podcast|red\s+carpet|went\s+public|going\s+public|publicly(?!\s+(?:thank|acknowledge|say\s+thank))|announced|announcement|news|headlines|on\s+tv|tv|televised|politician|president|prime\s+minister|senator|congress(?:man|woman)|minister|mp|king|queen|prince|princess|royals|royal\s+family|athlete|player|footballer|olympian|olympics?|champion|nba|nfl|nhl|premier\s+league|on\s+court|famous|biography|film|movie|star|show|talk\s+show|radio|oscar|grammy|comedian|presenter|host|youtuber|influencer|astronaut|chef|rugby|cricket|tennis|golfer|racing|written\s+by|author\s+of|worth\s+reading|have(?:n't|\s+not)?\s+(?:you\s+)?read|cantante|actriz|famos[oa]s?|entrevista|chanteur|chanteuse|acteur|actrice|celebre|schauspieler(?:in)?|sangerin|sanger|beruhmt\w{0,2}|prominente?|magazines?|cover\s+(?:star|girl|model)|offen\s+uber|offentlich\w{0,2})\b/i;

// A clinician named in their professional role ("my oncologist Dr. Patel", "Rachel Klein, the neurologist").
const ROLE =
  '(?:dr|doctor|doc|prof|professor|consultant|surgeon|nurse|gp|midwife|pharmacist|physio|physiotherapist|therapist|psychiatrist|psychologist|counsell?or|dietitian|dietician|audiologist|dentist|optometrist|paramedic|specialist|registrar|resident|fellow|practitioner|np|pa|chaplain|doula|clinician|oncologist|neurologist|cardiologist|rheumatologist|endocrinologist|gastroenterologist|hepatologist|nephrologist|urologist|gynaecologist|gynecologist|obstetrician|dermatologist|haematologist|hematologist|pulmonologist|respirologist|radiologist|pathologist|allergist|immunologist|geriatrician|pediatrician|paediatrician|neurosurgeon|anaesthetist|anesthesiologist|psychotherapist|sonographer|radiographer|hospitalist|intensivist|neuro|endo|rheum|cardio|derm|onc|haem|heme|ob-?gyn|obgyn|md|rn|dnp|pharmd|frcp|mrcp)';
// A full stop only belongs to an abbreviated role: "Dr. Patel", but "District nurse. Mrs. Kowalczyk" starts anew.
const ROLE_BEFORE = new RegExp(`\\b${ROLE}(?:(?<=\\b(?:dr|dra|doc|prof|gp|md|rn|np|pa))\\.)?,?\\s(?:(?:is|was|called|named)\\s)?$`, 'i');
const ROLE_AFTER = new RegExp(
  `^(?:,\\s?|\\s\\(|\\s(?:is|was|has\\s+been)\\s+|\\s[-–]\\s)(?:(?:the|my|our|a|an|his|her|their|mum's|dad's|mom's)\\s)?(?:[\\p{L}-]{1,30}\\s){0,3}${ROLE}\\b`,
  'iu',
);
const CREDENTIAL_AFTER = /^,?\s(?:MD|DO|RN|NP|PA-C|PhD|FRCP|MRCP|FRCS|MBBS|DNP|PharmD)\b/;
const DR_BEFORE = /\b(?:dr|doctor|prof|professor|dra|docteur|doktor)\.?\s$/i;

function isProfessionalMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 60);
  return DR_BEFORE.test(before) || ROLE_BEFORE.test(before) || ROLE_AFTER.test(after) || CREDENTIAL_AFTER.test(after);
}

// The post itself says the person is well known ("it takes someone famous saying it out loud").
const WELL_KNOWN =
  /\b(?:someone\s+(?:so\s+)?(?:famous|well-known|in\s+the\s+public\s+eye)|alguien\s+(?:tan\s+)?(?:conocid[oa]|famos[oa])|quelqu'un\s+de\s+(?:connu|celebre|public)|jemand\s+(?:so\s+)?(?:bekanntes|beruhmtes|prominentes))\b/i;

// Whether the post says someone is well known: every candidate name of a post asks it of the same text.
const saysWellKnown = forLastText((text) => WELL_KNOWN.test(text));

function isFamousName(name: string): boolean {
  return PUBLIC_FIGURE.test(name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' '));
}

/** "the Selena Gomez doc, the kidney she got from her friend Francia Raisa": a famous person's circle is public too. */
function isFamousPersonsRelation(text: string, at: number, cue: string): boolean {
  return /^(?:his|her|their)\s/i.test(cue) && isFamousName(sentenceText(text, at));
}

// "her friend Francia Raisa" right after a famous name: someone in that person's public story.
const THEIR_PERSON_BEFORE =
  /\b(?:his|her|their)\s+(?:best\s+)?(?:friend|wife|husband|partner|son|daughter|mother|father|mum|mom|dad|sister|brother|fiance|fiancee|boyfriend|girlfriend|donor|bandmate|co-?star)\s?,?\s$/i;

function isPublicFigure(text: string, start: number, end: number, name: string): boolean {
  if (isFamousName(name) || saysWellKnown(text)) return true;
  const sentence = sentenceText(text, start, end);
  if (PUBLIC_CONTEXT.test(sentence)) return true;
  return THEIR_PERSON_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && isFamousName(sentence);
}

// A family member or friend named by the relationship: "my sister", "our son", "mi hermana".
const RELATIVE_CUE = /^(?:my|our|his|her|their|mi|mis|su|nuestr[oa]|ma|mon|notre|meine?|unsere?|minha|meu|nossa|nosso|dona)\s/i;
// "His name was Rohan Kapoor": nobody introduces a famous person by their name.
const NAME_GIVEN_CUE = /^name(?:\s+(?:is|was)|'s)\b/i;

function bareWord(token: string): string {
  return token.replace(/['’]s$/i, '').toLowerCase();
}

/** Where a name token ends without its possessive: "Okafor's" ends before the "'s". */
function nameEnd(token: string, end: number): number {
  return end - (/['’]s$/.test(token) ? 2 : 0);
}

/** All capitals, two letters or more: an acronym far more often than a shouted name. */
function isAllCaps(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

// Words the generated given-name lexicon holds (from some locale or a film's credits) that in a post are
// almost always just words: "Sister Maureen", "General Hospital", "London Road".
const NOT_A_GIVEN_NAME = new Set(
  `to can come man said sir even guy long name fine lot baby else job haven idea alone mine chance aren gun line
  sister brother mother father mama papa mum mom dad nan gran granny grandma grandpa aunt auntie uncle till promise
  beat king ha general major floor honor honour judge angel america brain kick green art jail nine brown tea heaven
  river queen innocent price beg london prince sky de stone princess bell justice junior bless among buck lane
  chase grant german sydney storm fortune mate pie pink mac france kitty miracle amen dies golden royal da destiny
  per mile diamond desire wolf bang loan soda trace forest virgin el nail florida hunter bars tone toy charity
  crystal christian ace noble flip ward gal jet marine dame unique pit sire loyal clay jazz divine ford sante nurse
  doctor coach teacher officer pastor saint bishop baron duke earl lord lady madam miss master captain sergeant
  private major colonel santa christ jesus god le la les el los las der die das juste`.split(/\s+/),
);

function isGivenName(token: string): boolean {
  const word = bareWord(token);
  return GIVEN_NAMES.has(word) && !NOT_A_GIVEN_NAME.has(word);
}

/** A given name that is never a family name ("Kelly" is both: "Nurse Kelly" may be either). */
function isOnlyGivenName(token: string): boolean {
  const word = bareWord(token);
  return GIVEN_NAMES.has(word) && !SURNAMES.has(word);
}

function isSurnameLike(token: string): boolean {
  const word = bareWord(token);
  return word.length >= 2 && !NOT_SURNAME.has(word);
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Enough to hold a post and show the author what to fix; more only costs time on pathological input.
const MAX_NAME_HITS = 50;

function detectCapitalisedNames(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const seq of scan.matchAll(CAP_SEQUENCE)) {
    if (hits.length >= MAX_NAME_HITS) return;
    const tokens: Token[] = [];
    for (const t of seq[0].matchAll(CAP_TOKEN)) {
      tokens.push({ text: t[0], start: seq.index + t.index, end: seq.index + t.index + t[0].length });
    }
    for (let i = 0; i + 1 < tokens.length; i++) {
      const given = tokens[i];
      if (given === undefined || !isGivenName(given.text)) continue;
      // Skip middle names to find the family name ("Margaret Ellen Shaw").
      let j = i + 1;
      while (j + 1 < tokens.length && isGivenName(tokens[j]?.text ?? '') && isSurnameLike(tokens[j + 1]?.text ?? '')) j++;
      const family = tokens[j];
      if (family === undefined || !isSurnameLike(family.text)) continue;
      if (tokens.slice(j + 1, j + 3).some((t) => NOT_SURNAME.has(bareWord(t.text)))) break;
      // All-caps words are acronyms far more often than shouted names.
      if (isAllCaps(family.text) && !isAllCaps(given.text)) continue;
      const start = given.start;
      const end = nameEnd(family.text, family.end);
      const name = text.slice(start, end);
      if (isProfessionalMention(text, start, end) || isPublicFigure(text, start, end, name)) break;
      hits.push(hit('person_name', start, end, 0.8));
      break;
    }
  }
}

// Courtesy and role titles that make a bare surname a name ("Mr. Alvarez", "Nurse Whitley", "Coach Ramirez").
const TITLE_SURNAME = pattern(new RegExp(
  `\\b(?:(?:Mr|Mrs|Ms|Mx|Mister|Missus|Sr|Sra|Srta|Senor|Senora|Senorita|Signor|Signora|Dona|Mme|Mlle|Madame|Monsieur|Mademoiselle|Herr|Frau|Rev|Reverend|Pastor|Father|Sister|Brother|Officer|Judge|Coach|Nurse|Teacher|Miss)\\.?|(?:nurse|coach|señor|senor|señora|senora|monsieur|madame))\\s(${CAP_WORD})`,
  'gu',
));
const TITLE_NOT_SURNAME = new Set(
  `practitioner practitioners educator specialist manager consultant practice navigator coordinator lead station
  bank team day unit right christmas nature universe president mom mum dad teresa`.split(/\s+/),
);
// Titles after which a given name alone is a familiar address, not a surname ("Nurse Kelly", "Frau Anna").
const FAMILIAR_TITLES = /^(?:nurse|coach|sister|brother|father|frau|herr|teacher|pastor|madame|monsieur)/i;

const WARD_AFTER = /^,?\s(?:on|from|in|at)\s(?:the\s)?(?:[\w-]{1,30}\s){0,2}(?:ward|unit|department|team|clinic|theatre|icu|a&e)\b/i;

const PRIVATE_ROLE_BEFORE = /\b(?:patient|client|resident|neighbou?r|service\s+user)s?\b[^.!?]{0,30}$/i;

function detectTitledSurnames(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(TITLE_SURNAME)) {
    const surname = m[1] ?? '';
    const word = bareWord(surname);
    if (TITLE_NOT_SURNAME.has(word) || NOT_SURNAME.has(word)) continue;
    const title = m[0].slice(0, m[0].length - surname.length).trim();
    const surnameStart = m.index + m[0].length - surname.length;
    // "Nurse Kelly" or "Frau Anna" may be a first name: only a following family name makes it a full name.
    if (FAMILIAR_TITLES.test(title) && isOnlyGivenName(surname)) {
      const next = /^\s(\p{Lu}[\p{Ll}'-]{1,24})/u.exec(text.slice(surnameStart + surname.length));
      if (!next || !isSurnameLike(next[1] ?? '')) continue;
    }
    // "my sister Anna" is a relationship, not a title.
    if (/^(?:Sister|Brother|Father)$/.test(title) && /\b(?:my|our|his|her|their|your)\s$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "Paeds nurse PSA: fever": an acronym after a title written in lower case is not a surname.
    if (isAllCaps(surname) && !/^\p{Lu}{2,}/u.test(title)) continue;
    if (/^(?:Frau|Herr)$/.test(title) && /\b(?:meine|meiner|mein|seine|ihre)\s$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const end = nameEnd(surname, surnameStart + surname.length);
    // "I had a patient on the ward, Mr. Hollis, who asked me to read him the cricket scores": a patient or
    // neighbour is private whatever the sentence says about sport or the news.
    const privatePerson = PRIVATE_ROLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (privatePerson ? isFamousName(text.slice(m.index, end)) : isPublicFigure(text, m.index, end, text.slice(m.index, end))) continue;
    // "Mr. Balakrishnan, my surgeon", "Sister Maureen on the stroke unit": staff named in their role.
    if (isProfessionalMention(text, m.index, end)) continue;
    if (/^Sister$/.test(title) && isGivenName(surname) && WARD_AFTER.test(text.slice(end, end + 40))) continue;
    hits.push(hit('person_name', m.index, end, 0.85));
  }
}

// "The Okonkwos two doors down", "the Lindqvists' baby": a family surname that names a household.
const HOUSEHOLD = pattern(/\b[Tt]he\s(\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}{2,20})?)s(?:'|\b)/gu);
const HOUSEHOLD_CONTEXT =
  /^(?:'|,\s+who\b|\s+who\s+(?:took|have|had|live|brought|helped)|\s+(?:have|had|are|were|will|would)\s+(?:offered|been|kindly|said|sent|brought|taken|invited|helped|agreed|promised|set\s+up|started|organi[sz]ed)|\s+(?:offered|brought|sent|invited|helped|came|took|organi[sz]ed|started)\b|\s(?:at\s+the\s+(?:end|top|bottom|corner)\s+of\s+(?:our|the|my)|on\s+(?:our|my)\s+(?:road|street|close|lane)|from\s+(?:church|number\s+\d)|next\s+door|(?:two|three|four|a\s+few)\s+doors|across\s+the|down\s+the|up\s+the|over\s+the\s+road|family|household|kids|children|baby|son|daughter|boy|girl|twins|little|have\s+been|had\s+us|invited|next-door|in\s+(?:your|our|my)\s+(?:thoughts|prayers)|from\s+(?:our|my|the)\s+(?:nicu|ward|unit|group|clinic|church|school|street|road)\b|(?:just|finally|kindly|have\s+just)\s+(?:offered|brought|sent|invited|helped|took|organi[sz]ed|started)))/i;
const NOT_HOUSEHOLD = new Set(
  `american brit canadian aussie kiwi scot dane swede german french spanish mormon democrat republican beatle stone
  monday tuesday wednesday thursday friday saturday sunday christian muslim jew catholic baptist methodist quaker
  olympic oscar grammy giant yankee packer eagle bear jet ranger patriot cowboy doctor nurse parent friend kid twin
  simpson smith kardashian`.split(/\s+/),
);

// "The Varghese family from church", "la familia Ortega": the word "family" makes a surname a household.
const FAMILY = pattern(
  /\b(?:[Tt]he\s(\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}{2,20})?)\s(?:family|household)|(?:la\s+familia|la\s+famille|die\s+familie|der\s+familie)\s(\p{Lu}\p{Ll}{2,20}))\b/gu,
);
// "the Macmillan family support team" names a service, not a household.
const FAMILY_SERVICE = /^\s(?:support|liaison|room|rooms|centre|center|house|trust|fund|foundation|services?|team|planning|history|doctor|medicine|practice|law|court|therapy|therapist|nurse|worker|hub|day)\b/i;

// "Prayers for the Brennans": a household someone asks the group to think of.
const PRAYED_FOR = /\b(?:prayers?|praying|pray|thinking|thoughts|love|hugs|sending\s+\w{1,20})\s+(?:for|of|to)\s$/i;

/** A surname that may name a household: not a nationality, team or faith, a title word, or only a given name. */
function mayNameHousehold(stem: string): boolean {
  return !NOT_HOUSEHOLD.has(stem) && !NOT_SURNAME.has(stem) && !isOnlyGivenName(stem);
}

function detectHouseholds(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(FAMILY)) {
    const surname = m[1] ?? m[2] ?? '';
    const stem = surname.toLowerCase();
    const end = m.index + m[0].length;
    if (!mayNameHousehold(stem) || FAMILY_SERVICE.test(text.slice(end, end + 20))) continue;
    if (COMMON_WORDS.has(stem) && !SURNAMES.has(stem)) continue;
    // "The Varghese family": after "The "; "la familia Ortega": at the end.
    const start = m[1] !== undefined ? m.index + 4 : end - surname.length;
    if (isPublicFigure(text, start, start + surname.length, surname)) continue;
    hits.push(hit('person_name', start, start + surname.length, 0.75));
  }
  for (const m of scan.matchAll(HOUSEHOLD)) {
    const stem = (m[1] ?? '').toLowerCase();
    if (!mayNameHousehold(stem)) continue;
    const end = m.index + m[0].length;
    const prayedFor = PRAYED_FOR.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (!prayedFor && !HOUSEHOLD_CONTEXT.test(text.slice(end - (m[0].endsWith("'") ? 1 : 0), end + 30))) continue;
    hits.push(hit('person_name', m.index + 4, end, 0.75));
  }
}

// Self-introductions and introductions in any case: "my name is lucia fernandez", "Ich heiße Anna Weber".
const INTRO = pattern(
  /\b(?:my\s+name\s+is|my\s+name's|i\s+am|i'm|im|this\s+is|called|named|me\s+llamo|mi\s+nombre\s+es|soy|je\s+m'appelle|je\s+suis|ich\s+heisse|ich\s+heiße|ich\s+bin|mein\s+name\s+ist|friend|mate|pal|buddy|cousin|aunt|uncle|nephew|niece|colleague|boss|boyfriend|girlfriend|fiance|fiancee|son|daughter|husband|wife|partner|mum|mom|dad|brother|sister|grandson|granddaughter|neighbou?r)\s([A-Za-z\u00c0-\u024f'-]{2,24})\s([A-Za-z\u00c0-\u024f'-]{2,24})/gi,
);
const COMMON_LOWER = new Set(
  `and the a an is was has had have who with from in on at to for of but so he she they we it its my his her our
  their this that just still also now here there been being very really so too not no yes back home here today
  tomorrow yesterday again newly recently currently finally always never sometimes about after before over under
  because since while though although diagnosed living dealing struggling going trying looking waiting hoping
  writing posting asking feeling doing getting caring taking on off up down out into onto y e o de la el los las
  del en con por para que et le les des du au aux est und der die das ist mit von zu im am`.split(/\s+/),
);

function detectIntroducedNames(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(INTRO)) {
    const first = m[1] ?? '';
    const second = m[2] ?? '';
    if (!isGivenName(first) || COMMON_LOWER.has(second.toLowerCase()) || !isSurnameLike(second)) continue;
    // German "im Mai einen Infarkt" is not "I'm Mai Einen".
    if (OTHER_LANGUAGE_WORDS.has(second.toLowerCase())) continue;
    // "my daughter Zainab passed", "your partner will be": an everyday word is not a family name.
    if (COMMON_WORDS.has(second.toLowerCase()) && !SURNAMES.has(second.toLowerCase())) continue;
    if (first === first.toLowerCase() && EVERYDAY_GIVEN.has(first)) continue;
    if (GIVEN_NAMES.has(second.toLowerCase()) && second === second.toLowerCase()) continue;
    // "my friend jess texted", "my son lucas swims": in lower case, a verb's ending outweighs its shape.
    if (second === second.toLowerCase() && !SURNAMES.has(second) && !isUnknownWord(second)) continue;
    // Capitalised pairs are handled (with their exemptions) by detectCapitalisedNames.
    if (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) continue;
    const start = m.index + m[0].length - first.length - 1 - second.length;
    const end = m.index + m[0].length;
    if (isProfessionalMention(text, start, end)) continue;
    hits.push(hit('person_name', start, end, 0.7));
  }
}

// Under a case-insensitive match a capitalised-word pattern matches any word anyway; this one is the
// same shape in plain ASCII-plus-Latin classes, which V8 matches several times faster than /iu.
const LATIN = 'A-Za-z\\u00c0-\\u024f';
const ANY_CASE_WORD = `[${LATIN}](?:[${LATIN}]{1,24}(?:[-'’][${LATIN}]{1,20}){0,2})(?:[${LATIN}]{1,20})?`;

// Context that announces a person, so even a given name missing from the lexicon counts:
// "my friend Carla Mendes", "name on the case says Priya Venkataraman", "Patient: Tomasz Zielinski".
const PERSON_CUE = pattern(new RegExp(
  `(?:\\b(?:my|our|his|her|their)\\s+(?:best\\s+)?(?:friend|mate|neighbou?r|son|daughter|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|brother|sister|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|colleague|boss|flatmate|roommate|carer|patient|client|student|mum|mom|dad|mother|father|grandma|grandmother|grandad|grandfather|stepdad|stepmum|stepson|stepdaughter|baby|twins?),?|\\b(?:mi|mis|su|nuestr[oa]|ma|mon|notre|meine?|unsere?)\\s+(?:vecin[oa]|amig[oa]|herman[oa]|hij[oa]|madre|padre|espos[oa]|marido|abuel[oa]|ti[oa]|prim[oa]|sobrin[oa]|companer[oa]|voisine?|amie?|soeur|frere|fille|fils|mere|pere|mari|femme|tante|oncle|cousine?|collegue|nachbar(?:in)?|freundin|freund|schwester|bruder|tochter|sohn|mutter|vater|oma|opa|onkel|kollegin|kollege),?|\\b(?:minha|meu|nossa|nosso)\\s+(?:vizinh[oa]|amig[oa]|irma|irmao|filh[oa]|mae|pai|marido|esposa|mulher|avo|tia|tio|prim[oa]|sogr[oa]|colega),?|\\b(?:name\\s+(?:is|was)|name's|named|called|i'm|i\\s+am|this\\s+is|says|pray\\s+for|patient|name|nombre|nom|dona|me\\s+llamo|je\\s+m'appelle|ich\\s+heisse|ich\\s+heiße|mein\\s+name\\s+ist)\\s?:?)\\s(${ANY_CASE_WORD})\\s(${ANY_CASE_WORD})`,
  'gi',
));

function detectCuedNames(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  for (const m of scan.matchAll(PERSON_CUE)) {
    const first = m[1] ?? '';
    const second = m[2] ?? '';
    const relative = RELATIVE_CUE.test(m[0]) || NAME_GIVEN_CUE.test(m[0]);
    // The cue is matched case-insensitively; the name itself must be capitalised, unless a relation
    // introduces two words no lexicon knows, typed all in one case: "my friend maddie oyelaran",
    // "MY COUSIN MEHWISH SIDDIQUI".
    const capitalised = /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second) && !isAllCaps(first) && !isAllCaps(second);
    if (!capitalised && !(relative && isUncasedUnknownPair(m[0], first, second))) continue;
    if (NOT_SURNAME.has(bareWord(first)) || !isSurnameLike(second)) continue;
    if (COMMON_LOWER.has(first.toLowerCase())) continue;
    const end = nameEnd(second, m.index + m[0].length);
    const start = m.index + m[0].length - second.length - 1 - first.length;
    if (isProfessionalMention(text, start, end)) continue;
    // "My sister Rebecca Thornbury ran it in his old rugby shirt": a relative is private, whatever the
    // sentence says about sport or books; only a famous name itself is exempt.
    if (relative ? isFamousName(text.slice(start, end)) || isFamousPersonsRelation(text, m.index, m[0]) : isPublicFigure(text, start, end, text.slice(start, end))) continue;
    hits.push(hit('person_name', start, end, 0.75));
  }
}

/**
 * Two words after a relation, typed in one case, that are no everyday word: a name the lexicons lack.
 * A first word ending in -s is more likely a verb ("my son loves ...") unless it is a known given name.
 */
function isUncasedUnknownPair(match: string, first: string, second: string): boolean {
  if (match !== match.toLowerCase() && match !== match.toUpperCase()) return false;
  const given = first.toLowerCase();
  const family = second.toLowerCase();
  if (given.endsWith('s') && !GIVEN_NAMES.has(given)) return false;
  return (isUnknownWord(given) || (GIVEN_NAMES.has(given) && !EVERYDAY_GIVEN.has(given))) && isUnknownWord(family) && !GIVEN_NAMES.has(family);
}

// Given names that are everyday words too: in lower case they need more than a surname-like neighbour.
const EVERYDAY_GIVEN = new Set(
  `will may can june april august mark bill rose grace hope faith joy dawn summer autumn amber ruby pearl jade sky
  river rain storm angel art ray guy jack frank sue pat max chase hunter heath glen dale wade miles earl duke king
  prince major bishop cliff rocky sunny lily daisy ivy holly iris violet poppy penny sandy rusty dusty buddy
  christian sterling royal drew don bob rob sam ted tom van page lane reed wood park hall young long star blue
  ash bay bear bird brook cole crystal destiny harmony honey ivory jean jewel kitty lemon love lucky marina misty
  pepper precious rowan saint shadow sharp sugar sweet tiger sage rich chance price noble carter mason
  cash gray grey gene chip kit nick pip tiny`.split(/\s+/),
);

/** A family name in lower case: a known surname that is not an everyday word, or a clearly name-shaped token. */
function isLowercaseSurname(word: string): boolean {
  if (COMMON_WORDS.has(word) || COMMON_LOWER.has(word) || word.length < 3) return false;
  if (SURNAMES.has(word)) return true;
  const parts = word.split('-');
  if (parts.length === 2 && !WORD_PREFIX.has(parts[0] as string) && parts.every((p) => SURNAMES.has(p) || (p.length >= 3 && !COMMON_WORDS.has(p)))) return true;
  return /^(?:mc|mac|o')[a-z]{3,}$/.test(word);
}

// "pre-auth", "post-op", "non-urgent": a prefix and a word, not a double-barrelled name.
const WORD_PREFIX = new Set(['pre', 'post', 'non', 'anti', 'self', 'semi', 'sub', 'multi', 'over', 'under', 'inter', 'mid', 'ultra', 'mini', 'half', 'co', 're', 'ex']);

// "shoutout to tasha mckinley", "MY NAN BRIDGET O'LEARY": names typed without capitals, or all in capitals.
function detectUncapitalisedNames(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return;
  // Only a token right after a known given name is examined, and a token is cut out of the text only
  // when its hash is in LOWER_GIVEN_HASHES, so most tokens cost a walk over their letters.
  let givenWord = '';
  let givenStart = -1;
  let i = 0;
  while (i < lower.length) {
    if (!isLowerLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    // A token: a letter, then up to 30 letters, hyphens or apostrophes ("o'leary", "vasquez-reilly").
    let hash = wordHash(HASH_SEED, lower.charCodeAt(i));
    let hashBeforeLastTwo = HASH_SEED;
    let j = i + 1;
    while (j < lower.length && j - i <= 30) {
      const code = lower.charCodeAt(j);
      if (!isLowerLetter(code) && code !== 0x27 && code !== 0x2d) break;
      if (code === 0x27) hashBeforeLastTwo = hash;
      hash = wordHash(hash, code);
      j++;
    }
    if (j - i < 2) {
      i = j;
      continue;
    }
    if (hits.length >= MAX_NAME_HITS) return;
    const possessive = lower.charCodeAt(j - 2) === 0x27 && lower.charCodeAt(j - 1) === 0x73;
    const wordEnd = possessive ? j - 2 : j;
    const followsGiven = givenStart >= 0 && i === givenStart + givenWord.length + 1 && lower.charCodeAt(i - 1) === 0x20;
    const mayBeGiven = mayBeGivenHash(possessive ? hashBeforeLastTwo : hash);
    const word = followsGiven || mayBeGiven ? lower.slice(i, wordEnd) : '';
    if (followsGiven && isUncapitalisedName(text, givenStart, wordEnd, givenWord, word)) hits.push(hit('person_name', givenStart, wordEnd, 0.7));
    givenStart = -1;
    if (mayBeGiven && LOWER_GIVEN.has(word)) {
      givenWord = word;
      givenStart = i;
    }
    i = j;
  }
}

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

// Given names that may start a lower-case name: not everyday words ("will", "rose") nor words of other languages.
const LOWER_GIVEN: ReadonlySet<string> = new Set(
  [...GIVEN_NAMES].filter((w) => !EVERYDAY_GIVEN.has(w) && !COMMON_LOWER.has(w) && !OTHER_LANGUAGE_WORDS.has(w)),
);

// One bit per hash bucket of LOWER_GIVEN (FNV-1a, 2^16 buckets): an 8 KB filter that rules out most
// words before a set lookup. The scan above hashes each word as it walks it.
const HASH_SEED = 0x811c9dc5;
const HASH_BITS = 16;
function wordHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
const LOWER_GIVEN_HASHES = new Uint32Array(1 << (HASH_BITS - 5));
function hashBit(hash: number): { word: number; mask: number } {
  const bucket = hash >>> (32 - HASH_BITS);
  return { word: bucket >>> 5, mask: 1 << (bucket & 31) };
}
function mayBeGivenHash(hash: number): boolean {
  const { word, mask } = hashBit(hash);
  return ((LOWER_GIVEN_HASHES[word] ?? 0) & mask) !== 0;
}
for (const name of LOWER_GIVEN) {
  let hash = HASH_SEED;
  for (let k = 0; k < name.length; k++) hash = wordHash(hash, name.charCodeAt(k));
  const { word, mask } = hashBit(hash);
  LOWER_GIVEN_HASHES[word] = (LOWER_GIVEN_HASHES[word] ?? 0) | mask;
}

// Thanks, shout-outs and relations name a person: "big thanks to dominic achterberg", "shoutout to tasha
// mckinley", "asking for my friend maddie oyelaran".
const NAMED_BEFORE =
  /\b(?:thanks?\s+(?:you\s+)?to|thank\s+you|shout-?\s?out\s+to|grateful\s+to|kudos\s+to|props\s+to|(?:my|our|his|her)\s+(?:best\s+)?(?:friend|mate|neighbou?r|colleague|cousin|flatmate|roommate|partner|boyfriend|girlfriend|fiancee?|son|daughter|husband|wife|mum|mom|dad|mother|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|sister|brother|aunt|auntie|uncle|niece|nephew|grandson|granddaughter|stepdad|stepmum|stepmom))\s$/i;

/** A word no lexicon knows as an everyday word, so after a known given name it is most likely a family name. */
function isUnknownWord(word: string): boolean {
  // "my daughter said texting ...", "my son lucas swims": an -ing, -ed or -s form the lexicon lacks is
  // still a verb (but "papadopoulos", "dimitrakis" and "lucas" end like names).
  if (/(?:ing|ed|[^aeiou]es|[^aeiosu]s)$/.test(word)) return false;
  return /^[a-z][a-z'-]{3,24}$/.test(word) && !COMMON_WORDS.has(word) && !COMMON_LOWER.has(word) && !OTHER_LANGUAGE_WORDS.has(word);
}

function isUncapitalisedName(text: string, start: number, end: number, given: string, family: string): boolean {
  const original = text.slice(start, end);
  const upper = original === original.toUpperCase();
  // Capitalised pairs are left to detectCapitalisedNames, which knows their exemptions.
  if (!upper && original !== original.toLowerCase()) return false;
  if (OTHER_LANGUAGE_WORDS.has(family)) return false;
  if (upper && COMMON_WORDS.has(given) && !SURNAMES.has(family)) return false;
  if (!isLowercaseSurname(family) && !(NAMED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && isUnknownWord(family))) return false;
  return !isProfessionalMention(text, start, end) && !isPublicFigure(text, start, end, original);
}

// "Her surname is Whitcombe now she's married. First name Louise.": a family name given outright.
const SURNAME_GIVEN = pattern(
  /\b(?:[Hh]er|[Hh]is|[Mm]y|[Oo]ur|[Tt]heir)\s+(?:surname|last\s+name|family\s+name|maiden\s+name)\s+(?:is|was|'s)\s+(\p{Lu}\p{Ll}{2,24}(?:-\p{Lu}\p{Ll}{2,24})?)\b/gu,
);

function detectGivenSurnames(scan: TextScan, hits: Hit[]): void {
  for (const m of scan.matchAll(SURNAME_GIVEN)) {
    const surname = m[1] ?? '';
    const start = m.index + m[0].length - surname.length;
    hits.push(hit('person_name', start, start + surname.length, 0.75));
  }
}

export function detectNames(scan: TextScan): Hit[] {
  const hits: Hit[] = [];
  detectUncapitalisedNames(scan, hits);
  detectCapitalisedNames(scan, hits);
  detectTitledSurnames(scan, hits);
  detectHouseholds(scan, hits);
  detectIntroducedNames(scan, hits);
  detectCuedNames(scan, hits);
  detectGivenSurnames(scan, hits);
  return hits;
}
