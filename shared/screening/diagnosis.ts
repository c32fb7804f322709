// Individualized diagnosis and treatment requests (policy section 2). Each sentence is read on its own:
// a request pattern (diagnosis, interpretation, decision, triage, second opinion) that points at a
// specific person makes it a request; experience-seeking, general, logistics, coping questions and
// past-tense narratives do not. Quoted text is ignored, because quoting a question is not asking it.
import type { Hit } from './hit.js';
import { hit } from './hit.js';
import { detectDiagnosisRequestsByModel } from './model/diagnosis-model.js';
import { pattern, TextScan, type Pattern } from './scan.js';
import { isMetaPost, splitSentences, type SentenceSpan } from './text.js';

// ---------------------------------------------------------------- lexicons

const ACTION =
  '(?:drive|rush|do\\s+(?:it|this|that|the\\s+\\w{1,30})|take|taking|stop|stopping|start|starting|skip|double|split|halve|cut|taper|wean|come\\s+off|go\\s+off|get\\s+off|continue|keep|switch|change|increase|decrease|lower|raise|reduce|up|drop|give|giving|have(?!\\s+to\\b)|drink|eat|mix|combine|use|try|push|ask|insist|go|call|see|get|worry|be|wait|leave|move|restart|resume|catch\\s+up|risk|accept|refuse|request|demand|book|need|avoid|put|treat|ice|rest|exercise|fly|breastfeed|trust|consider|delay|postpone|cancel|add|worry|panic|force|let|send|bring\\s+(?:him|her|them)|pop|chase|question|challenge|push\\s+back|hold\\s+off)';
const SUBJECT =
  "(?:i|we|he|she|they|my\\s+[\\w-]{1,30}|our\\s+[\\w-]{1,30}|his\\s+[\\w-]{1,30}|her\\s+[\\w-]{1,30}|mum|mom|dad|grandma|grandad|grandpa|nan|baby)";

// Body parts and the signs people notice on them: the start of both CLINICAL and SYMPTOM_OR_FINDING.
const BODY_AND_SIGNS =
  String.raw`eyes?|vision|floaters?|sight|blurr\w{0,30}|ears?|hearing|throat|tonsils?|mouth|tongue|gums?|teeth|(?<!sweet\s)tooth|jaw|neck|shoulders?|arms?|elbows?|wrists?|hands?|fingers?|thumbs?|nails?|hips?|legs?|knees?|ankles?|feet|foot|toes?|heels?|back|spine|skin|moles?|freckles?|hives|blisters?|welts?|scabs?|scars?|incision|stomach|belly|tummy|abdomen|abdominal|bowels?|bladder|kidneys?|liver|lungs?|heart|brain|head|face|lips?|nose|nosebleeds?|breasts?|nipples?|testicles?|penis|vagina\w{0,30}|vulva|groin|armpit|glands?|lymph\s+nodes?|veins?|bones?|joints?|muscles?|tendons?|shakes?|shaking|shuffl\w{0,30}|tremors?|twitch\w{0,30}|jerk\w{0,30}|limp\w{0,30}|lumps?|bruising|hard|warm\s+to\s+(?:the\s+)?touch|redness|red|pus|oozing|crust\w{0,30}|peeling|flaky|scaly|patch(?:es)?|sweats?|sweating|chills|shivers?|appetite|thirst\w{0,30}|peeing|urinat\w{0,30}|poop\w{0,30}|wee|sleep\w{0,30}|snor\w{0,30}|memory|forgetful|speech|walking|balance|falls?|fell|hallucinat\w{0,30}|vitals?|troponin|\d{2,3}\/\d{2,3}|pain|painful|ache|aching|hurts?|sore|rash|spots?`;

// Words that make a question clinical: symptoms, findings, tests, medicines, care settings. Most are
// listed; specialists, procedures and medicines are also known by how the word ends.
const CLINICAL: readonly Pattern[] = [
  pattern(new RegExp(String.raw`\b(?:${BODY_AND_SIGNS}|bumps?|lump|swell(?:ing|ed|s)?|swollen|bleed(?:ing|s)?|blood|bruis\w{0,30}|cough\w{0,30}|vomit\w{0,30}|sick|nause\w{0,30}|dizz\w{0,30}|faint\w{0,30}|headaches?|migraines?|hair\s+loss|hair\s+(?:is\s+|keeps\s+)?(?:falling|thinning|coming)\s+out|periods?\s+(?:stopped|have\s+stopped|has\s+stopped|are\s+late|is\s+late|missed|irregular)|missed\s+(?:my\s+)?periods?|numb(?!er)\w{0,30}|tingl\w{0,30}|itch\w{0,30}|discharge|spotting|cramp\w{0,30}|palpitations?|chest|breath\w{0,30}|wheez\w{0,30}|seizures?|fits?|fever\w{0,30}|temperature|temp|tired|fatigue|exhausted|weight|lost\s+weight|insomnia|infect\w{0,30}|wound|cut|stitches|burn|swallow\w{0,30}|tightenings?|contractions?|bloat\w{0,30}|diarrh\w{0,30}|constipat\w{0,30}|urine|pee|stool|poo|reflux|heartburn|jaundice|yellow|drooping|droopy|confus\w{0,30}|muddled|sleepy|drowsy|lethargic|floppy|limp|stiff|weak\w{0,30}|tremor|shaking|zaps|flare\w{0,30}|relapse|symptoms?|results?|labs?|bloods?|levels?|troughs?|count|scan|mri|ct|x-?ray|ultrasound|biopsy|report(?!\s+(?:it|them|this|that|him|her|the\s+(?:call|caller|scam|number)))|ecg|ekg|echo|smear|test|tests|reading|readings|score|gleason|psa|tsh|a1c|hba1c|ldl|egfr|creatinine|potassium|sodium|ferritin|ketones|glucose|sugars?|bp|blood\s+pressure|heart\s+rate|hr|pulse|oxygen|sats|bmi|diagnos\w{0,30}|cancer|tumou?r|nodule|cyst|polyp|mass|lesion|infection|stroke|clot|dvt|uti|flu|covid|virus|allerg\w{0,30}|asthma|diabetes|diabetic|insulin|ms|lupus|arthritis|ra|ibs|ibd|crohn(?:'?s)?|colitis|colonoscop\w{0,3}|coeliac|celiac|adhd|autism|ptsd|depress\w{0,30}|anxiety|anorexia|bipolar|dementia|delirium|thyroid|endometriosis|pcos|pots|eds|surgeons?|biops\w{0,30}|positive|negative|slurr\w{0,30}|medication|medicine|meds|pills?|tablets?|dose|doses|dosage|dosing|mg|mcg|ml|mmol|units|antibiotics?|steroids?|prednisone|inhaler|chemo|radiation|surgery|operation|op|procedure|vaccine|jab|shot|injection|infusion|drug|drugs|prescri\w{0,30}|overdose|side\s+effects?|pregnan\w{0,30}|weeks|period|periods|bleeding|miscarriage|baby|a&e|er|urgent\s+care|emergency|gp|doctor|hospital|ambulance|duele\w{0,30}|sangr\w{0,30}|embarazo|vomit\w{0,30}|vomi|pipi|fiebre|dolor|pastillas?|medicamento|medico|dentista|dosis|tomar\w{0,30}|recet\w{0,30}|analisis|informe|resultados|urgencias|cancer|biopsia|ibuprofen\w{0,30}|paracetamol|fievre|douleur|medicament|traitement|urgences|schmerzen?|fieber|tabletten?|medikament\w{0,30}|notaufnahme|befund|arzt)\b`, 'i')),
  pattern(new RegExp(String.raw`\b(?:[\w-]{2,31}\b(?<=\w(?:ologists?|iatrists?|icians?|ectomy|otomy|plasty|oscopy))|\w{2,30}\b(?<=(?:mab|nib|pril|olol|statin|azole|cillin|mycin|floxacin|cycline|pine|pam|lam|xetine|pramine|profen|tidine|prazole|sartan|gliptin|gliflozin|parin|xaban|formin|done|zepam|trel|triptan|lukast|sone|olone|mide|thiazide|tropin|dronate|vir|amine|idine|azine|oxine|atine|ulin|pirin|tamol|afil|semide|profeno)))\b`, 'i')),
];

