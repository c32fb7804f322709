// References to a posted image of a record or a face ("pathology report attached (photo)", "selfie
// attached", "here's a photo of my ECG printout"). Talking about images in general, or saying one is
// NOT being posted, stays clean.
import type { Hit } from '../hit.js';
import { hit } from '../hit.js';
import { isMetaPost, splitSentences } from '../text.js';
import { pattern, type TextScan } from '../scan.js';

const IMAGE = pattern(
  /\b(?:attached(?=:)|jpe?g|png|heic|webp|uploading|uploaded|front\s+and\s+back|photos?|pics?|pictures?|images?|screenshots?|screen\s?shots?|scans?\s+of|snaps?\s+of|selfies?(?![a-z])|attachments?|foto|fotos|imagen|captura|photo|capture\s+d'ecran|bild|bilder|foto)\b/i,
);
const RECORD =
  /\b(?:mychart|patient\s+portal|(?:patient|health|hospital|nhs)\s+app|portal|nhs\s+app|patient\s+access|report|results?|letters?|discharge|notes|record|records|chart|printout|print-?out|(?:clinic|results?|test|lab|discharge|allergy|medication|drug|care)\s+sheet|prescriptions?|scripts?|labels?|bottles?|(?<!pill\s)box|insurance\s+card|medicare\s+card|medicaid\s+card|health\s+card|id\s+card|card|wristband|bracelet|band|ecg|ekg|echo|mri|ct|x-?ray|scan|bloods?|lab|labs|pathology|biopsy|referral|forms?|summary|passport|licen[cs]e|documents?|paperwork|informe|receta|analisis|tarjeta|ordonnance|compte\s+rendu|resultats|carte\s+vitale|befund|rezept|arztbrief|versichertenkarte)\b/i;
const FACE = /\b(?:selfies?(?![a-z])|full[\s-]?face|(?:that'?s|it'?s|this\s+is)\s+(?:me|him|her|us|my\s+face)\s+(?:in\s+the\s+(?:middle|centre|center|front|back|photo|pic|picture)|on\s+the\s+(?:left|right)|with\s+the)|it'?s\s+my\s+face|face\s+and\s+all|(?:me|him|her)\s+front\s+and\s+cent(?:re|er)|(?:my|his|her|their|our|[\p{L}]{2,20}'s)\s+(?:[\p{L}]{2,20}'s\s+)?(?:face|faces)|face\s+(?:pic|photo|picture)|photo\s+of\s+(?:me|him|her|us)|picture\s+of\s+(?:me|him|her|us)|(?:my|his|her|their)\s+(?:full\s+)?name(?:'s|\s+is)?\s+(?:on|visible|showing)|names?\s+(?:are\s+|is\s+)?(?:visible|showing|not\s+blurred|on\s+(?:it|there))|(?:grinning|smiling|beaming|posing)\s+(?:at|into|for)\s+the\s+camera|name\s+and\s+all|here'?s\s+(?:me|us)\s+(?:grinning|smiling|beaming|with|in|at|on|after|before|looking|ringing|holding)|(?:(?:my|his|her|their)\s+)?(?:full\s+)?name(?:'s|\s+is|\s+and\s+(?:address|dob|date\s+of\s+birth|details|number)\s+(?:are|is))\s+(?:visible|showing|in\s+the\s+(?:header|corner|top|bottom|screenshot|photo|pic))|(?:mon|son|sa)\s+nom\s+(?:dessus|visible|apparait)|(?:mi|su)\s+nombre\s+(?:visible|aparece|sale)|(?:mein|sein|ihr)\s+name\s+(?:ist\s+)?(?:sichtbar|drauf|zu\s+sehen))\b/iu;
const SHARED =
  /^(?:photo|pic|picture|selfie)\s+(?:with|of|from)\b|\b(?:j'ai\s+)?mis\s+(?:une\s+)?(?:photo|capture)|\bvoici\s+(?:une\s+|la\s+)?photo|\((?:photo|pic|picture|image|screenshot)\)|\[(?:photo|pic|picture|image|img|screenshot|attachment|attached|foto|bild)[^\]]{0,120}\]|\b(?:see\s+(?:the\s+|my\s+)?(?:pic|photo|picture|image|screenshot)|in\s+the\s+(?:pic|photo|picture|image|screenshot)|as\s+you\s+can\s+see|i'?ve\s+added|added\s+a|(?:i'?m\s+)?upload(?:ing|ed)\s+(?:my|his|her|our|the|a)|sharing\s+(?:a|this|the)|this\s+(?:pic|photo|picture|image|screenshot)|the\s+(?:pic|photo|picture|image|screenshot)\s+shows)\b|\b(?:attached|attaching|attach|attachment|here'?s|here\s+is|here\s+are|below|above|posted|posting|uploaded|uploading|upload|included|including|see\s+(?:the\s+)?(?:pic|photo|picture|image)|pic\s+(?:attached|below)|les\s+dejo|adjunto|os\s+dejo|(?:os|les|te)\s+(?:pongo|paso|subo|comparto)|ci-joint|ci-jointe|ci-dessous|ci-apres|abajo|unten|voici|(?:je\s+)?vous\s+(?:mets|poste|partage|envoie)|je\s+(?:mets|poste|partage|joins)|en\s+piece\s+jointe|anbei|im\s+anhang|hier\s+(?:ist|das))\b/i;
const NEGATED =
  /\b(?:(?:don'?t|do\s+not|never)\s+(?:[\w']{1,20}\s+){0,3}(?:post|share|upload|attach|put|include|send|show)|not\s+posting|not\s+going\s+to\s+post|won'?t\s+post|wouldn'?t\s+post|no\s+(?:photos?|pics?)|no\s+(?:labels?|names?|boxes|details|packaging)\b|without\s+(?:a\s+)?(?:photo|pic)|should\s+i\s+post|can\s+i\s+post|is\s+it\s+ok\s+to\s+post|how\s+do\s+i\s+(?:blur|post|attach)|no\s+subais|ne\s+postez|nicht\s+posten)\b/i;

