// E-mail addresses (plain and obfuscated), off-platform handles and links to personal pages.
// Candidates are anchored on a rare character or word ("@", "at", a TLD) and expanded with bounded
// scans, so a post made of thousands of "@" or "a." cannot make the scan quadratic.
import type { Hit } from '../hit.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { OTHER_LANGUAGE_WORDS } from '../lexicon/other-languages.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { hit } from '../hit.js';
import { sentenceText } from '../text.js';
import { pattern, type TextScan } from '../scan.js';

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const MAX_LOCAL = 64;
const MAX_CANDIDATES = 500;

const TLDS =
  'com|net|org|edu|gov|mil|int|info|biz|io|co|me|uk|us|ca|au|nz|ie|in|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pt|pl|br|mx|ar|za|jp|cn|kr|sg|hk|app|dev|page|site|blog|online|health|care|email|mail|xyz|ly|tv|link|live|gl|gg|ms|ai';
const TLD_SET = new Set(TLDS.split('|'));
const PROVIDERS = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'yahoo', 'ymail', 'icloud', 'me', 'mac', 'aol', 'proton',
  'protonmail', 'pm', 'gmx', 'web', 'orange', 'wanadoo', 'free', 'laposte', 'sfr', 'btinternet', 'sky', 'virginmedia',
  'comcast', 'verizon', 'att', 'tutanota', 'zoho', 'mail', 'yandex', 'rediffmail', 'bigpond', 'example', 't-online',
]);

// Local parts that name a role or a department rather than a person.
const ROLE_LOCAL =
  /^(?:info|contact|contactus|hello|help|helpline|support|enquiries|enquiry|inquiries|admin|office|team|volunteers?|volunteering|press|media|news|referrals?|appointments?|bookings?|reception|patientrelations|patient\.?relations|pals|complaints|feedback|services?|clinic|pharmacy|research|trials?|studies|donations?|fundraising|events?|membership|members|careers|jobs|hr|billing|accounts|records|medicalrecords|privacy|dpo|webmaster|noreply|no-reply|secretary|coordinator|groups?|community|forum|moderators?|mods|nurses?|advice|ask|care|carers|families|parents|youth|school|schools|education|training|general|main|mail)$/i;