// Emotions: "is it normal to feel numb" is a coping question, not a diagnosis request.
const EMOTION = pattern(
  /\b(?:feel(?:ing)?\s+(?:numb|nothing|flat|sad|angry|scared|afraid|guilty|relieved|lost|alone|lonely|empty|overwhelmed|jealous|resentful|bitter|hopeless|anxious|nervous|detached|weird|okay|ok|fine|happy|grief|tired\s+of)|cry(?:ing)?|grie(?:f|ve|ving)|bond|mourn\w{0,30}|resent\w{0,30}|scared|terrified|worried\s+about\s+(?:the\s+)?future|emotional(?:ly)?|embarrass\w{0,30}|ashamed|guilt\w{0,30}|jealous\w{0,30}|angry|anger|numb|overwhelm\w{0,30}|devastat\w{0,5}|heartbroken|(?:plus\s+)?(?:avoir\s+)?envie\s+de\s+(?:rien|voir\s+personne|sortir)|triste(?:sse)?|angoiss\w{0,4}|czuj[eę]|z[lł]o[sś][cć]|smut\w{0,4}|culpabili\w{0,4}|(?:weirdly|strangely|oddly)\s+calm|stop\s+feeling|feel(?:ing)?\s+like\s+(?:i'?m|i\s+am)\s+(?:losing|failing|drowning|going\s+mad|doing\s+it\s+wrong)|(?:not|don'?t|can'?t)\s+(?:want\s+to\s+|bear\s+to\s+|face\s+)?(?:look(?:ing)?\s+(?:in|at)\s+(?:the\s+|a\s+)?mirrors?|see\s+anyone|leave\s+the\s+house))\b/i,
);

// Someone in particular: the poster or a named relation. "Someone", "a person", "people" are not.
// "45M", "3 yo", "7-month-old": case notes and ages name one person.
const AGE_SEX = String.raw`\b\d{1,3}[\s-]?(?:m|f|yo|y\/o|yrs?|year-old|month-old|week-old)\b`;
// The author and the people they write about, in English.
const ENGLISH_PERSON = "i|i'm|i've|i'd|im|ive|me|my|mine|myself|we|our|us|he|she|him|her|his|hers";
const PERSONAL = pattern(new RegExp(
  `${AGE_SEX}|\\b(?:my|our|this)\\s+(?:patient|client|resident)\\b|\\b(?:${ENGLISH_PERSON}|they|them|their)\\b|\\b(?:mi|mis|me|yo|tengo|amiga|amigo|hija|hijo|esposo|esposa|marido|mon|ma|mes|je|j'ai|moi|elle|il|fille|fils|ich|mein|meine|mir|mich|mummy|papa|mera|meri|mere|mujhe|hamara|hamari|unka|unki|unke|uska|uski|beti|bhai|didi|nani|dadi|meu|minha|moje|moja|moj|mnie|ik|mijn|hij|zij|ze|haar|moeder|vader|dochter|zoon)\\b`,
  'i',
));

// ---------------------------------------------------------------- request patterns

const STRONG_REQUEST: readonly Pattern[] = [
  // Decisions for a person: "should I stop", "can he take both", "how much can I give her".
  new RegExp(
    `\\b(?:should|shall|can|could|may|must|do|does|would|will|is\\s+it\\s+(?:ok|okay|safe|fine|alright|bad|dangerous|wise)\\s+(?:for\\s+${SUBJECT}\\s+)?to)\\s+${SUBJECT}\\s+(?:(?:just|still|really|actually|safely|even|also|now|then|be\\s+allowed\\s+to)\\s+)?${ACTION}\\b`,
    'i',
  ),
  new RegExp(`\\b(?:whether|if)\\s+${SUBJECT}\\s+(?:should|can|need\\s+to|needs\\s+to|ought\\s+to|must)\\s+${ACTION}\\b`, 'i'),
  new RegExp(`\\bis\\s+it\\s+(?:ok|okay|safe|fine|alright|bad|dangerous)\\s+(?:to|for\\s+${SUBJECT}\\s+to)\\s+(?:take|stop|skip|double|mix|combine|drink|have|give|split|come\\s+off)\\b`, 'i'),
  /\bhow\s+(?:much|many)\b[^?.]{0,60}\b(?:can|should|do|could|may)\s+(?:i|we)\s+(?:give|take|use)\b/i,
  // Diagnosis: "does this sound like", "what could it be", "do I have", "is this X or Y".
  /\b(?:does\s+(?:this|that|it|he|she)\s+sound\s+like|sounds?\s+like\s+\w{1,30}\s+to\s+you|what\s+(?:could|might|would|can)\s+(?:this|that|it|these|they)\s+be|what\s+(?:do|does)\s+(?:i|he|she|we|my\s+\w{1,30})\s+have|do\s+(?:i|you\s+think\s+i)\s+have|have\s+i\s+got|could\s+(?:this|that|it|these|they|i|he|she|my\s+\w{1,30})\s+(?:be|have|mean)|might\s+(?:this|it|i|he|she)\s+(?:be|have)|is\s+(?:this|that|it|he|she)\s+(?:a\s+|an\s+|just\s+|still\s+)?[\w-]{1,30}(?:\s+[\w-]{1,30})?\s+or\s+|are\s+(?:these|those|they)\s+[\w-]{1,30}(?:\s+[\w-]{1,30})?\s+or\b|what(?:'s|\s+is)\s+wrong\s+with\s+(?:me|him|her|my)|does\s+(?:this|that|it)\s+(?:mean|confirm)\s+(?:that\s+)?(?:i|i'm|i've|he|he's|she|she's|we|we're|they|they've|they're|my|his|her|mum|dad)|do\s+you\s+think\s+(?:it'?s|it\s+is|this\s+is|that\s+is|it\s+could|it\s+might|i|he|she|they|i'm|she's|he's|this|that|my)|what'?s\s+your\s+(?:best\s+)?guess|any\s+ideas?\s+what\s+(?:this|it)|(?:should|shd|shud|shld)\s+(?:i|we)\s+be\s+(?:worried|concerned|worrying)|is\s+(?:this|that|it)\s+(?:normal|serious|dangerous|bad|worrying|concerning|cancer|an\s+emergency|urgent|infected|broken|something\s+to\s+worry|ok|okay|fine|safe|a\s+(?:sign|symptom)|related)|is\s+(?:this|that|it)\s+as\s+bad\s+as|am\s+i\s+(?:having|getting|developing|showing|going\s+into)|is\s+(?:he|she)\s+(?:having|getting|developing|showing|going\s+into))\b/i,
  // Interpretation of that person's results and prognosis.
  /\b(?:what\s+(?:does|do)\s+(?:this|that|it|these|those|my|his|her|our)\b[^?.]{0,60}\bmean|what\s+are\s+(?:my|his|her|our)\s+(?:(?:actual\s+|real\s+)?prognosis|(?:[\w-]{1,30}\s+)?(?:odds|chances))|(?:read|interpret|explain|look\s+at|check|decipher|translate)\s+(?:my|his|her|this|these|the\s+attached|mum'?s|dad'?s|mom'?s)\b|what\s+(?:this|that|it)\s+means\s+for\s+(?:me|him|her|us)|means?\s+for\s+(?:me|him|her|us)|(?:is|are)\s+(?:my|his|her)\s+(?:[\w-]{1,30}\s+){0,2}(?:levels?|results?|numbers?|counts?|readings?|values?)\s+(?:too\s+|very\s+|really\s+|dangerously\s+)?(?:ok|okay|normal|bad|high|low|good|worrying|concerning|dangerous)|should\s+(?:i|we)\s+be\s+worried\s+about)\b/i,
  // Triage: a care setting offered as one side of a choice, or a "does this need" question.
  /\b(?:a&e|er|ed|urgent\s+care|emergency(?:\s+room)?|the\s+hospital|gp|doctor|999|911|112|111|ambulance|walk-in|go\s+in|get\s+(?:it\s+|her\s+|him\s+|them\s+)?checked|get\s+seen|urgencias|urgences|notaufnahme)\b[^?.]{0,50}\bor\s+(?:\w{1,30}\s+){0,4}(?:wait|see|keep|tomorrow|monday|morning|gp|doctor|home|is|am|overreact\w{0,30}|leave|a&e|er|999|911)\b|\bor\s+(?:(?:call|ring|phone|see|take\s+(?:him|her|them)\s+to|go\s+to)\s+)?(?:the\s+)?(?:a&e|er|urgent\s+care|emergency|hospital|999|911|111|ambulance|gp|doctor|paediatrician|pediatrician|midwife|out-of-hours)\b|\b(?:a&e|er|urgent\s+care|ambulance|999|911|hospital)\s+or\s+(?:drive|take|bring|go|ring|call|wait|keep|see|leave|watch)\b|\b(?:need|needs)\s+(?:stitches|antibiotics|a\s+doctor|to\s+be\s+seen|an?\s+x-?ray|surgery|a\s+scan|to\s+go\s+to|the\s+er|a&e)|\b\d{3}-worthy\b|\bworth\s+(?:going\s+in|calling\s+(?:111|999|911|the\s+doctor))/i,
  // Second opinion and "what would you do".
  /\b(?:would\s+you\s+(?:admit|discharge|operate|biopsy|re-?biopsy|scan|image|treat|anticoagulate|refer|order|repeat|escalate|intubate|transfuse|observe|watch|send|take|do|risk|go|push|accept|try|choose|pick|start|stop|have|get|want|trust|worry|be\s+worried)|what\s+would\s+you\s+(?:do|pick|choose|take|try|go\s+for)|in\s+my\s+(?:place|shoes|situation|position)|a\s+ma\s+place|en\s+mi\s+lugar|an\s+meiner\s+stelle|(?:am|is|are)\s+(?:i|she|he|we|they)\s+(?:just\s+)?overreacting|(?:is|are)\s+(?:she|he|they)\s+overdoing\s+it|do\s+you\s+think\s+(?:she|he|they|i|it|we)\s+(?:could|should|would|can|needs?|is|are|has|have|really|might|actually)|is\s+it\s+really|(?:should|do)\s+(?:i|we)\s+(?:trust|believe|listen\s+to)\s+(?:my|the|her|his)|ask\s+for\s+(?:a\s+)?(?:different|another|stronger|lower|higher|new)\s+\w{1,30}|push\s+(?:for|back)|overdoing\s+it|giving\s+up\s+too\s+(?:early|soon))\b/i,
  // "What are the chances it's cancer?", "do these results look bad?", "am I being paranoid?"
  /\b(?:what\s+are\s+the\s+(?:chances|odds)\s+(?:it|that|this|i|he|she|my)|(?:does|do)\s+(?:this|these|that|those|my|his|her)\s+(?:[\w-]{1,30}\s+){0,2}(?:look|sound|seem)\s+(?:bad|ok|okay|normal|serious|worrying|concerning|infected|right|like)|(?:is|are)\s+(?:my|his|her)\s+(?:[\w-]{1,30}\s+){0,3}(?:too|very|dangerously|really)\s+(?:young|old|high|low|much|little|fast|slow|big|small)|am\s+i\s+(?:being\s+)?(?:stupid|silly|paranoid|crazy|wrong|mad|unreasonable|overreacting|a\s+hypochondriac))\b/i,
  // Waiting, second-guessing the team, "or something worse", and a verdict on one organ or test.
  /\b(?:can\s+(?:this|it|that|these|he|she|i|we)\s+(?:safely\s+)?wait|(?:should|can)\s+(?:i|we)\s+(?:just\s+)?wait|shouldn'?t\s+(?:they|the\s+(?:doctors?|team|nurses?|hospital)|he|she|i|we|it|this|that|my\s+\w{1,30})\s+(?:be\s+)?\w{2,30}|or\s+(?:is\s+it\s+)?(?:something|anything)\s+(?:worse|else|more\s+serious|serious|to\s+worry\s+about)|(?:is|are)\s+(?:my|his|her|their|our)\s+(?:[\w-]{1,30}\s+){0,2}(?:damaged|broken|failing|infected|enlarged|fractured|torn|inflamed|healing|healed|blocked|ok|okay|normal|fine|safe)|is\s+(?:that|this)\s+(?:the\s+)?(?:right|correct)\s+(?:dose|call|treatment|plan|approach|decision)|(?:^|\b)(?:thoughts|opinions|views|input)\s+on\s+(?:my|his|her|these|this|our)\b)\b/i,
  // Doubting the doctor, thresholds for this person, a drink with this drug, taking them in, and the
  // same requests in Spanish and French.
  /\b(?:(?:is|are)\s+(?:he|she|they|my\s+[\w-]{1,30}|the\s+(?:doctor|gp|consultant|surgeon|nurse|team|hospital))\s+being\s+(?:too\s+|overly\s+|a\s+bit\s+)?\w{2,30}|is\s+(?:[\d.,]+\s?[a-z%/]{0,8}|this|that|it|my\s+[\w-]{1,30}|his\s+[\w-]{1,30}|her\s+[\w-]{1,30})\s+too\s+(?:thick|thin|high|low|big|large|small|fast|slow|much|little|early|late|long|short|old|young|heavy|light)|is\s+(?:a|one|two|three|some|the\s+odd|an?\s+occasional)\s+(?:[\w-]{1,30}\s+){0,2}(?:ok|okay|fine|safe|alright|allowed)\s+(?:with|on|while|after)|(?:appreciate|grateful\s+for|love)\s+(?:a|any|some|your)\s+(?:read|look|thoughts|input|opinions?|eyes|take)\s+(?:of|at|on)\s+(?:my|his|her|our|this|these|the)|your\s+(?:gut\s+feeling|hunch|best\s+guess|take)|(?:do|should)\s+(?:i|we)\s+(?:just\s+)?(?:drive|take|bring|carry|rush)\s+(?:him|her|them|me|my\s+\w{1,30})\s+(?:in|to|down)|(?:debe|debo|deberia|tengo\s+que|tiene\s+que)\s+ir\s+a|ya\s+soy|soy\s+(?:diabetic[oa]|hipertens[oa]|anemic[oa]|celiac[oa]|prediabetic[oa])|on\s+va\s+aux\s+urgences|(?:faut-il|doit-on|dois-je|devrait-on)\s+(?:aller|appeler|consulter|arreter|augmenter)|il\s+faut\s+(?:passer|augmenter|baisser|arreter|changer|aller))\b/i,
  // "Is that overkill for me, or is it what you'd expect?": a verdict on this person's treatment plan.
  /\bis\s+(?:that|this|it)\s+(?:overkill|necessary|needed|excessive|over-?treatment|too\s+(?:much|aggressive|cautious|soon|early|late)|the\s+right\s+(?:call|choice|decision|treatment|plan))\s+for\s+(?:me|him|her|us|them|my\s+[\w-]{1,20})\b/i,
  // "Does a rash that looks like a target with a pale middle sound like Lyme?"
  /\bdoes\s+(?:a|an|my|his|her|the)\s+[^?.!]{1,60}?\s+sound\s+like\s+(?!(?:yours|you|what\s+you|anyone|others|everyone)\b)[\w'-]{3,}/i,
  // "Does my face look puffy and round like Cushing's?": a likeness to a condition, not to others' experience.
  /\b(?:does|do|is|are)\s+(?:this|these|that|those|my|his|her|it)\s+(?:[\w'-]{1,30}\s+){0,2}(?:look|looks|sound|seem|feel)\s+(?:[\w'-]{1,20}\s+){0,4}?like\s+(?!(?:yours|you|what\s+you|anyone|others|everyone|other|the\s+others)\b)(?:a\s+|an\s+)?[\w'-]{3,}/i,
  // Diagnostic criteria and named conditions for this person: "Do I meet the criteria for hEDS?",
  // "Is the smaller one failing to thrive?".
  /\b(?:do|does|would)\s+(?:i|he|she|we|my\s+[\w-]{1,30})\s+(?:meet|fit|fulfil|fulfill|qualify\s+for)\s+(?:the\s+)?(?:criteria|diagnosis|definition)\b|\b(?:is|are)\s+(?:he|she|they|the\s+(?:smaller|bigger|older|younger|little|baby|first|second)\s+one|my\s+[\w-]{1,20}|our\s+[\w-]{1,20})\s+(?:failing\s+to\s+thrive|developmentally\s+delayed|delayed|autistic|on\s+the\s+spectrum|anaemic|anemic|dehydrated|jaundiced|underweight|depressed|bipolar|diabetic|in\s+(?:heart\s+failure|kidney\s+failure|liver\s+failure|remission|relapse))\b/i,
  // A drink with this medicine, and how long to wait between two: "Can I have a couple of drinks ... while
  // on this?", "how long do i need to wait after my last methadone dose before starting".
  /\b(?:can|could|should|may)\s+(?:i|he|she|we)\s+(?:have|drink)\s+(?:a\s+|an\s+|some\s+|a\s+couple\s+of\s+|a\s+few\s+|one\s+or\s+two\s+)?(?:drinks?|alcohol|beers?|wine|glass\s+of\s+\w+|pints?)\b[^?.]{0,80}\b(?:while|with|after|taking)\b|\bhow\s+long\s+(?:do|should|must|will)\s+(?:i|we|he|she)\s+(?:need\s+to\s+|have\s+to\s+)?wait\s+(?:after|before|between)\b/i,
  // Hindi-English: "dose badhana chahiye kya", "doctor ko dikhana padega", "dialysis zaruri hai ya ...".
  /\b(?:chahiye\s+kya|kya\s+(?:karu|karun|karein|karna\s+chahiye|karna\s+hai)|(?:dikhana|le\s+jana|jana|jaana)\s+(?:padega|chahiye)|(?:badha|kam\s+kar|band\s+kar)\s+(?:dein|de|du|doon)\b|zaruri\s+hai\s+(?:kya|ya)|(?:normal|serious|khatarnak)\s+hai\s+kya|kya\s+(?:ye|yeh|yah)\s+(?:normal|serious|khatarnak|theek|thik)\s+hai|(?:de|le|kha)\s+sakte\s+hain?\s+kya|(?:ho|kar)\s+sakta\s+hai\s+kya|manage\s+ho\s+sakta\s+hai|kya\s+matlab\s+hai|(?:karni|karna|leni|lena|deni|dena)\s+chahiye\s+ya|(?:shuru|band)\s+(?:karni|karna|kar\s+de)\w{0,3}\s+chahiye)\b/i,
  // "OK to just take that instead of waiting?", "Do you agree with stopping it?"
  /(?:^|[,;:]\s*)(?:ok|okay|safe|fine|alright)\s+to\s+(?:just\s+)?(?:take|use|give|stop|skip|double|mix|have|restart|finish)\b|\bdo\s+you\s+agree\s+with\b/i,
  // An interaction for this person: "I'm on the pill. Will it mess with it?"
  /\b(?:will|would|could|does|can|might)\s+(?:it|this|that|they|these)\s+(?:mess\s+with|interfere\s+with|interact\s+with|clash\s+with|cancel\s+out|stop)\s+(?:it|my|the|his|her|them)\b/i,
  // Prognosis and likelihood for this person, and what is causing their symptoms.
  /\b(?:how\s+long\s+(?:do|does|have|has|will|would|might|could)\s+(?:we|i|he|she|they|my\s+\w{1,30}|his\s+\w{1,30}|her\s+\w{1,30})\s+(?:realistically\s+|really\s+|actually\s+|likely\s+|probably\s+|still\s+)?(?:have|got|live|survive|last)|how\s+(?:much\s+time|long)\s+(?:are|is|am)\s+(?:we|he|she|i|they)\s+(?:realistically\s+|really\s+)?looking\s+at|how\s+much\s+time\s+(?:do|does|will|would|might|could|is|has)\s+(?:we|i|he|she|they|that|this|it|my|his|her)|(?:is|are)\s+(?:this|that|it|these|those|they)\s+(?:more\s+|less\s+)?(?:likely|possibly|probably|definitely|necessarily)\s+(?:to\s+be\s+)?\w{2,30}|what\s+(?:could|would|might|can|else\s+could)\s+(?:be\s+)?caus(?:e|ing)\s+(?:my|his|her|this|these|that|it|them|our)|(?:est-ce\s+que\s+)?(?:ca|cela|ce)\s+(?:peut|pourrait)\s+(?:[\w']{1,30}\s+)?etre|(?:kann|konnte|koennte)\s+(?:das|es)\s+(?:[\w-]{1,30}\s+){0,3}sein|(?:puede|podria)\s+ser)\b/i,
  // Spanish, French and German decisions, diagnoses and triage.
  /\b(?:puedo|puede|podria|debo|deberia|deberiamos|debe|tengo\s+que|tiene\s+que|necesito|necesita|lo\s+llevo|la\s+llevo|le\s+doy|voy\s+a\s+urgencias|es\s+(?:normal|grave|cancer|peligroso|malo)|sera\s+\w{1,30}|tengo\s+(?:\w{1,30}\s+)?(?:cancer|diabetes|hipotiroidismo|\w{1,30}itis)|que\s+(?:puede|podria)\s+ser|est-ce\s+qu['e]\s?(?:je|j'|elle|il(?!\s+y\s+a)|on|mon|ma)|puis-je|dois-je|faut-il|je\s+(?:peux|dois|devrais)|(?:il|elle)\s+(?:peut|doit|devrait)|si\s+(?:je|il|elle)\s+(?:peux|peut|dois|doit)|c'est\s+(?:grave|normal|dangereux|un\s+cancer)|est-ce\s+(?:normal|grave|dangereux|inquietant)|qu'est-ce\s+que\s+(?:j'ai|ca\s+peut\s+etre)|soll(?:te)?\s+ich|kann\s+ich|muss\s+ich|darf\s+ich|soll(?:te)?\s+(?:er|sie)|kann\s+(?:er|sie)|muss\s+(?:er|sie)|ist\s+das\s+(?:normal|gefahrlich|schlimm|krebs)|was\s+(?:konnte|kann)\s+das\s+sein|habe\s+ich)\b/i,
  // Where this person's illness is heading: "am I heading for dialysis?"
  /\b(?:am\s+i|is\s+(?:he|she|my\s+[\w-]{1,20}|his\s+[\w-]{1,20}|her\s+[\w-]{1,20})|are\s+(?:we|they))\s+(?:heading|headed)\s+(?:for|towards?)\b/i,
  // Polish: "Czy to znaczy, że moje szanse ...?", "Czy powinnam ...?"
  /\bczy\s+(?:to\s+znaczy|powinnam|powinienem|powinni[sś]my|mam\s+si[eę]\s+martwi[cć]|to\s+(?:jest\s+)?(?:normalne|grozne|rak))\b/i,
  // Does this finding mean a diagnosis: "Does this mean cancer?"
  /\b(?:does|do|could|would)\s+(?:this|that|these|it)\s+mean\s+(?:(?:i|he|she|we)\s+(?:have|has|need|needs|should)\b|it'?s\s+|(?:a\s+)?(?:cancer|tumou?r|stroke|diabetes|ms|lymphoma|leukaemia|leukemia)\b)/i,
  // Italian, Portuguese and Dutch: "Secondo voi è una tiroidite? Devo preoccuparmi?", "Isto é doença de Crohn? É
  // grave?", "Moet ze nu echt aan de zuurstof?"
  /\b(?:(?:isto|isso)\s+e\s+[\w-]+(?=(?:\s+[\w-]+){0,3}\s*\?)|e\s+grave(?=\s*\?)|devo\s+(?:me\s+)?preocupar|sera\s+que|secondo\s+voi|(?:devo|dovrei|posso|potrei)\s+(?:preoccuparmi|prendere|smettere|sospendere|andare|chiamare|aspettare|dargli|darle)|cosa\s+(?:mi\s+)?consigliate|e\s+normale)\b|\b(?:moet|moeten|mag|kan|zou|zal)\s+(?:ik|ze|zij|hij|we|wij)\b[^.?!\n]{1,80}\?|\b(?:is\s+dit\s+normaal|wat\s+(?:denken|vinden)\s+jullie)\b/i,
  // A verdict on this person's number, and a plan "in my case": "is my tsh of 9 bad", "is his BP 150/95
  // too high", "Is methotrexate a reasonable thing to try first in my case?"
  /\b(?:is|are)\s+(?:my|his|her|our)\s+(?:[\w-]{1,30}\s+){1,3}?(?:of\s+|at\s+)?[\d.,/]+(?:\s?[a-z%/]{1,8})?\s+(?:too\s+)?(?:bad|ok|okay|normal|fine|good|high|low|worrying|concerning|dangerous|serious)\b|\b(?:in|for)\s+(?:my|his|her|our)\s+case\s*[?]/i,
].map(pattern);

// Imperatives and statements that ask without a question mark: "someone please read my echo report".
const IMPERATIVE_REQUEST = pattern(
  /\b(?:my\s+)?(?:actual\s+|real\s+|main\s+)?question\s+is\s+(?:whether|if)\s+(?:this|that|it|i|he|she|my|his|her)\b|\b(?:grateful|thankful|appreciate\s+it)\s+if\s+(?:someone|somebody|anyone|any\s+\w{1,30})\b[^.!?]{0,60}\b(?:could|would|can)\s+(?:glance\s+(?:over|at)|look\s+(?:over|at)|check|read|tell\s+me|say|explain)\b|\b(?:(?:can|could|would)\s+(?:someone|somebody|anyone|any\s+\w{1,30})(?:\s+(?:who|that)(?:\s+[\w'-]{1,20}){1,5}?)?|someone|somebody|anyone|please|pls|plz)\s+(?:please\s+)?(?:read|look\s+at|check|interpret|explain|tell\s+me|help\s+me\s+(?:understand|interpret|read|decide|make\s+sense\s+of|figure\s+out)|make\s+sense\s+of|translate|decode)\b[^.!?]{0,80}\b(?:my|his|her|this|these|the\s+attached|mum'?s|dad'?s|mom'?s|results?|report|scan|labs?|bloods?|means?\s+for\s+(?:me|him|her|us))\b|\bif\s+(?:you|u|anyone|someone|any1)\s+(?:can|could|knows?)\s+(?:make\s+sense\s+of|read|interpret|explain|decode|tell\s+me\s+what|what)\s+(?:my|his|her|mum'?s|dad'?s|mom'?s|this|these|that|it)\b|\b(?:i\s+need\s+to\s+know|tell\s+me)\s+(?:honestly\s+|straight\s+|truthfully\s+|frankly\s+)?(?:if|whether|what)\s+(?:this|it|it's|its|i|i'm|he|she|my|these|those|the|his|her|our|we)\b|\b(?:second\s+(?:pair\s+of\s+eyes|opinion)|another\s+(?:set|pair)\s+of\s+eyes|fresh\s+eyes)\s+on\s+(?:my|his|her|our|this|these|the)\b|\b(?:(?:appreciate|grateful\s+for|love)\s+(?:a|some|any)\s+(?:read|look|eyes)|opinions?|thoughts|input|views)\s+on\s+(?:my|his|her|our|mum'?s|dad'?s|mom'?s)\s+(?:[\w'-]{1,20}\s+){0,2}?(?:ct|mri|scan|results?|report|bloods?|labs?|biopsy|x-?ray|ultrasound|ecg|ekg|echo|smear|sleep\s+study|tests?)\b|\b(?:work\s+out|figure\s+out|understand|know)\s+how\s+worried\s+(?:i|we|he|she)\s+should\s+be\b|\b(?:wondering|want\s+to\s+know|need\s+to\s+know|(?:i'?d|i\s+would)\s+like\s+to\s+know|not\s+sure|unsure|can'?t\s+decide|voudrais\s+savoir|advi[sc]e(?:\s+(?:me|us))?)\s+(?:if|whether|si)\s+(?:i|he|she|we|je|il|elle|my|this|it)\b|\b(?:d'apres\s+vous|a\s+votre\s+avis|selon\s+vous|vous\s+feriez\s+quoi|que\s+feriez-vous|en\s+su\s+opinion|que\s+harian\s+ustedes|was\s+meint\s+ihr|was\s+wurdet\s+ihr\s+machen)\b/i,
);

// Hedges and wrappers that announce a request ("not looking for a diagnosis, but", "asking for a friend").
const WRAPPER = pattern(
  /\b(?:not\s+(?:looking|asking)\s+for\s+(?:a\s+)?(?:diagnosis|medical\s+advice)|not\s+expecting\s+a\s+diagnosis|not\s+after\s+(?:a\s+)?diagnosis|(?:know|realise|realize|understand)\s+(?:that\s+)?(?:nobody|no\s+one|no-one)\s+(?:here\s+)?(?:is\s+a\s+doctor|can\s+diagnose|can\s+tell)|asking\s+for\s+(?:a|my)\s+friend|pregunto\s+por\s+(?:una?|mi)\s+amig[oa]|pour\s+une?\s+ami(?:e)?|fur\s+(?:eine|einen)\s+(?:freundin|freund)|hypothetically(?=[^.?!\n]{0,80}\b(?:i|i'm|i've|my|me|we|our|us|he|she|his|her|him|mum|mom|dad)\b)|(?:trying\s+to\s+(?:figure|work)\s+out|wondering)\s+if\s+(?:that'?s|this\s+is|it'?s)\s+what'?s\s+(?:going\s+on|wrong|happening)\s+with\s+(?:me|him|her|us|my\s+[\w-]{1,20}))\b/i,
);
// The hypothetical someone is the author: "if someone (me) took it twice", "... like me right now".
const SELF_REVEAL = pattern(
  /\b(?:someone|somebody|a\s+friend|a\s+person|they)\s?\((?:me|i|it'?s\s+me|me\s+lol|aka\s+me|ahem,?\s+me|ok\s+me|me,?\s+obviously)\)|\blike\s+me\s+right\s+now\b|\b(?:the|that|this)\s+(?:someone|friend|person)\s+is\s+(?:me|myself)\b|\basking\s+(?:for|about)\s+(?:myself|me)\b/i,
);

// ---------------------------------------------------------------- what is not a request

// Experience-seeking questions: "did anyone else...", "for those who had...", "what helped you?".
const EXPERIENCE_SEEKING: readonly Pattern[] = [
  // At a sentence's start, so the post as a whole is asked the same: "... an ambush. Did anyone hand a letter in?"
  // Written from "anyone" back, so it is tried only where "anyone" or "anybody" is.
  /\bany(?:one|body)\b(?<=(?:^|[.!?\n]\s{0,3})(?:(?:so|and|also|but|ok|okay|just\s+(?:curious|wondering)|quick\s+question|question)[,:]?\s+)?(?:did|has|have|does|do|is|are|was|were|had|would|will|can)\s+any(?:one|body))/i,
  /\bany(?:one|body)\s+(?:else|here|who|with|on|know|tried|have|had|got|been|recommend|used|find|found)\b/i,
  /\bwhat\s+(?:others|other\s+(?:people|parents|families|carers))\s+(?:have\s+)?(?:done|did|do|tried|chose|picked)\b/i,
  // Hindi-English: "Aap log kaunsi recipes use karte ho? Koi tips?"
  /\b(?:aap\s+(?:log|logon|sab)|koi\s+tips|kisi\s+ne|kisi\s+ko\s+(?:experience|anubhav))\b/i,
  // "or is that just me??", text-speak "ne1 else", "wat helped u?"
  /\bis\s+(?:it|that|this)\s+just\s+me\b|\b(?:ne1|any1)\s+else\b|\b(?:what|wat|wht)\s+help(?:ed|s)\s+(?:you|u|ya|y'all)\b|\b(?:someone|anyone|people)\s+who(?:'s|\s+has|\s+have)\s+(?:done|been\s+through|gone\s+through)\s+(?:it|this|that)\b/i,
  /\b(?:for|to)\s+(?:those|anyone|people|everyone|others)\s+(?:of\s+you\s+)?(?:who|with|on|that|having|taking|going|that've|in)\b|\bthose\s+of\s+you\b|\bfellow\s+\w{1,30}\b/i,
  /\b(?:how\s+did\s+you|what\s+(?:actually\s+|really\s+)?(?:helped|worked)\s+(?:for\s+)?(?:you|your)|what\s+(?:did|do)\s+you\s+(?:all\s+|actually\s+|guys\s+|really\s+|lot\s+)?(?:do|pack|use|wear|eat|find|say|ask|bring|recommend|look\s+for)|any\s+other\s+(?:[\w-]{1,20}\s+){0,2}(?:done|had|been|tried|found|got|have|with|out\s+there)|what\s+was\s+your|how\s+long\s+(?:did|before|until)\s+(?:it\s+take\s+)?(?:you|yours)|how\s+many\s+\w{1,30}\s+before\s+you|what\s+did\s+your\s+(?:team|centre|center|doctor|hospital|gp|nurse|consultant|clinic)|your\s+experiences?|share\s+your|what\s+worked\s+for\s+you|how\s+do\s+you\s+(?:all\s+)?(?:cope|manage|deal|handle|explain|get\s+through|stay|keep|find|ask|tell|talk)|what\s+actually\s+helped|how\s+do\s+you\s+all\s+\w+|tips\s+for|any\s+tips|what\s+is\s+your\s+go-to|what'?s\s+your\s+go-to|how\s+are\s+you\s+all)\b/i,
  // The same in French, Spanish and Hindi-English: "comment vous avez fait ?", "pour celles qui ont eu ...",
  // "elle a duré combien de temps chez vous ?", "kisi ne Ayushman card use kiya hai?".
  /\b(?:comment\s+(?:vous\s+avez|avez-vous)\s+(?:fait|gere|vecu|tenu|annonce|explique)|comment\s+ca\s+s'est\s+passe\s+pour\s+vous|des\s+conseils|pour\s+(?:celles|ceux)\s+qui|chez\s+vous|vos\s+(?:experiences|temoignages|conseils)|como\s+lo\s+(?:hicieron|hicisteis|llevasteis|llevaron)|kisi\s+ne|kisi\s+ko\s+(?:pata|experience)|aap\s+(?:logon|sab)\s+ne|kya\s+koi|koi\s+(?:[\w-]{1,20}\s+){0,3}?hai\s+jo)\b/i,
].map(pattern);

// Experience-seeking, general, logistics and coping questions (policy: NOT diagnosis_request).
const NOT_REQUEST: readonly Pattern[] = [
  ...EXPERIENCE_SEEKING,
  ...[
  // "Is inositol actually evidence-based for PCOS?", and rhetorical praise: "Isn't that amazing?"
  /\bis\s+[\w-]{2,30}\s+(?:actually\s+|really\s+|even\s+)?evidence[\s-]based\b|^(?:isn'?t|wasn'?t|aren'?t)\s+(?:that|it|she|he|they)\s+(?:just\s+)?(?:amazing|great|lovely|wonderful|brilliant|kind|awesome|incredible|the\s+best)\b/i,
  // Whether to hand over an identifier: "Is it safe to email that to their patients desk?"
  /\bis\s+it\s+(?:actually\s+|really\s+)?(?:safe|ok|okay|wise|fine|alright|secure)\s+to\s+(?:(?:e-?mail|send|share|post|upload|text|give\s+out|hand\s+over)\s+(?:that|this|it|them|my|his|her|our)\b|give\s+(?:that|this|it|them)\s+(?:over\s+the\s+phone|out|to\s+(?:them|the))\b)/i,
  /\b(?:(?:do|should)\s+(?:i|we)\s+(?:chase|call|ring|contact|email|phone)\s+(?:the\s+)?(?:pharmacy|clinic|gp|surgery|hospital|insurer|office|practice)|how\s+do\s+i\s+(?:apply|ask|find|get\s+a\s+referral|get\s+referred|request|appeal|complain|claim|fill|register|sign\s+up|book|contact|reach|go\s+about|start|explain|tell|talk)|how\s+can\s+i\s+(?:find|get\s+(?:a\s+)?referr|apply|appeal|ask)|who\s+(?:do|should|can)\s+(?:i|you|we)\s+(?:even\s+|actually\s+)?(?:call|contact|ask|see|talk|speak|chase|email|e-mail|write\s+to|complain\s+to|phone|ring)|which\s+(?:specialist|doctor|department|form|box|office)|where\s+(?:do|can|should)\s+i\s+(?:even\s+)?(?:start|find|get|apply|go\s+to\s+(?:get|find|apply))|what\s+(?:[\w-]{1,30}\s+){0,2}(?:should\s+i|to)\s+(?:ask|bring|pack|wear|say|expect)|does\s+it\s+have\s+to\s+go\s+through|can\s+you\s+self-?refer|who\s+pays|how\s+long\s+(?:is|are)\s+the\s+wait|how\s+long\s+does\s+it\s+(?:usually\s+)?take\s+to\s+(?:get|hear|receive|process))\b/i,
  // Planning paperwork ahead ("how far ahead do I need to request a fit-to-fly letter?"), what to bake or
  // bring someone, and reporting a scam: none asks about anybody's health.
  /\bwhat\s+(?:[\w-]{1,20}\s+){0,2}(?:should|could|can|shall)\s+(?:i|we)\s+(?:bring|bake|cook|send)\b|\bwhat\s+do\s+(?:i|we)\s+(?:need\s+to\s+)?(?:bring|pack|wear|take\s+with)\b|\breport\s+(?:it|this|them|him|her|the\s+call)\s+to\s+(?:the\s+)?(?:police|bank|action\s+fraud|ftc|fraud|scam|company|insurer|provider)\b/i,
  /\bhow\s+(?:far\s+(?:ahead|in\s+advance)|much\s+notice)\b[^?]{0,60}\b(?:request|book|apply\s+for|order|ask\s+for|arrange|get)\s+(?:a|an|the|my|our)\s+(?:[\w-]{1,20}\s+){0,3}?(?:letter|form|certificate|appointment|prescription|refill|note)\b/i,
  /\bis\s+it\s+normal\s+to\s+(?:not\s+)?(?:feel|be\s+(?:so\s+)?(?:scared|angry|sad|emotional|numb|tearful|anxious|upset|relieved))|\bhow\s+do\s+you\s+cope\b|\bis\s+it\s+weird\s+that\b/i,
  // The same coping and experience questions in French, Spanish and German.
  /\b(?:c'est\s+normal\s+de\s+(?:ne\s+(?:plus|pas)\s+(?:rien\s+)?)?(?:ressentir|sentir|se\s+sentir|pleurer|culpabiliser|etre\s+(?:en\s+colere|triste|epuise))|comment\s+(?:vous\s+faites|faites-vous|avez-vous\s+fait|tenez-vous|gerez-vous)|es\s+normal\s+(?:no\s+)?(?:sentir|llorar|estar\s+(?:enfadad|triste))|como\s+(?:lo\s+)?(?:hicieron|hacen|haceis|hicisteis|llevan|llevais|afrontan)|ist\s+es\s+normal,?\s+(?:nichts\s+)?(?:zu\s+)?(?:fuhlen|empfinden|weinen)|wie\s+(?:geht|habt|macht|schafft)\s+ihr)\b/i,
  // Documents and company, not care: "do I need a doctor's letter in English?", "should I go in with him?".
  /\b(?:do|does|will|would|should)\s+(?:i|we|he|she|they)\s+(?:still\s+)?need\s+(?:a|an|the|to\s+(?:get|bring|show|carry|have))\s+(?:[\w'-]{1,20}\s+){0,2}?(?:letters?|notes?|forms?|certificates?|referrals?|documentation|paperwork|passports?|visas?|cards?|proof)\b|\b(?:go|come)\s+in\s+with\s+(?:him|her|them|me)\b/i,
  // What to bring or send: "Should I bring my own pillow to the sleep study?", "Do I need anything else before I send it?".
  /\b(?:should|do|can|could)\s+(?:i|we)\s+(?:bring|pack|wear|take)\s+(?:my|our|a|an|the|some)\s+(?:own\s+)?(?:pillow|blanket|clothes|pyjamas|pajamas|snacks?|food|charger|book|laptop|bag|headphones|slippers|toiletries|water|phone|tablet|ipad)\b|\b(?:do|should)\s+i\s+need\s+anything\s+else\b|\bbefore\s+i\s+(?:send|submit|file|post)\s+(?:it|this|the)\b/i,
  // Looking for a service, a charity or a practitioner: "Is there a charity that helps with ...", "Any ... therapists near 78207?".
  /^(?:(?:so|and|also|but)\s+)?(?:is\s+there|are\s+there|does\s+anyone\s+know\s+(?:of\s+)?)\s+(?:a|an|any)\s+(?:[\w-]{1,30}\s+){0,2}(?:charity|charities|service|services|grant|grants|fund|funding|scheme|program|programme|support\s+group|group|app|website|organi[sz]ation)\b|^any\s+(?:[\w-]{1,30}\s+){0,4}(?:therapists?|doctors?|specialists?|clinics?|dentists?|practitioners?|physios?|counsell?ors?|groups?|services?)\s+(?:near|in|around|close\s+to)\b/i,
  // Procedures, statistics and recommendations: "Is it normal for them to call the prescriber?",
  // "Is that lifetime risk or the risk at a certain age?", "Any good apps for tracking meds?".
  /\bis\s+it\s+(?:normal|usual|standard|common)\s+for\s+(?:them|the\s+\w{1,30}|pharmacies|pharmacists|doctors|gps|hospitals|clinics|nurses|insurers)\s+to\b|\bis\s+it\s+safe\s+to\s+(?:read|give|share|send|post|say|tell)\b|\blifetime\s+risk\b|\bthe\s+statistics?\b|^any\s+(?:good\s+)?(?:apps?|notebooks?|books?|websites?|podcasts?|recommendations?|suggestions)\b|\b(?:do|does|will)\s+(?:they|i|we|you)\s+need\s+anything\s+else\b/i,
  // Questions about the forum itself: "why can't I post my number", "Mods, is there a private way ...".
  /(?:^|\s)(?:mods?|moderators?),|\b(?:post|share|swap|exchange|give\s+out)\s+(?:my|our|your|contact|phone)\s+(?:number|details|e-?mail|address|contact\s+details)\b/i,
  // Employment, statistics, where a script is filled, and whether a rule is the same elsewhere.
  /\b(?:annual|sick|compassionate|carer'?s|unpaid)\s+leave\b|\bemployers?\s+(?:usually|normally|generally|let|allow|have\s+to)\b|\b(?:five|5|ten|10|one|1)[-\s]year\s+survival\b|\bsurvival\s+(?:rates?|figures|statistics|stats)\b|\b(?:scripts?|prescriptions?)\s+filled\b|\bis\s+it\s+the\s+same\s+(?:in|at|for|everywhere|elsewhere)\b|\bor\s+(?:is|was)\s+it\s+(?:just|only)\s+(?:this|my|our|that|here)\b|\bworth\s+(?:ringing|calling|chasing|phoning|emailing|contacting)\s+(?:them|the\s+(?:practice|office))\b/i,
  /\b(?:what(?:'s|\s+is)\s+the\s+difference|what(?:'s|\s+is)\s+the\s+general|how\s+is\s+\w{1,30}(?:'s)?\s+inherited|at\s+what\s+age\s+do|in\s+general|generally\s+speaking|typical(?:ly)?|usually\s+(?:take|last)|on\s+average)\b/i,
  // Records, what to tell the team, ward rules, a packing list, thanking someone: "easiest way to get a copy
  // of my MRI images", "what should I write down for the neurologist", "do they let you wear your own
  // clothes?", "what am I missing?", "a carers' award I can nominate her for".
  /\b(?:easiest|best|quickest|fastest|simplest)\s+way\s+to\s+(?:get|obtain|request|access|order|book|find|apply|transfer|send|contact)\b|\bcopy\s+of\s+(?:my|his|her|our|their|the)\s+(?:own\s+)?(?:[\w-]{1,20}\s+){0,2}?(?:records?|images?|scans?|results?|notes?|reports?|letters?|files?|discs?)\b|\bask\s+at\s+(?:the\s+)?(?:health\s+records|records|reception|front\s+desk|desk)\b|\bwhat\s+(?:questions\s+|things\s+)?(?:should|do|can|could)\s+(?:i|we)\s+(?:write(?:\s+down)?|say|tell|ask|mention|put\s+down|bring\s+up|raise|take|bring)\b|\bdo\s+they\s+(?:let|allow)\s+(?:you|u|patients|visitors|parents)\b|\bwhat\s+(?:else\s+)?am\s+i\s+(?:missing|forgetting)\b|\b(?:award|nominate|nomination)\b/i,
  // How practice differs, not what this person needs: "is there a reason they differ, or is it just local
  // policy?", "how do doctors usually decide between induction and waiting?", "is it all statins or only some?".
  /\bis\s+there\s+a\s+reason\s+(?:they|hospitals|doctors|some|different)\b|\b(?:local|hospital|trust|nhs|national)\s+(?:policy|policies|protocols?|guidelines?)\b|\bwhy\s+do\s+(?:some|different|most|many)\s+\w{2,30}\b|\bhow\s+do\s+(?:doctors|they|clinicians|hospitals|consultants|surgeons|midwives|gps)\s+(?:usually\s+|normally\s+|generally\s+|typically\s+)?(?:decide|choose|determine|know|work\s+out|pick)\b|\bis\s+it\s+(?:all|every|any)\s+[\w-]{2,30}\s+or\s+(?:only\s+)?(?:some|certain|specific|particular)\b|\b(?:is\s+there|are\s+there)\s+(?:any|much)\s+(?:actual\s+|real\s+|good\s+|solid\s+|published\s+|new\s+)?(?:evidence|research|studies|trials?|data)\b|\bis\s+it\s+(?:the\s+)?[\w'-]{2,30}\s+(?:job|responsibility)\b|\bwhose\s+(?:job|responsibility)\b|\bwhat\s+(?:questions|things)\s+(?:would|should|did|do)\s+(?:you|i|we)\s+(?:want\s+to\s+|need\s+to\s+)?(?:ask|bring\s+up|raise|write\s+down)\b/i,
  /\b(?:alguien|a\s+alguien|quelqu'un|vos\s+temoignages|temoignages|votre\s+(?:experience|convalescence)|hat\s+(?:jemand|einer)|weiss\s+jemand|erfahrungen?\s+mit|qualcuno\s+(?:di\s+voi\s+)?(?:ha|sa|conosce)|avete\s+esperienz[ae]|la\s+vostra\s+esperienza|heeft\s+iemand|iemand\s+ervaring|ervaringen\s+met|alguem|voces\s+ja)\b/i,
  // What an identifier is: "What exactly is a CHI number and do I need it when I phone NHS 24?"
  /\bwhat\s+(?:exactly\s+)?(?:is|are)\s+(?:a|an)\s+[\w-]{2,20}\s+(?:number|id|code|card)\b/i,
  ].map(pattern),
];

// Logistics topics: a question about them is navigation unless it is plainly a decision for a person.
const LOGISTICS_TOPIC = pattern(
  /\b(?:superbill|billing|bill|invoice|copay|co-pay|receipt|pharmacy\s+label|label|rx\s+number|fill\s+number|fill\s+(?:it|this|that|them)\s+in|fill\s+in|section\s+(?:\d|[a-h]\b)|version\s+code|card\s+number|claim|letter\s+(?:from|for)|security\s+(?:check|screening)|for\s+security|airline|carry-?on|flying|flight|airport|customs|tell\s+(?:my|the)\s+(?:pharmacy|insurer|employer|work|school|dvla|bank)|referrals?|self-?refer\w{0,4}|automatically|(?:chi|nhs|health|medicare|ohip)\s+(?:number|card)|(?:normal|usual|typical|long)\s+(?:wait|turnaround|delay)|(?:get|gets|send|sends|receive|receives)\s+a\s+copy|hand\s+(?:it|them|this|that)\s+in|refer\s+(?:myself|yourself)|(?:calling|call|ring|ringing|email|emailing|contact|contacting)\s+(?:customer\s+|tech(?:nical)?\s+)?support|waiting\s+for\s+(?:a|the)\s+(?:software\s+|firmware\s+|app\s+)?(?:patch|fix|update)|insurance|insurer|krankenkasse|versichertennummer|steuer-?id|angeben|arbeitgeber|krankmeldung|krankschreibung|diagnoseschlussel|di\s+persona|distretto|spid|esenzione|appeal|claim\s+form|forms?|paperwork|benefits?|allowance|pip|hr|employer|manager|practice\s+manager|pals|district|warranty|supplier|receptionist|in\s+person|bulk-?bill\w{0,6}|dossier|attestation|formulaire|mdph|cpam|boss|line\s+manager|colleagues|coworkers|promotion|refunds?|refunded|charged\s+twice|refills?|school|nursery|visa|passport|packing|hospital\s+bag|parking|(?:blue\s+)?badge|accession|lost\s+(?:the|my|his|her)\s+(?:sample|specimen|bloods?|results?|referral|paperwork|forms?)|placard|travel\s+insurance|template|council|seguridad\s+social|segunda\s+opinion|records|who\s+pays|fit[\s-]to[\s-]fly|how\s+far\s+(?:ahead|in\s+advance)|part\s+[abcd]\s+plan|medicare\s+card|in\s+english|translat\w{0,7}|aadhaa?r|abha|health\s+id|shortages?|out\s+of\s+stock|back\s+in\s+stock|back-?order(?:ed)?|bank|dispute|disputed|social\s+security|medicare|medicaid|ohip|congressional|code\s+it|coded|coding|proxy)\b/i,
);

// "I'm not asking about anyone specific", "I'm not looking for anyone to make the decision for me", "I
// don't need advice, I just need someone to say they've felt this too".
const DISCLAIMER = pattern(
  /\bi\s+(?:don'?t|do\s+not)\s+(?:need|want)\s+(?:advice|solutions|fixing)\b(?![^.!?\n]{0,80}\bbut\b)|\b(?:i'?m|i\s+am|im)\s+not\s+(?:really\s+)?(?:asking|looking\s+for\s+(?:anyone|anybody|someone|people|you)\s+to)\s+(?:about\s+(?:anyone|anybody|a\s+specific|any\s+specific|(?:the|my|his|her|their)\s+[\w-]{1,30}\s+itself)|which|whether|if\s+(?:i|he|she|we|they|mum|mom|dad)\b|what\s+(?:i|he|she|we|they)\s+should|for\s+(?:anyone|anybody|someone)\s+to|make|tell|decide|diagnose)\b(?![^.!?\n]{0,80}\bbut\b)/i,
);

// Explicitly hypothetical or study questions about nobody in particular (policy: general information).
const GENERAL_HYPOTHETICAL = pattern(
  /\b(?:caso\s+(?:inventado|hipotetico|ficticio)|pregunta\s+de\s+(?:estudiante|examen)|cas\s+(?:fictif|hypothetique|invente)|question\s+d'examen|fiktiver\s+fall|prufungsfrage|textbook\s+question|exam\s+question|quiz\s+question|not\s+about\s+(?:me|anyone|a\s+real)|for\s+(?:a|an|my|our|the)\s+(?:[\w'-]{1,30}\s+){0,2}(?:assignment|exam|essay|class|course|module|boards|quiz|revision|homework|lecture|project|faq|leaflet|presentation|newsletter)(?:\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:writing|putting\s+together|making|doing|preparing))?|isn'?t\s+about\s+(?:me|anyone)|(?:purely\s+|just\s+)?out\s+of\s+(?:pure\s+)?curiosity|none\s+of\s+us\s+(?:is|are)\s+[\w-]{2,30}|studying\s+for(?:\s+(?:a|an|my|our|the)\s+(?:[\w-]{1,30}\s+){0,2}(?:assignment|exam|essay|class|course|module|boards|quiz|revision|homework|lecture)s?)?|in\s+theory|theoretically|generally\s+speaking|curious\s+about\s+the\s+(?:mechanism|science|physiology|biology|chemistry|pharmacology))\b/i,
);
const GENERAL_HYPOTHETICAL_G = new RegExp(GENERAL_HYPOTHETICAL.re.source, 'gi');
const IN_GENERAL = pattern(
  /\b(?:in\s+general|generally|typically|usually|on\s+average|en\s+general|im\s+allgemeinen)\b/i,
);
// The author or someone close to them, in any of the forum's languages ("they" may be anybody).
const PARTICULAR_PERSON = pattern(new RegExp(
  `${AGE_SEX}|\\(\\d{1,3}\\)|\\b(?:${ENGLISH_PERSON}|mum|mom|dad|mi|mis|yo|tengo|nuestr[oa]s?|mon|ma|mes|notre|nos|je|j'ai|moi|ich|mein|meine|meinem|meinen|meiner|mir|mich|unser|unsere|unseren|unserem)\\b`,
  'i',
));
const FIRST_PERSON = pattern(/\b(?:i|i'm|i've|me|my|we|our|us|he|she|his|her|him)\b/i);
const SOMEONE_ELSE = pattern(
  // "if someone knows about this, text me" looks for a helper, not a hypothetical patient.
  /\b(?:if|when)\s+(?:(?:someone|somebody)(?!\s+(?:knows|can|could|would|is\s+able|has\s+(?:an?\s+)?(?:idea|experience|time)|wants|here|else)\b)(?!\s+(?:who|with|that|from)\b[^.?!]{0,60}\b(?:could|can|would|knows?|has|have)\s+(?:glance|look|check|read|tell|say|explain|help|idea|experience))|a\s+(?:patient|person|man|woman|child|kid|adult|parent|mother|father|sibling|family\s+member|carrier)|an\s+(?:adult|infant|elderly\s+\w{1,30}))(?:'s)?\b/i,
);

const COMPARISON = pattern(
  /\b(?:how\s+(?:is|are|does|do)\s+[\w-]{1,30}(?:\s+[\w-]{1,30}){0,2}\s+differ(?:ent)?|what(?:'s|\s+is)\s+the\s+difference\s+between|difference\s+between)\b/i,
);

// Narratives about a question asked in the past ("back then I asked you all whether ..."); "I posted the
// video of my episodes" shows something now.
const PAST_QUESTION = pattern(
  /\b(?:i\s+(?:asked|posted(?!\s+(?:the|a|an|my|some|this)\s+(?:[\w-]{1,20}\s+){0,3}?(?:videos?|photos?|pics?|pictures?|clips?|recordings?|scans?|screenshots?)\b)|wondered|was\s+asking|was\s+wondering|used\s+to\s+ask)|remember(?:ed)?\s+(?:[\w'-]{1,20}\s+){0,8}?(?:wondering|asking|googling|searching)|back\s+then|a\s+(?:year|month|few\s+\w{1,30})\s+ago\s+i|je\s+vous\s+demandais|je\s+demandais|pregunte|preguntaba|ich\s+fragte)\b/i,
);

// Body and test words (not care settings): "is this normal?" is only clinical next to one of these.
const SYMPTOM_OR_FINDING: readonly Pattern[] = [
  pattern(new RegExp(String.raw`\b(?:${BODY_AND_SIGNS}|spotting|bumps?|lump|swell\w{0,30}|swollen|bleed\w{0,30}|blood|bruis\w{0,30}|cough\w{0,30}|vomit\w{0,30}|sick|nause\w{0,30}|dizz\w{0,30}|faint\w{0,30}|headaches?|migraines?|hair\s+loss|hair\s+(?:is\s+|keeps\s+)?(?:falling|thinning|coming)\s+out|periods?\s+(?:stopped|have\s+stopped|has\s+stopped|are\s+late|is\s+late|missed|irregular)|missed\s+(?:my\s+)?periods?|numb(?!er)\w{0,30}|tingl\w{0,30}|itch\w{0,30}|discharge|cramp\w{0,30}|palpitations?|chest|breath\w{0,30}|wheez\w{0,30}|seizures?|fever\w{0,30}|temperature|tired|fatigue|weight|infect\w{0,30}|wound|stitches|swallow\w{0,30}|tightenings?|bloat\w{0,30}|diarrh\w{0,30}|urine|stool|reflux|drooping|confus\w{0,30}|sleepy|weak\w{0,30}|tremor|zaps|flare\w{0,30}|symptoms?|results?|labs?|bloods?|levels?|troughs?|scan|mri|x-?ray|ultrasound|biopsy|report(?!\s+(?:it|them|this|that|him|her|the\s+(?:call|caller|scam|number)))|ecg|ekg|echo|reading|readings|score|creatinine|potassium|sodium|glucose|sugars?|heart\s+rate|pulse|oxygen|nodule|cyst|mass|lesion|side\s+effects?|dose|mg|ml|mmol|slurr\w{0,30}|uneven|floppy|temperature|feeding|wet\s+nappy|fiebre|dolor|fievre|douleur|schmerz\w{0,30}|fieber)\b`, 'i')),
  pattern(new RegExp(String.raw`\b(?:[\w-]{2,31}\b(?<=\wectomy))\b`, 'i')),
];

// An apostrophe inside a word opens no quote ("won't ... carers' award") and closes none ('what's wrong with me?').
const QUOTED = /"[^"\n]{1,200}"|(?<![A-Za-z0-9])'(?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){8,200}'(?!\w)/g;
const GENERIC_SHORT_QUESTION =
  /^(?:ideas|thoughts|anyone|anybody|advice|tips|suggestions|recommendations|help|right|normal|thanks|please|why|how|what|seriously|really|ok|okay|true|sources|links|same|yes|no|opinions|experiences)\??$/i;

const MAX_SENTENCES = 400;
const MAX_SENTENCE_CHARS = 2000;
const MAX_FINDINGS = 20;

function stripQuotes(text: string): string {
  // Blank quoted spans out rather than deleting them so offsets stay aligned with the sentence.
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

// A question typed without its question mark: "does that mean the abscess burst or do i still need the dentist".
const UNMARKED_QUESTION_START = String.raw`(?:(?:does|do|is|are|can|could|should|would|did|am)\s+(?:i|he|she|it|this|that|these|they|we|my|his|her|our)|what\s+(?:could|might|would|can)\s+(?:it|this|that|these|they)\s+be|how\s+(?:much|many)\s+(?:[\w-]{1,20}\s+){0,5}?(?:can|should|do|could|may)\s+(?:i|we)\s+(?:give|take|use)|how\s+(?:fast|quickly|slowly|often|soon)\s+(?:should|can|do|must)\s+(?:i|we|he|she)|how\s+long\s+(?:do|should|must)\s+(?:i|we|he|she)\s+(?:need\s+to\s+)?wait|(?:ambulance|a&e|er|911|999|000|112|urgent\s+care)\s+or\s+(?:do|should|can|shall)\s+(?:i|we))\b`;
const UNMARKED_QUESTION = new RegExp(`^${UNMARKED_QUESTION_START}`, 'i');
// "but should I go in tonight", "so is it the tablets": a question carried on by a conjunction. The word
// after it keeps "so am I" out.
const UNMARKED_QUESTION_AFTER_CONJUNCTION = String.raw`\b(?:but|so)\s+${UNMARKED_QUESTION_START}(?=\s+\w)`;

// Run-on posts ask after a comma, or end on a worry with no mark at all: "no fever feeding fine is this
// something to worry about", "its her wedding saturday, can i drink if i finish the course friday".
const UNMARKED_QUESTION_AFTER_COMMA = new RegExp(`,\\s*${UNMARKED_QUESTION_START}|${UNMARKED_QUESTION_AFTER_CONJUNCTION}`, 'i');
const UNMARKED_WORRY_AT_END =
  /\b(?:is\s+(?:this|that|it)\s+something\s+to\s+worry\s+about|(?:should|shd|shud|shld)\s+(?:i|we)\s+be\s+(?:worried|concerned)(?:\s+or\s+(?:nah|not))?|or\s+(?:does|do|will|should)\s+(?:it|this|that|he|she|they|i|we)\s+need\s+[^.!?]{1,40}|or\s+is\s+(?:there\s+)?something\s+(?:else\s+)?(?:going\s+on|wrong)|\b(?:that'?s|thats|it'?s|its|this\s+is)\s+(?:fine|ok|okay|normal|safe|alright)\b[^.?!]{0,60}\bright)\s*$/i;
// A tag that asks for agreement mid-sentence: "fever came back thats not normal right he says its a cold";
// a care setting offered mid-sentence: "idk if thats ketones or what do i go to er or just keep correcting".
const NOT_NORMAL_RIGHT = /\b(?:that'?s|thats|this\s+is|it'?s|its)\s+not\s+normal,?\s+(?:right|is\s+it)\b|\b(?:do|should|shd)\s+(?:i|we)\s+(?:go\s+to|call|ring|take\s+(?:him|her|them)\s+to)\s+(?:the\s+)?(?:er|a&e|ed|hospital|urgent\s+care|emergency|911|999|000|111|ambulance|gp|doctor)\b[^.?!]{0,40}\bor\b/i;
// "Steroids from the GP or just steam and watch": a choice typed without its question mark.
const UNMARKED_CHOICE =
  /^[^?]{0,80}\bor\s+(?:just\s+[\w' -]{1,40}|(?:get\s+(?:him|her|them|it|me)\s+(?:checked|seen)|go\s+(?:to|in)|call|take\s+(?:him|her|them)\s+(?:in|to))\b[\w' -]{0,40})$/i;

function isQuestion(sentence: string): boolean {
  if (/\?\s*$/.test(sentence) || sentence.includes('¿') || /\?\s/.test(sentence) || UNMARKED_QUESTION.test(sentence)) return true;
  return UNMARKED_QUESTION_AFTER_COMMA.test(sentence) || UNMARKED_WORRY_AT_END.test(sentence) || NOT_NORMAL_RIGHT.test(sentence) || UNMARKED_CHOICE.test(sentence.trim());
}

// A bare "Thoughts?" closing a post about one's own results asks for a reading of them.
const BARE_OPINION_WORDS = String.raw`(?:any\s+)?(?:thoughts|opinions)\s*[.?!]*$`;
const BARE_OPINION = new RegExp(`^${BARE_OPINION_WORDS}`, 'i');

function isShortClinicalGuess(sentence: string): boolean {
  // Conjunctions and blanked-out quotes are no guess: 'and "clinical correlation recommended"?'.
  const words = sentence.replace(/[?!.]+$/, '').trim().split(/\s+/).filter((w) => !/^(?:and|or|also|so|but|then)$/i.test(w));
  if (words.length === 0 || words.length > 3 || !/\?\s*$/.test(sentence) || /[*#_`]/.test(sentence)) return false;
  if (GENERIC_SHORT_QUESTION.test(sentence.trim()) || /\b(?:you|your|anything|anyone|anybody|thoughts|ideas)\b/i.test(sentence)) return false;
  return !/^(?:what|why|how|who|where|when|which|anyone|any|is|are|do|does|did|can|could|should|would)\b/i.test(sentence);
}

/**
 * What the whole post says about the person and the question. Each fact costs a scan of the post, and
 * most posts' sentences are settled without any of them, so each is read the first time it is asked.
 */
class PostContext {
  #personalClinical?: boolean;
  #symptomatic?: boolean;
  #wrapped?: boolean;
  #revealsSelf?: boolean;
  #disclaims?: boolean;
  #general?: boolean;
  #comparison?: boolean;
  #seeksExperience?: boolean;
  #aboutPayment?: boolean;

  constructor(readonly scan: TextScan) {}

  /** The post talks about a particular person (pronouns, relations) and about health. */
  get personalClinical(): boolean {
    return (this.#personalClinical ??= this.scan.test(PERSONAL) && this.scan.testAny(CLINICAL));
  }

  /** The post describes symptoms, findings or doses, not just care settings. */
  get symptomatic(): boolean {
    return (this.#symptomatic ??= this.scan.testAny(SYMPTOM_OR_FINDING));
  }

  /**
   * The author says outright that they do not want this case assessed ("I'm not asking which one I should
   * have, I'll discuss that with whoever I see"). Unlike a wrapper, no "but" follows.
   */
  get disclaims(): boolean {
    return (this.#disclaims ??= this.scan.test(DISCLAIMER));
  }

  /** The post hedges or wraps a request ("asking for a friend", "nobody here is a doctor, but"). */
  get wrapped(): boolean {
    return (this.#wrapped ??= this.scan.test(WRAPPER) || this.revealsSelf);
  }

  /** The hypothetical "someone" of the post is its author ("if someone (me) took it twice"). */
  get revealsSelf(): boolean {
    return (this.#revealsSelf ??= this.scan.test(SELF_REVEAL));
  }

  /** The post says it is about nobody real ("hypothetical, not about me", "for my nursing exam"). */
  get general(): boolean {
    return (this.#general ??= (this.scan.test(GENERAL_HYPOTHETICAL) || this.scan.test(SOMEONE_ELSE)) && !this.revealsSelf);
  }

  /** The post asks how conditions or treatments differ, which is general information. */
  get comparison(): boolean {
    return (this.#comparison ??= this.scan.test(COMPARISON));
  }

  /** The post gives numbers (results, doses, days). */
  get hasNumbers(): boolean {
    return /\d/.test(this.scan.text);
  }

  /** The post is about a payment card or account ("Should I cancel it?" then decides nothing clinical). */
  get aboutPayment(): boolean {
    return (this.#aboutPayment ??= this.scan.test(PAYMENT));
  }

  /** The post asks others for their experience ("what helped you?"), so its short questions are suggestions. */
  get seeksExperience(): boolean {
    return (this.#seeksExperience ??= this.scan.testAny(EXPERIENCE_SEEKING));
  }
}

/** One sentence of the post, tested through the post's scan. */
class Sentence {
  constructor(
    readonly span: SentenceSpan,
    private readonly scan: TextScan,
  ) {}

  get text(): string {
    return this.span.text;
  }

  has(p: Pattern): boolean {
    return this.scan.test(p, this.span);
  }

  hasAny(ps: readonly Pattern[]): boolean {
    return this.scan.testAny(ps, this.span);
  }
}

const [DECISION, ...OTHER_STRONG_REQUESTS] = STRONG_REQUEST as [Pattern, ...Pattern[]];
// Verbs of medicines and of getting care: with these a decision question is clinical on its own.
const MEDICATION_VERB = pattern(
  /\b(?:go\s+in|go\s+to|be\s+seen|get\s+(?:checked|seen)|call\s+(?:an?\s+)?(?:ambulance|999|911|111|midwife|doctor|gp)|take|taking|give|giving|stop|stopping|start|starting|skip|double|split|halve|taper|wean|increase|decrease|change|switch|mix|combine|drink|have|use|try|restart|resume|up|drop|lower|raise|reduce|continue|come\s+off|go\s+off)\b/i,
);
// "Is that why I'm so tired?" only asks for an assessment when the sentence itself is clinical.
const IS_THAT_WHY = pattern(/\bis\s+(?:that|this|it)\s+why\s+(?:i|he|she|we|my)\b/i);
const SUBJECT_SHOULD = pattern(
  /\b(?:i|we|he|she|they)\s+(?:should|need\s+to|have\s+to|must)\s+(?:be\s+)?[\w-]{1,30}/i,
);
const IS_THIS_X = pattern(
  /\b(?:is|could)\s+(?:this|that|it)\s+(?:be\s+)?(?:a\s+|an\s+|just\s+)?[\w'-]{1,30}(?:\s+[\w'-]{1,30})?\s*\?/i,
);
// "Is that usual?" after a story about an e-mail is about manners, not a body.
const SOCIAL_JUDGEMENT = pattern(
  /\b(?:is|was)\s+(?:this|that|it)\s+(?:a\s+)?(?:usual|unusual|weird|strange|allowed|legal|common|true|fair|possible|worth\s+it|appropriate|professional|scam|rude|acceptable|standard|typical|thing|right|wrong|a\s+thing)\b/i,
);
// Questions to the community about their own experience ("you") rather than an opinion on this case.
const ASKS_THEIR_EXPERIENCE = pattern(/\b(?:you|your|y'all|anyone|anybody|everyone)\b/i);
const ASKS_OPINION = pattern(
  /\b(?:would\s+you|do\s+you\s+think|to\s+you|you\s+reckon|your\s+(?:guess|opinion|thoughts\s+on\s+(?:my|this|her|his)))\b/i,
);
// The group itself, in English and the forum's other languages: "what others faced", "any UK folk",
// "¿qué os funcionó?", "comment avez-vous fait ?". "Rendez-vous" is an appointment, not the group.
const THE_GROUP = pattern(
  /\b(?<!-)(?:others|folks?|other\s+(?:people|parents|carers|families|patients|members|mums|moms|dads)|vous|votre|vos|os|vosotr[oa]s|ustedes|ihr|euch|eure?|\w{2,20}(?:asteis|isteis|abais|iais))\b/i,
);
// "D'après vous ?", "¿ustedes se operarían?", "tell me what you think this is": an opinion on this case.
const ASKS_OPINION_ELSEWHERE = pattern(
  /\b(?:what\s+you\s+(?:think|reckon)|d'apres\s+vous|a\s+votre\s+avis|selon\s+vous|vous\s+(?:pensez|croyez|feriez|prendriez|iriez|diriez)|vous\s+\w{2,20}(?:iez|riez)|en\s+su\s+opinion|ustedes\s+(?:se\s+)?\w{2,20}(?:ian|rian)|que\s+har[ií]an|(?:meint|denkt|glaubt|wurdet)\s+ihr)\b/i,
);

/** The sentence asks the group about their own lives ("did reducing hours give you more energy?"), not for an opinion on this case. */
function asksOthersOwn(s: Sentence): boolean {
  if (s.has(ASKS_OPINION) || s.has(ASKS_OPINION_ELSEWHERE)) return false;
  return s.has(ASKS_THEIR_EXPERIENCE) || s.has(THE_GROUP);
}
const OPEN_NAVIGATION = /^(?:where|who|which|when\s+(?:is|does|do\s+they)|how\s+(?:do|can)\s+(?:i|we)\s+(?:get|find|make|stop\s+(?:them|the))|what\s+(?:kind|type|brand|app))\b/i;

// "Myeloma screen or bone scan first?", "Red man or something worse?": picking between options for this case.
const CLINICAL_CHOICE = /^[^?]{0,80}\bor\b[^?]{0,60}(?:\bfirst|\bnow|\btonight|\btoday|\binstead)?\?+\s*$/i;

// Cheap gate: a sentence that neither asks (a question mark) nor addresses anyone cannot be a request.
// Includes questions typed without a question mark and a bare "Thoughts.", at the start of a sentence.
const MAY_ASK = pattern(new RegExp(
  String.raw`(?:^|(?<=[.!\n,]\s*))\b(?:${UNMARKED_QUESTION_START}|${BARE_OPINION_WORDS})|${UNMARKED_QUESTION_AFTER_CONJUNCTION}|\b(?:gut\s+feeling|hunch|appreciate|grateful|guess|eyes\s+on|second\s+opinion|(?<!^[\w' -]{1,30},\s{0,2})please|pls|plz|(?:someone|somebody|anyone)(?!\s+else)|something\s+to\s+worry\s+about|(?:shd|shud)\s+i|or\s+nah|if\s+(?:you|u)\s+(?:know|can)|(?<!\b(?:nobody|no\s+one|no-one|can'?t|cannot|won'?t|doesn'?t|didn'?t|couldn'?t)\b[^.!?]{0,30})tell\s+me|need\s+to\s+know|wondering|advi[sc]e(?:\s+(?:me|us))?\s+(?:if|whether)|want\s+to\s+know|like\s+to\s+know|not\s+sure\s+(?:if|whether)|unsure\s+(?:if|whether)|can'?t\s+decide|voudrais\s+(?:savoir|comprendre|(?:votre|un)\s+avis)|thoughts\s+on|opinions\s+on|views\s+on|input\s+on|how\s+worried|not\s+normal,?\s+(?:right|is\s+it)|or\s+just|or\s+get\s+(?:him|her|them|it|me)\s+(?:checked|seen)|question\s+is\s+(?:whether|if)|(?:fine|ok|okay|normal|safe|alright)\b[^.?!]{0,60}\bright\s*$|necesito\s+que\s+alguien|(?:go\s+to|call)\s+(?:the\s+)?(?:er|a&e|ed|hospital|ambulance)|or\s+(?:does|do|will|should)\s+(?:it|this|that|he|she|they|i|we)\s+need|or\s+is\s+(?:there\s+)?something\s+(?:else\s+)?(?:going\s+on|wrong)\s*$|(?:just\s+)?curious\s+(?:what|if|whether|how)|what\s+happens\s+if)\b`,
  'i',
));

/**
 * The sentence is plainly not a request: it asks nobody, tells of a past question, is about nobody real,
 * asks for others' experience, or is about paperwork. Neither the rules nor the model hold it.
 */
function isRuledOut(s: Sentence, post: PostContext): boolean {
  if (!hasQuestionMark(s.text) && !s.has(MAY_ASK)) return true;
  if (s.has(PAST_QUESTION)) return true;
  if (post.general && s.has(SOMEONE_ELSE)) return true;
  if (post.general && !FIRST_PERSON.re.test(s.text.replace(GENERAL_HYPOTHETICAL_G, ' '))) return true;
  // "Someone please read my MRI report and tell me if I need surgery" asks even when it also invites "anyone".
  if (s.has(IMPERATIVE_REQUEST) && s.has(READ_MINE)) return false;
  if (s.has(ASKS_GROUP_TO_ASSESS)) return false;
  // "I know nobody here can diagnose me, but in your experience does a rash like this sound like Lyme?"
  if (post.wrapped && s.hasAny(STRONG_REQUEST)) return false;
  if (s.hasAny(NOT_REQUEST)) return true;
  if (s.has(CANCEL_IT) && post.aboutPayment) return true;
  // "Do I need a letter from my doctor?" is paperwork; "should I stop my pills before the referral?" and
  // "what are my odds of seeing my grandson start school?" are not.
  return s.has(LOGISTICS_TOPIC) && !((s.has(DECISION) || s.has(OWN_ODDS)) && (post.symptomatic || s.hasAny(SYMPTOM_OR_FINDING)));
}

// "What are my realistic odds of seeing my grandson start school?" asks for a prognosis, not about school;
// "what are my chances of getting the PIP claim approved?" is paperwork.
const OWN_ODDS = pattern(
  /\bwhat\s+(?:are|is)\s+(?:my|his|her|our)\s+(?:[\w-]{1,30}\s+)?(?:prognosis|odds|chances|life\s+expectancy)(?:\s+(?:of|that)\s+(?:seeing|surviving|living|making\s+it|reaching|beating|being\s+(?:here|alive|around)|getting\s+to\s+see|recurrence|remission|it\s+(?:coming|spreading))\b|\s*[?.!]|$)/i,
);

function hasQuestionMark(text: string): boolean {
  return text.includes('?') || text.includes('¿');
}

const PAYMENT = pattern(/\b(?:card|bank|paypal|payment|account|subscription|direct\s+debit|refund)\b/i);
const CANCEL_IT = pattern(
  /\b(?:cancel|freeze|block|report)\s+(?:it|them|the\s+card|my\s+card|her\s+card|his\s+card)\b/i,
);

const READ_MINE = pattern(
  /\b(?:read|interpret|look\s+at|check|make\s+sense\s+of)\s+(?:my|his|her|mum'?s|dad'?s|mom'?s|(?:this|these|it)\s+for\s+(?:me|us|him|her))\b/i,
);
const POINTS_AT_IT = pattern(/\b(?:this|that|it|these)\b/i);
// "anyone know what this rash is??", "for those who've had a TIA, did it feel like this?", "does pain
// after fatty food sound like what you had?", "watch it and tell me if it looks like real seizures", "curious
// what the menopause-savvy folk would do", "can anyone tell me what these results mean for me?", "has
// anyone's child done better on X, and would you push for that for her?": asks the group to read this
// person's case, not only to tell their own story.
const ASKS_GROUP_TO_ASSESS = pattern(
  /\bwhat\s+(?:you|u|y'all|you\s+all|others|people\s+here|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:folks?|crowd|people|members))\s+(?:would|'d)\s+do\b|\btell\s+me\s+(?:whether|if)\s+(?:to|i\s+should|we\s+should|i\s+need\s+to)\s+(?:go|call|ring|take|give|stop|start|wait)\b|\b(?:did|does|do)\s+(?:it|yours|your\s+[\w-]{2,20})\s+(?:feel|look|start|come\s+on)\s+(?:like\s+(?:this|mine)|the\s+same\s+as\s+(?:this|mine))\b|\b(?:sounds?|looks?|feels?)\s+like\s+what\s+(?:you|u)\s+(?:had|have|got)\b|\btell\s+me\s+(?:if|whether)\s+(?:it|this|that|these|they|he|she|i)\s+(?:looks?|sounds?|seems?)\s+like\b|\bis\s+this\s+what\s+(?:an?\s+)?[\w-]{2,30}\s+(?:feels?|looks?)\s+like\b|\b(?:any(?:one|body|1)|someone|somebody|u|you)\s+(?:know|knows|tell\s+me|have\s+(?:an?\s+)?idea|recogni[sz]e)\s+what\s+(?:this|these|that|those|my|his|her|it)\s+(?:[\w-]{1,20}\s+){0,2}?(?:is|are|could\s+be|might\s+be|means?)\b|\b(?:any(?:one|body|1)|someone|somebody|u|you)\s+(?:know|tell\s+me)\s+what\b[^.?!]{0,80}?\bmeans?\s+for\s+(?:me|him|her|us|them|my\s+[\w-]{1,20})\b|\b(?:necesito|quiero)\s+que\s+alguien\s+me\s+(?:diga|explique|lea|interprete|confirme)\b|\bquelqu'un\s+(?:peut|pourrait)\s+(?:me\s+dire|m'expliquer|lire)\s+(?:si|ce\s+que)\b|\bwould\s+you\s+(?:push|go|opt|ask)\s+for\b[^.?!]{0,60}\bfor\s+(?:her|him|them|me|my\s+[\w-]{1,20})\b/i,
);
const IS_IT_NORMAL = pattern(/\bis\s+(?:it|this|that)\s+normal\b/i);
// The same question in the forum's other languages, whose symptoms the lexicons know less well: only a
// feeling named in it makes it a coping question ("Est-ce normal de ne plus avoir envie de voir personne ?").
const IS_IT_NORMAL_ELSEWHERE = pattern(/\best-ce\s+(?:que\s+c'est\s+)?normal|\bes\s+normal|\bist\s+(?:das|es)\s+normal|\be\s+normale\b|\bczy\s+to\s+(?:jest\s+)?normalne/i);
const BARE_IS_IT_NORMAL = /^\s*is\s+(?:it|this|that)\s+normal\s*[?!.]*\s*$/i;
const SOMEONE_PARTICULAR = pattern(/\b(?:he|she|they|i|my|his|her)\b/i);

// "Did your rheum just sign it or did they push back?", "Were the blood draws bunched together or spread
// out?": in a post asking what others went through, a question about what happened to them.
const ASKS_WHAT_HAPPENED = /^(?:did|were|was|had)\s+(?:you|your|y'all|anyone|anybody|they|the)\b/i;
const NAMES_THIS_CASE = pattern(/\b(?:i|i'm|i've|me|my|he|she|him|his|her)\b/i);

/** Whether a sentence that is not ruled out asks for an assessment of a particular person. */
function isRequestSentence(s: Sentence, post: PostContext): boolean {
  const sentence = s.text;
  if (s.has(IMPERATIVE_REQUEST) && s.has(READ_MINE)) return true;
  if (s.has(ASKS_GROUP_TO_ASSESS) && (post.symptomatic || s.hasAny(CLINICAL))) return true;
  if (post.seeksExperience && ASKS_WHAT_HAPPENED.test(sentence.trim()) && !s.has(NAMES_THIS_CASE)) return false;
  const question = isQuestion(sentence);
  const decision = s.has(DECISION);
  const aboutSomeone = post.personalClinical || (post.symptomatic && s.has(POINTS_AT_IT));
  const otherStrong = (question || post.wrapped) && s.hasAny(OTHER_STRONG_REQUESTS);
  if ((question || post.wrapped) && (decision || otherStrong)) {
    if (s.has(IS_IT_NORMAL)) {
      return post.symptomatic && !s.has(EMOTION);
    }
    if (s.has(IS_IT_NORMAL_ELSEWHERE) && s.has(EMOTION)) return false;
    // "Should we cancel it?" about a bank card decides nothing clinical.
    if (!otherStrong && !s.has(MEDICATION_VERB) && !post.symptomatic && !s.hasAny(CLINICAL)) return false;
    return aboutSomeone || s.has(PERSONAL);
  }
  if (s.has(IMPERATIVE_REQUEST) && aboutSomeone) return true;
  if (BARE_OPINION.test(sentence.trim())) return post.personalClinical && (post.symptomatic || post.hasNumbers) && !post.seeksExperience;
  // "just curious what happens if someone's INR is 5.2 ... like me right now".
  if (post.revealsSelf && s.has(SOMEONE_ELSE) && (post.symptomatic || s.hasAny(CLINICAL))) return true;
  if (!question) return false;
  // "Is it weird that I still cry?" asks about conduct; "Is this a weird migraine thing, Bell's palsy, or a
  // stroke??" does not.
  if (s.has(SOCIAL_JUDGEMENT) && !(CLINICAL_CHOICE.test(sentence) && s.hasAny(CLINICAL))) return false;
  if (s.has(IS_THAT_WHY) && CLINICAL.some((p) => p.re.test(sentence.replace(IS_THAT_WHY.re, '')))) return true;
  if (s.has(SUBJECT_SHOULD) && aboutSomeone) return true;
  if (s.has(IS_THIS_X) && (post.symptomatic || s.hasAny(CLINICAL)) && aboutSomeone) return true;
  if (isShortClinicalGuess(sentence) && post.symptomatic && aboutSomeone && !post.seeksExperience) return true;
  // In a post that asks others what they did, "high-waisted swimwear or a wrap?" is a poll unless the choice is clinical.
  const poll = post.seeksExperience && !s.hasAny(CLINICAL) && !s.has(MEDICATION_VERB);
  // "Social Security or Medicare?" picks an office, not a treatment: the choice itself must be clinical.
  const clinicalChoice = (CLINICAL_CHOICE.test(sentence) || UNMARKED_CHOICE.test(sentence.trim())) && (s.hasAny(CLINICAL) || s.hasAny(SYMPTOM_OR_FINDING));
  if (clinicalChoice && !OPEN_NAVIGATION.test(sentence.trim()) && post.personalClinical && !post.comparison && !poll && !s.has(ASKS_THEIR_EXPERIENCE)) return true;
  // A hedge ("I know nobody here is a doctor, but ...") turns any clinical question into a request.
  if (post.wrapped && aboutSomeone && s.hasAny(CLINICAL)) return true;
  if (post.wrapped && s.has(SOMEONE_PARTICULAR) && !s.has(ASKS_THEIR_EXPERIENCE)) return true;
  // Otherwise, a question about this person's symptoms or findings that asks nobody for their own
  // experience is most likely asking for an assessment.
  if (OPEN_NAVIGATION.test(sentence.trim())) return false;
  if (s.has(ASKS_THEIR_EXPERIENCE) && !s.has(ASKS_OPINION)) return false;
  return post.personalClinical && post.symptomatic && !post.seeksExperience && (s.has(PERSONAL) || s.has(POINTS_AT_IT)) && s.hasAny(CLINICAL);
}

/** "Does it ever stop feeling like I'm losing him?": a question about a feeling, naming no symptom or care. */
function isOnlyFeeling(s: Sentence): boolean {
  return s.has(EMOTION) && !s.hasAny(SYMPTOM_OR_FINDING) && !s.hasAny(CLINICAL);
}

export function detectDiagnosisRequests(scan: TextScan): Hit[] {
  const text = scan.text;
  if (isMetaPost(text)) return [];
  if (!hasQuestionMark(text) && !scan.test(MAY_ASK)) return [];
  const unquoted = stripQuotes(text);
  const unquotedScan = unquoted === text ? scan : new TextScan(unquoted);
  const post = new PostContext(unquotedScan);
  if (post.disclaims && !post.wrapped) return [];
  const hits: Hit[] = [];
  // A real post has a few dozen sentences; the caps only bound the work on pathological input.
  const sentences = splitSentences(unquoted).slice(0, MAX_SENTENCES);
  // Sentences the rules leave open but do not hold; the model weighs them if no rule holds the post.
  const open: SentenceSpan[] = [];
  let previous: Sentence | undefined;
  for (const span of sentences) {
    const s = new Sentence(span, unquotedScan);
    // "I just feel tired and weirdly calm. Is that normal?": a bare question about the feeling before it.
    const asksAboutFeeling = BARE_IS_IT_NORMAL.test(span.text) && previous?.has(EMOTION) === true;
    previous = s;
    if (span.text.length > MAX_SENTENCE_CHARS || asksAboutFeeling || isRuledOut(s, post)) continue;
    if (isRequestSentence(s, post)) hits.push(hit('diagnosis_request', span.start, span.end, 0.8));
    // In a post that asks others what worked for them, a fragment naming nobody ("Lighting, music, a
    // walk?") continues that question.
    // As in the rules, "Is that normal?" in a post that names no symptom asks about conduct, not health.
    else if (!s.has(SOCIAL_JUDGEMENT) && !asksOthersOwn(s) && !isOnlyFeeling(s) && !(post.seeksExperience && !s.has(PARTICULAR_PERSON)) && !(s.has(IS_IT_NORMAL) && !post.symptomatic)) open.push(span);
    if (hits.length >= MAX_FINDINGS) break;
  }
  if (hits.length > 0) return hits;
  // The rules know the phrasings written down; the model catches new wordings of the same request.
  // A post that names nobody in particular and says it asks in general is not for the model to hold:
  // "what does watch and wait mean for CLL in general? why don't they just treat?"
  if (!unquotedScan.test(PARTICULAR_PERSON) && (post.general || unquotedScan.test(IN_GENERAL))) return [];
  return detectDiagnosisRequestsByModel(unquoted, open);
}