// A direct link to an image or PDF next to record words ("my results: https://.../bloods.jpg").
const IMAGE_LINK = pattern(
  /\bhttps?:\/\/[^\s<>"']{1,200}\.(?:jpe?g|png|gif|heic|webp|pdf)\b|\b(?:imgur\.com|i\.redd\.it|ibb\.co|postimg\.cc)\/[^\s<>"']{1,100}/gi,
);

export function detectRecordImages(scan: TextScan): Hit[] {
  const text = scan.text;
  const hits: Hit[] = [];
  if (text.includes('.')) {
    for (const m of scan.matchAll(IMAGE_LINK)) {
      const context = text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 60);
      if (RECORD.test(context) || FACE.test(context) || RECORD.test(m[0])) hits.push(hit('record_image', m.index, m.index + m[0].length, 0.75));
    }
  }
  if ((!scan.test(IMAGE) && !/\bselfie/i.test(text)) || isMetaPost(text)) return hits;
  const sentences = splitSentences(text);
  sentences.forEach((s, i) => {
    if (!scan.test(IMAGE, s) || !SHARED.test(s.text)) return;
    if (NEGATED.test(s.text)) return;
    // "Group photo below. That's me front and centre, face and all": the next sentence may say whose face,
    // and "Here's me at the top of Snowdon!! [photo attached]" the one before.
    const around = `${sentences[i - 1]?.text ?? ''} ${sentences[i + 1]?.text ?? ''}`;
    // A file name is read as words: "[image: discharge_letter.png]", "[photo: my_face_front.jpg]".
    const words = s.text.replace(/_/g, ' ');
    if (RECORD.test(words) || FACE.test(words) || FACE.test(around)) hits.push(hit('record_image', s.start, s.end, 0.75));
  });
  return hits;
}