// An organisation named around an address ("the hospital's patient relations office takes emails at ...").
const ORG_CONTEXT =
  /\b(?:charity|charity's|society|foundation|association|trust|organi[sz]ation|office|department|dept|team|hospital|hospital's|clinic|clinic's|centre|center|service|inbox|helpdesk|practice|pharmacy|council|nhs|official|organising|organizers?|organisers?)\b/i;
const PERSONAL_CONTEXT =
  /\b(?:e-?mail\s+me|mail\s+me|write\s+(?:to\s+)?me|reach\s+me|contact\s+me|message\s+me|my\s+(?:own\s+|personal\s+|private\s+|work\s+)?(?:e-?mail|address|inbox|gmail)|(?:his|her|their)\s+(?:own\s+|personal\s+|private\s+)?(?:e-?mail|address)|personal\s+(?:e-?mail|address)|directly|escribeme|escribanme|mi\s+correo|mon\s+(?:e-?mail|adresse|courriel)|ecrivez-moi|meine\s+(?:e-?mail|adresse)|schreibt?\s+mir)\b/i;

function isOrganisationalEmail(text: string, start: number, end: number, local: string): boolean {
  const sentence = sentenceText(text, start, end);
  const roleMailbox = ROLE_LOCAL.test(local);
  // "Their address is support@...": a role mailbox is the organisation's unless the author offers it as theirs.
  if (roleMailbox && !/\b(?:me|my|mi|mon|meine|mir)\b/i.test(sentence)) return true;
  if (PERSONAL_CONTEXT.test(sentence)) return false;
  if (roleMailbox) return true;
  // "rosa.morales@..." names a person, wherever she works.
  return !isFullNameLocal(local) && ORG_CONTEXT.test(sentence);
}

function isFullNameLocal(local: string): boolean {
  const parts = local.toLowerCase().split(/[._-]/);
  return parts.length === 2 && GIVEN_NAMES.has(parts[0] ?? '') && (parts[1]?.length ?? 0) >= 3 && !/\d/.test(local);
}

function scanBack(text: string, from: number, allowed: RegExp, max: number): number {
  let i = from;
  while (i > 0 && from - i < max && allowed.test(text[i - 1] ?? '')) i--;
  return i;
}

const DOMAIN_AT = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/uy;

function detectPlainEmails(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  let from = 0;
  let seen = 0;
  let lastEnd = 0;
  while (seen < MAX_CANDIDATES) {
    const at = text.indexOf('@', from);
    if (at < 0) return;
    seen++;
    from = at + 1;
    let start = scanBack(text, at, LOCAL_CHAR, MAX_LOCAL);
    start = Math.max(start, lastEnd);
    while (start < at && '.-+'.includes(text[start] ?? '')) start++;
    if (start === at) continue;
    DOMAIN_AT.lastIndex = at + 1;
    const domain = DOMAIN_AT.exec(text);
    if (!domain) continue;
    let end = at + 1 + domain[0].length;
    while (text[end - 1] === '.' || text[end - 1] === '-') end--;
    const tld = text.slice(text.lastIndexOf('.', end - 1) + 1, end).toLowerCase();
    if (!/^[a-z]{2,12}$/.test(tld)) continue;
    lastEnd = end;
    from = end;
    const local = text.slice(start, at);
    if (isOrganisationalEmail(text, start, end, local)) continue;
    hits.push(hit('email', start, end, 0.97));
  }
}

// "name (at) example (dot) com", "x[at]y[dot]com", "name dot surname at gmail", "arroba", "arobase".
const AT_MARKER = /\s*[[({<]\s*(?:at|arroba|arobase|@)\s*[\])}>]\s*|\s+(?:at|arroba|arobase|chez|bei)\s+/giy;
const AT_SEARCH = pattern(/[[({<]\s*(?:at|arroba|arobase|@)\s*[\])}>]|\s(?:at|arroba|arobase)\s/gi);
const DOT_MARKER = /\s*[[({<]\s*(?:dot|punto|point|punkt)\s*[\])}>]\s*|\s+(?:dot|punto|point|punkt)\s+|\./iy;
const LABEL = /[\p{L}\p{N}-]{1,63}/uy;
const SPOKEN_DOT_BEFORE = /\s(?:dot|punto|point|punkt)\s$/i;

function detectObfuscatedEmails(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  let seen = 0;
  for (const m of scan.matchAll(AT_SEARCH)) {
    if (++seen > MAX_CANDIDATES) return;
    const markerStart = m.index;
    // Local part: one token, or several joined by spoken "dot".
    let localEnd = markerStart;
    while (localEnd > 0 && markerStart - localEnd < 2 && text[localEnd - 1] === ' ') localEnd--;
    let start = scanBack(text, localEnd, /[\p{L}\p{N}._+-]/u, MAX_LOCAL);
    if (start === localEnd) continue;
    let spokenParts = 0;
    while (spokenParts < 3) {
      const tail = text.slice(Math.max(0, start - 8), start);
      const spoken = SPOKEN_DOT_BEFORE.exec(tail);
      if (!spoken) break;
      const tokenEnd = start - spoken[0].length;
      const tokenStart = scanBack(text, tokenEnd, /[\p{L}\p{N}_+-]/u, 32);
      if (tokenStart === tokenEnd) break;
      start = tokenStart;
      spokenParts++;
    }
    AT_MARKER.lastIndex = markerStart;
    if (!AT_MARKER.exec(text)) continue;
    let pos = AT_MARKER.lastIndex;
    const labels: string[] = [];
    let end = pos;
    let spokenDots = 0;
    for (let i = 0; i < 5; i++) {
      LABEL.lastIndex = pos;
      const label = LABEL.exec(text);
      if (!label) break;
      labels.push(label[0].toLowerCase());
      end = pos + label[0].length;
      DOT_MARKER.lastIndex = end;
      const dot = DOT_MARKER.exec(text);
      if (!dot) break;
      if (dot[0] !== '.') spokenDots++;
      pos = DOT_MARKER.lastIndex;
    }
    const first = labels[0];
    const last = labels[labels.length - 1];
    if (first === undefined || last === undefined) continue;
    const local = text.slice(start, localEnd);
    const bracketed = /[[({<]/.test(m[0]);
    const hasTld = labels.length >= 2 && TLD_SET.has(last);
    const knownProvider = PROVIDERS.has(first) && first !== 'me' && first !== 'mail';
    // A bare English "at" is everywhere ("see you at noon"); require an address-like shape around it.
    const mailContext = /\b(?:e-?mail|mail|write|contact|reach|message|correo|courriel)\b/i.test(sentenceText(text, start));
    const addressLike =
      bracketed || spokenDots > 0 || spokenParts > 0 || /[._\d]/.test(local) || knownProvider || (hasTld && mailContext);
    if (!(hasTld || knownProvider) || !addressLike) continue;
    const massProvider = /^(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|protonmail|aol|gmx)$/.test(first);
    if (!hasTld && !massProvider && !/\b(?:e-?mail|mail|correo|courriel)\b/i.test(sentenceText(text, start))) continue;
    if (isOrganisationalEmail(text, start, end, local)) continue;
    hits.push(hit('email', start, end, bracketed || spokenDots > 0 ? 0.9 : 0.75));
  }
}

// An address the reader can rebuild from other clues: "same as my username, at the gmail service".
// The big webmail services, named in posts that tell how to rebuild an address.
const MAIL_SERVICES = String.raw`gmail|hotmail|yahoo|outlook|icloud|proton(?:mail)?|aol|gmx`;
const RECONSTRUCTABLE = [
  new RegExp(
    String.raw`\b(?:e-?mail|mail|address|inbox)\b[^.!?\n]{0,80}\b(?:user\s?name|screen\s?name|handle|forum\s+name|name\s+here)\b[^.!?\n]{0,80}\b(?:${MAIL_SERVICES}|example|mail\s+(?:service|provider))\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:user\s?name|screen\s?name|handle)\b[^.!?\n]{0,60}\b(?:at|@)\s+(?:the\s+)?(?:${MAIL_SERVICES}|[a-z0-9-]{2,63}\.(?:com|org|net|co\.uk|io|me))\b`,
    'gi',
  ),
  // "first part is my forum name (...), second part is example.org", "same name as on here, on example.com webmail",
  // "I'm sleepyhollowgirl on here and it's the same name at the big G mail provider".
  new RegExp(
    String.raw`\b(?:(?:forum|user|screen|display)\s?name|same\s+(?:user\s?name|name|handle)|name\s+(?:on\s+)?here)\b[^!?\n]{0,100}?\b(?:[a-z0-9-]{2,63}\.(?:com|org|net|co\.uk|io|me)|${MAIL_SERVICES}|g\s+mail|mail\s+(?:service|provider))\b`,
    'gi',
  ),
];
// The last pattern may name no mail service, so the post must be about reaching the author or name one.
const REACH_ME = pattern(new RegExp(
  String.raw`\b(?:reach|contact|e-?mail|webmail|mail|${MAIL_SERVICES}|write\s+to\s+me|drop\s+me|first\s+part|second\s+part|inbox)\b`,
  'i',
));

function detectReconstructableEmails(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  if (!/mail|gmail|yahoo|outlook|icloud|proton|aol|gmx|user\s?name|screen\s?name|handle|forum\s+name|name\s+(?:as\s+)?(?:on\s+)?here/i.test(text)) return;
  RECONSTRUCTABLE.forEach((re, i) => {
    if (i === RECONSTRUCTABLE.length - 1 && !scan.test(REACH_ME)) return;
    for (const m of text.matchAll(re)) hits.push(hit('email', m.index, m.index + m[0].length, 0.7));
  });
}

export function detectEmails(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  if (text.includes('@')) detectPlainEmails(scan, hits);
  detectObfuscatedEmails(scan, hits);
  detectReconstructableEmails(scan, hits);
  return hits;
}

// ---------------------------------------------------------------- handles

const PLATFORM = pattern(
  /\b(?:instagram|insta|ig|snapchat|snap|discord|telegram|signal|whatsapp|tiktok|tik\s?tok|twitter|facebook|fb|messenger|reddit|kik|wechat|skype|threads|mastodon|bluesky|bsky|youtube|twitch|tumblr|pinterest|linkedin|wickr|viber|session|line\s+id|x\.com|venmo|cash\s?app|paypal|patreon|ko-fi|strava|kik|sc(?=\s?:))\b/gi,
);
const HANDLE_TOKEN = /(?<![\p{L}\p{N}_.@])@?[\p{L}\p{N}][\p{L}\p{N}_.-]{1,29}(?:#\d{4})?/gu;
const HANDLE_STOPWORDS =
  /^(?:me|my|is|the|and|or|at|on|in|if|to|for|with|you|your|them|her|him|us|our|it|its|a|an|there|here|handle|username|user|name|profile|page|account|id|dm|dms|message|add|follow|find|search|group|chat|server|channel|called|same|too|also|as|please|pls|plz|anytime|number|instead|privately|easier|been|through|this|that|instagram|insta|snapchat|snap|discord|telegram|signal|whatsapp|tiktok|twitter|facebook|reddit|more|only)$/i;
const ON_PLATFORM_REPLY = /^@[\p{L}\p{N}_]+$/u;

function looksLikeHandle(token: string): boolean {
  const bare = token.replace(/^@/, '');
  if (HANDLE_STOPWORDS.test(bare) || bare.length < 3) return false;
  if (/^\d[\d\s-]*$/.test(bare)) return false;
  // Handles carry a marker a plain word doesn't: an @, underscore, dot, digits or a Discord tag.
  return token.startsWith('@') || /[_.#]|\d/.test(bare);
}

const REDDIT_USER = pattern(/(?<![\p{L}\p{N}/])\/?u\/[A-Za-z0-9_-]{3,20}\b/gu);
const DISCORD_TAG = pattern(/(?<![\p{L}\p{N}_#])[A-Za-z][A-Za-z0-9_.]{1,31}#\d{4}\b/gu);

// "@name" is an on-platform mention unless the post points off the forum: "I'm @cf_runs", "follow me on X".
const AT_HANDLE = pattern(/(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_][\p{L}\p{N}_.]{1,29}/gu);
const OFF_PLATFORM_CUE = pattern(
  /\b(?:follow\s+(?:me|us|her|him|them|along|my\s+[\w-]{1,20}'s\s+[\w-]{1,12})|add\s+me|find\s+me|look\s+me\s+up|hit\s+me\s+up|hmu|dm\s+me|message\s+me|(?:snap|sc|insta|ig|kik|tiktok|whatsapp|telegram)\s+me|my\s+(?:handle|account|page|username|user\s?name|ig|insta|snap|sc|tiktok|discord|telegram|kik|profile))\b|\b(?:schreib(?:t)?\s+mir|escribeme|escribanme|ecrivez-moi|ecris-moi|mandame)\b|\b(?:on|over\s+on)\sX\b/i,
);
// "DM me here on the forum, I'm @rosie" points at this forum, not off it.
const ON_THIS_FORUM = pattern(
  /\b(?:here\s+on\s+(?:the|this)\s+(?:forum|site|board|community)|on\s+(?:the|this)\s+forum|here\s+on\s+hearth|on\s+hearth|dm\s+me\s+here|message\s+me\s+here|here\s+as)\b/i,
);
const SELF_BEFORE = /\b(?:i'?m|i\s+am|me\s+(?:at|on)|(?:handle|username|user\s?name|account)(?:\s+is)?)[\s:]*$/i;

// "@clinic.org" ends in a domain; "@salty.and.standing" is a handle with dots in it.
const ENDS_IN_TLD = new RegExp(`\\.(?:${TLDS})$`, 'i');

function detectOffPlatformMentions(scan: TextScan, hits: Hit[]): void {
  const text = scan.text;
  let seen = 0;
  for (const m of scan.matchAll(AT_HANDLE)) {
    if (++seen > MAX_CANDIDATES) return;
    let end = m.index + m[0].length;
    while (text[end - 1] === '.') end--;
    // Part of an e-mail address: the e-mail detector owns it.
    if (text[end] === '@' || ENDS_IN_TLD.test(text.slice(m.index, end))) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const sentence = sentenceText(text, m.index, end);
    if (ON_THIS_FORUM.re.test(sentence)) continue;
    if (SELF_BEFORE.test(before) || OFF_PLATFORM_CUE.re.test(sentence)) {
      hits.push(hit('handle', m.index, end, 0.8));
    }
  }
}

// "We made a Discord ... add me there, username saltyandspinning", "snap me: sugarrush_mia09": a username
// given for an app the post invites readers to.
const USERNAME_GIVEN = pattern(
  /\b(?:(?:username|user\s?name|handle)(?:\s+is)?\s?[:-]?\s|add\s+me\s+(?:(?:there|on\s+there)\s?)?[(:]\s?|add\s+me[,!.]?\s+(?:i'?m|i\s+am|it'?s)\s|my\s+(?:snap|sc|insta|ig|tiktok|discord|telegram|kik)(?:\s+is)?\s?[:-]?\s|(?:snap|sc|insta|ig|kik|telegram|discord)\s+me\s?[:-]?\s)@?([\p{L}\p{N}_][\p{L}\p{N}_.]{3,29})/giu,
);
const ANY_PLATFORM = pattern(new RegExp(PLATFORM.re.source, 'i'));
// "we still snap every day (she's lil.bean.ana on there)": someone's account named in passing.
const NAMED_ON_APP = pattern(
  /\b(?:she'?s|he'?s|i'?m|they'?re|we'?re)\s+@?([\p{L}\p{N}_][\p{L}\p{N}_.]{3,29})\s+on\s+(?:there|snap|snapchat|insta|instagram|ig|tiktok|discord|telegram|twitter|threads)\b/giu,
);

function detectGivenUsernames(scan: TextScan, hits: Hit[]): void {
  if (!scan.test(ANY_PLATFORM) || scan.test(ON_THIS_FORUM)) return;
  for (const m of scan.matchAll(NAMED_ON_APP)) {
    const name = (m[1] ?? '').replace(/\.+$/, '');
    if (!looksLikeHandle(name)) continue;
    const start = m.index + m[0].indexOf(m[1] ?? '');
    hits.push(hit('handle', start, start + name.length, 0.8));
  }
  if (!scan.test(OFF_PLATFORM_CUE)) return;
  for (const m of scan.matchAll(USERNAME_GIVEN)) {
    const name = (m[1] ?? '').replace(/\.+$/, '');
    if (HANDLE_STOPWORDS.test(name) || (!looksLikeHandle(name) && COMMON_WORDS.has(name.toLowerCase()))) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    hits.push(hit('handle', start, start + name.length, 0.8));
  }
}

/** An everyday word, or its plural ("WhatsApp forwards"), in English or another language ("por WhatsApp para"). */
function isEverydayWord(word: string): boolean {
  return COMMON_WORDS.has(word) || OTHER_LANGUAGE_WORDS.has(word) || (word.endsWith('s') && COMMON_WORDS.has(word.slice(0, -1)));
}

const SELF_ON = /\b(?:i'?m|i\s+am|me|find\s+me)\s+on\s$/i;

export function detectHandles(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  if (text.includes('@')) detectOffPlatformMentions(scan, hits);
  detectGivenUsernames(scan, hits);
  for (const m of scan.matchAll(REDDIT_USER)) hits.push(hit('handle', m.index, m.index + m[0].length, 0.9));
  if (text.includes('#')) {
    for (const m of scan.matchAll(DISCORD_TAG)) hits.push(hit('handle', m.index, m.index + m[0].length, 0.85));
  }
  let seen = 0;
  for (const p of scan.matchAll(PLATFORM)) {
    if (++seen > MAX_CANDIDATES) break;
    const before = text.slice(Math.max(0, p.index - 12), p.index);
    // "Signal" and "snap" are ordinary words; only a capitalised or clearly app-like mention counts.
    if (/^(?:signal|snap|session|threads|line id|messenger)$/.test(p[0]) && !/\b(?:on|me\s+on|add\s+me\s+on|via)\s$/i.test(before)) continue;
    const windowStart = Math.max(0, p.index - 40);
    const sentence = sentenceText(text, p.index);
    // "I'm on Signal if anyone wants to talk ...: quietfern.07": after "me on", the handle may end the sentence.
    const selfOn = SELF_ON.test(before);
    const windowEnd = Math.min(text.length, p.index + p[0].length + (selfOn ? 160 : 50));
    const win = text.slice(windowStart, windowEnd);
    for (const t of win.matchAll(HANDLE_TOKEN)) {
      // A full stop or dash at the end closes the sentence; it is not part of a handle ("on Facebook sting.").
      const token = t[0].replace(/[.-]+$/, '');
      const start = windowStart + t.index;
      const end = start + token.length;
      if (!sentence.includes(token) || (start >= p.index && start < p.index + p[0].length)) continue;
      const between = text.slice(p.index + p[0].length, start);
      const directlyAfter = /^\s?(?:[:@-]|is|as|handle\s+is|username\s+is|name\s+is|id\s+is)?\s?@?$/i.test(between);
      // Unless a colon or "handle is" introduces it, an everyday word is the sentence going on ("photos on
      // Facebook sting", "our Discord is friendly").
      const plausible = /[:@]|handle|name|id/i.test(between) || !isEverydayWord(token.toLowerCase());
      if (!looksLikeHandle(token) && !(directlyAfter && plausible && start > p.index && !HANDLE_STOPWORDS.test(token.replace(/^@/, '')) && token.length >= 4)) continue;
      if (/^\+?\d/.test(token) || /\.(?:com|org|net)\b/i.test(token) || /@.+\./.test(token.slice(1)) && token.includes('@')) continue;
      // An e-mail address is reported by the e-mail detector.
      if (text[start - 1] === '@' || text[end] === '@') continue;
      hits.push(hit('handle', start, end, 0.85));
    }
  }
  return hits;
}

export function isOnPlatformMention(token: string): boolean {
  return ON_PLATFORM_REPLY.test(token);
}

// ---------------------------------------------------------------- links

const TLD_ANCHOR = pattern(new RegExp(`\\.(?:${TLDS})(?![A-Za-z\\u00c0-\\u024f\\d-])(?!\\.[A-Za-z\\u00c0-\\u024f\\d])`, 'gi'));
const HOST_CHAR = /[\p{L}\p{N}.-]/u;
const PATH = /(?:[/?#][^\s<>"'()[\]{}]{0,300})?/y;
const PORT = /(?::\d{2,5})?/y;

// Public health, government and education sites, and big health charities: sharing them is encouraged.
const PUBLIC_HOST =
  /(?:^|\.)(?:gov|gov\.uk|nhs\.uk|nhs\.scot|nhs\.wales|hse\.ie|edu|ac\.uk|edu\.au|gov\.au|gc\.ca|canada\.ca|who\.int|int|europa\.eu|nih\.gov|cdc\.gov|fda\.gov|medlineplus\.gov|clinicaltrials\.gov|nice\.org\.uk|cancer\.org|cancer\.gov|cancerresearchuk\.org|macmillan\.org\.uk|mind\.org\.uk|samaritans\.org|mayoclinic\.org|clevelandclinic\.org|webmd\.com|patient\.info|healthdirect\.gov\.au|ameli\.fr|sante\.fr|has-sante\.fr|bundesgesundheitsministerium\.de|gesund\.bund\.de|sanidad\.gob\.es|wikipedia\.org|mssociety\.org\.uk|nationalmssociety\.org|diabetes\.org\.uk|diabetes\.org|heart\.org|bhf\.org\.uk|stroke\.org\.uk|alz\.org|alzheimers\.org\.uk|asthmaandlung\.org\.uk|crohnsandcolitis\.org\.uk|988lifeline\.org|nami\.org|rethink\.org|youngminds\.org\.uk|kidshelpphone\.ca|lifeline\.org\.au|beyondblue\.org\.au|tele-manas\.in)$/i;
// Path or host fragments that mark a personal profile, blog, fundraiser or shared document.
const PERSONAL_URL =
  /(?:social|facebook|fb\.com|instagram|tiktok|twitter|x\.com|threads\.net|linkedin\.com\/in|\/in\/|youtube\.com\/@|youtube\.com\/c\/|reddit\.com\/u|gofundme|justgiving|fundrais|donate|crowdfund|caringbridge|caringpages|mealtrain|lotsahelpingh|giveforward|go\.fund|drive|docs|sheets|forms|dropbox|onedrive|sharepoint|icloud\.com|box\.com|wetransfer|photos|album|imgur|flickr|blog|wordpress|blogspot|substack|medium\.com\/@|tumblr|wix|squarespace|weebly|linktr|carrd|about\.me|patreon|ko-fi|paypal\.me|venmo|cash\.app|etsy|strava|calendly|wa\.me|t\.me|signal\.me|discord\.gg|profile|\/user|\/users\/|\/u\/|\/~|\/@|\/team-|\/visit\/|\/share\/|personal|my-?page|journal|diary)/i;
const PERSONAL_LINK_CONTEXT =
  /\b(?:my|our|his|her|their)\s+(?:own\s+|small\s+|little\s+|new\s+|personal\s+)?(?:blog|page|site|website|profile|fundraiser|fundraising|gofundme|channel|folder|drive|album|photos|pictures|vlog|podcast|journal|diary|shop|store|account|update\s+page|story)\b|\b(?:follow\s+(?:me|my|her|him|us)|sign\s+up\s+through\s+my|started\s+a\s+(?:small\s+)?blog|(?:finally\s+)?started\s+(?:writing|blogging|posting)\s+about|first\s+post\s+is|i\s+write\s+a\s+blog|i\s+(?:write|blog|post|vlog)\s+(?:about|at|on|over\s+at)|new\s+post\s+(?:this|on|at|up)|(?:team|fundraising|fundraiser|donation|memorial|tribute)\s+page\s+is\s+(?:live|up)|donate\s+(?:here|to\s+(?:my|our|her|his))|fundraiser|sign-up\s+sheet|signup\s+sheet|shared\s+(?:doc|folder|drive))\b/i;

function classifyLink(text: string, start: number, end: number, host: string): boolean {
  const url = text.slice(start, end);
  if (PUBLIC_HOST.test(host)) return false;
  if (PERSONAL_URL.test(url)) return true;
  return PERSONAL_LINK_CONTEXT.test(sentenceText(text, start, end));
}

export function detectLinks(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  if (!text.includes('.')) return hits;
  let lastEnd = 0;
  let seen = 0;
  for (const m of scan.matchAll(TLD_ANCHOR)) {
    if (m.index < lastEnd) continue;
    if (++seen > MAX_CANDIDATES) break;
    const tldEnd = m.index + m[0].length;
    let start = scanBack(text, m.index, HOST_CHAR, 253);
    start = Math.max(start, lastEnd);
    while (start < m.index && '.-'.includes(text[start] ?? '')) start++;
    if (start === m.index) continue;
    // Part of an e-mail address: the e-mail detector owns it.
    if (text[start - 1] === '@') continue;
    const schemeMatch = /(?:https?:\/\/|www\.)$/i.exec(text.slice(Math.max(0, start - 8), start));
    const hostStart = start;
    if (schemeMatch) start -= schemeMatch[0].length;
    PORT.lastIndex = tldEnd;
    PORT.exec(text);
    PATH.lastIndex = PORT.lastIndex;
    const path = PATH.exec(text);
    let end = PORT.lastIndex + (path?.[0].length ?? 0);
    while (end > tldEnd && /[.,;:!?]/.test(text[end - 1] ?? '')) end--;
    lastEnd = end;
    const host = text.slice(hostStart, tldEnd).toLowerCase();
    // "e.g." or "approx.com" style accidents: need a real-looking host label before the TLD.
    if (!/[\p{L}\p{N}-]{2,}\.[\p{L}]{2,}/u.test(host) && !schemeMatch) continue;
    if (!classifyLink(text, start, end, host)) continue;
    hits.push(hit('link', start, end, schemeMatch ? 0.85 : 0.75));
  }
  return hits;
}
