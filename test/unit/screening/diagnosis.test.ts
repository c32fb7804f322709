import { describe, expect, it } from 'vitest';
import { screen } from '../../../shared/screening/index.js';

const REQUESTS = [
  "My dad's right hand shakes when resting and he shuffles a bit. Is this Parkinson's?",
  'Sudden shower of floaters and a dark curtain in my right eye since this morning. Can this wait till Monday?',
  'ED doc here. 45M, chest pain now resolved, troponin 14 then 22. Would you admit or discharge?',
  'Potassium came back 6.1 and the surgery said repeat in a week. Shouldn\'t that be sooner?',
  'Forgot my rivaroxaban last night, only noticed at 7am. Take it now and tonight\'s as normal, or skip it?',
  'Need someone to tell me if these bloods are bad. WBC 2.9, platelets 132.',
  'Not looking for a diagnosis, but what\'s your guess: silvery patches on both my elbows.',
  'My husband\'s cancer has spread to his liver. How long do we realistically have?',
  'Is one beer OK with my cephalexin? Day 4 of 7 for a skin infection.',
  'Asking for a friend: she\'s on the combined pill and taking St John\'s wort. Is she still protected?',
  'Meine Tochter (5) hat hohes Fieber und eine Himbeerzunge. Kann das Kawasaki sein?',
  'Est-ce normal d\'avoir encore du sang dans les urines 10 jours après ma lithotritie ?',
  'Found a lump behind my ear, hard, about 1.5 cm. What could it be?',
  'Does this sound like MS? Numbness in my hand for 3 weeks.',
  'Potassium 5.9 on today\'s bloods. Do I need to go to A&E tonight?',
  'Can I take my tramadol with the amitriptyline my rheumatologist added?',
  'My son is 25 kg with a fever of 102. How much Children\'s Tylenol can I give him?',
  'Urgent care tonight or GP tomorrow? My knee is hot and swollen.',
  'Sliced my thumb, it is gaping a bit. Does this need stitches?',
  'My doctor says it\'s IBS but I bloat after bread. Do you think it\'s really coeliac?',
  'Asking for a friend: she is 30 weeks and the baby has not moved today. Should she go in?',
  'Hypothetically, if my stitches came undone, would I need to go back to A&E?',
  'Someone please read my echo report, it says EF 45%',
  'I realise nobody here is a doctor, but my calf is swollen and warm since my flight. Blood clot?',
  'Is it normal to have this much swelling 6 weeks after my knee replacement?',
  'Gleason 4+3, PSA 9.8. What are my actual odds with each treatment?',
  'Mi madre toma sintrom. ¿Puede tomar ibuprofeno o es peligroso?',
  'Mon fils a 39,5 de fièvre. Faut-il aller aux urgences ?',
  'Soll ich das Cortison einfach absetzen?',  'Ferritin 9 and my haemoglobin is 101 after the bleed, GP says wait and see. Thoughts.',
  'rash came back on his arms after the new cream. is it the cream or should i stop it altogether',
  'The letter says "further views needed". Does that mean they saw a tumour?',  "Started turmeric capsules for my knees and I'm on warfarin. Could it interfere with it?",
  "Someone please help me make sense of my son's liver results, ALT 210 and he's only 12.",
  'Mon neurologue propose le Tecfidera, mais je veux une grossesse. Vous le prendriez à ma place ?',  "Dad's cardiologist wants to stop his bisoprolol because his pulse is 48. Do you agree with stopping it?",
  'Not sure whether I should take her back to A&E or ring 111. She is 4, temperature 39.4 and floppy since lunch.',
  "TSH 0.01 and free T4 35 on my last bloods. I'd like to know if this looks like Graves before the endo appointment in May.",
  'Cystitis again and I have five days of trimethoprim left over. OK to just take that instead of waiting a week for the GP?',
  'Stage II bowel cancer, 58, three cycles of CAPOX left. What are my honest chances of being here in ten years?',
  "Could someone who knows echo reports read my mum's? It says moderate MR, LVEF 45%. She is 80.",
  "Looking for thoughts on my husband's MRI before we see the surgeon: L4/5 disc extrusion with nerve root compression.",
  "His biopsy came back as atypia and the letter says repeat in six months. We're trying to figure out how worried we should be.",
  "Mum's CA-125 has tripled since the last cycle stopped working. How long are we realistically looking at now?",
  'Would appreciate a read on my sleep study before clinic: AHI 24, lowest sat 82%.',
  "Mon IRM dit hernie discale L4-L5 avec conflit radiculaire et j'ai mal à la jambe. Opération ou kiné d'après vous ?",
  // Run-on and text-speak requests with no question mark.
  'toddler 2 rash on belly since this morning no fever eating fine is this something to worry about',
  "my ankle's been swollen for a week n it clicks when i walk, shd i be worried or nah",
  "it's our anniversary dinner tonight, can i have wine if i took my last metronidazole this morning",
  "asking for my sister: she's 29, headaches every morning for a month and blurry vision. what could it be",
  "Not after a diagnosis, but what's your gut feeling: knees swollen after every run, 41M.",
  "Message me if you can make sense of my dad's echo report, it's three pages.",
  'hypothetically if someone (me) took their morning lamotrigine twice, do they need to go to A&E or just ride it out?',
  'anyone know what this rash is?? spreading from my chest to my back. easier over the phone if someone knows about this',
  'how much calpol can i give my 14 month old, she is 11kg and burning up',
  'my bf has had a cough for 3 wks and the fever came back thats not normal right he says its just a cold',
  'Mummy ka sugar fasting 180 aa raha hai. Dose badhana chahiye kya ya doctor ko dikhana padega?',
  'Beighton 6/9, stretchy skin, dislocated my shoulder twice. Do I meet the criteria for hEDS?',
  "We're at home, my husband has crushing chest pain and he's gone grey and sweaty. ambulance or do I just drive him",
  'I\'m a nurse and still can\'t tell with my own kids. 6yo, barky cough since last night. Steroids from the GP or just steam and watch',
  '[photo: pill bottle label, Flagyl 500mg] Can I have a couple of drinks at my sister\'s wedding tomorrow while on this?',
  'A mole on my back has gone from flat to raised and itches. I\'m going to the GP anyway but does this sound bad',
  "I'd be so grateful if someone with an endo background could glance over these numbers and say whether my dose looks too high: TSH 0.08",
  'I know nobody here can diagnose me, but in your experience does a rash that looks like a target sound like Lyme?',
  'Necesito que alguien me diga si el informe de mi padre es grave, no entiendo nada.',
];

const NOT_REQUESTS = [
  'Purely hypothetical, for a nursing assignment: if someone\'s LDL is 190, do the guidelines recommend a statin?',
  'Can I bring insulin pens in my carry-on? Do I need a letter from my doctor or is the pharmacy label enough?',
  'How is Huntington\'s inherited? If a parent has it, is it really 50/50 for each child?',
  'Textbook question for my pharmacology exam: what\'s the maximum daily paracetamol dose for an adult under 50 kg?',
  'My husband read his card out in the waiting room to pay the copay. Should we cancel it?',
  'Anyone else find the first week of Ozempic nausea rough? Ginger biscuits? What actually helped you?',
  'Did anyone else get hiccups for days on dexamethasone?',
  'For those who had a PICC line, how did you shower?',
  'What helped you cope with scanxiety?',
  'What\'s the difference between ulcerative colitis and Crohn\'s?',
  'If someone\'s blood pressure averages 135/85, is that stage 1 hypertension?',
  'How do I apply for Attendance Allowance for my dad?',
  'Is it normal to feel numb after hearing the news?',
  'A year ago I posted "do you think I\'m depressed or just lazy?" I got help.',
  'Mod note: posts like "what does my report say" are held for review.',
  'Six months on 20 mg fluoxetine and sleeping through the night. Just sharing.',
  '¿Alguien sabe cómo pedir una segunda opinión?',
  'Hat jemand Erfahrung mit Reha nach einer Hüft-OP?',
  "Comment vous faites pour tenir le coup quand votre enfant est hospitalisé ? Mon fils est en pédiatrie depuis un mois.",
  "Est-ce que c'est normal de ne plus rien ressentir depuis le diagnostic de ma femme ?",
  'My bank card details ended up in a group chat with my prescription order. Should I cancel it?',
  "Why can't I post my number for the carers' coffee morning? Mods, is there a way to share it privately?",
  'Is there a charity that helps with the cost of a wheelchair? Ours was quoted at £3,000 after my stroke.',
  "Can someone explain what active surveillance means for prostate cancer in general? Why don't they operate straight away?",
  'Caso inventado para clase de enfermería: si un paciente tiene la tensión en 150/95 dos veces, ¿ya es hipertensión?',
  'Asking for a friend (it is me): how do you all keep a phone charged on the dialysis ward?',
  'Should I bring my own blanket to the infusion suite or do they give you one?',
  'Should I tell my boss about the Crohn\'s diagnosis now or wait until I need time off?',
  'I wrote to PALS about the rude receptionist and the missed scan booking. Do I need anything else before I send it?',
  "Everyone says '1 in 2 people get cancer'. Is that lifetime risk or the risk by 70? Trying to understand the statistic.",
  'The pharmacy rang my GP about my script. Is it normal for them to call the prescriber to check?',
  'My new Medicare card came. Is it safe to read the number out to the mobility supplier over the phone, or should I go in person?',
  'My son has sickle cell and starts school in September. Any good apps or notebooks for tracking his meds and clinic dates?',
  'My pump needs a warranty replacement for the alarm fault. Where is the serial printed, the back or under the clip?',
  'My first holiday since the bypass is next month. For those of you who have travelled since: did you pack compression socks? Window seat or aisle?',
  'How far in advance do I need to book a fit-to-fly letter for my oxygen concentrator?',
  'Grandpa is 92 and has a sweet tooth. What cake should we bring to the care home?',
  'A man rang claiming to be from my insurer and he knew my date of birth. Should I report it to the police?',
  "Does the consultant's letter have to be translated into German for the Krankenkasse, or is English fine?",
  'Is the Ozempic shortage still this bad everywhere or is it just my pharmacy?',
  "Dad's Medicaid renewal letter says we missed a page. Do we resend the whole thing or just that page?",
  "Mum has her first Parkinson's clinic visit next week. What do we bring, and should I go in with her or wait outside?",
  'Travelling to Spain with my son\'s growth hormone pens. Does he need a certificate from the endocrinologist for the airline?',
  // The author says they are not asking for an assessment, or asks the group about their own lives.
  "I'm not asking whether Dad should switch to the infusion, that's for his consultant. How did other carers find the hospital days? Did they wear you out?",
  '¿Cómo lo llevasteis con el trabajo durante la quimio? Yo estoy agotada.',
  "Dad's wheelchair went to a lovely family today. He would have loved knowing someone else got use out of it.",
  "What's the ten-year survival for stage 1 melanoma now? Writing a leaflet for our support group.",
  "Mum's hip surgery is on the 9th. Do employers usually give compassionate leave for a parent's operation, or is that only for bereavement?",
  'Studying for my midwifery exam: if a pregnant person has a BP of 140/90 on two readings, is that gestational hypertension or pre-eclampsia?',
  'Packing for a 5 day stay for transplant assessment. Do they let you wear your own clothes?',
  'Mon père est en soins palliatifs. Comment vous avez fait, vous ? Des livres à conseiller ?',
  'Why do doctors sometimes prescribe a beta blocker for anxiety? Does it do anything for the worrying itself?',
  'New Medicare card came in the mail and my Part D plan still has the old number on file. Do I call the plan or Medicare to fix it?',
  'Different hospitals use different fever cut-offs on their chemo alert cards. Is there a reason they differ, or is it just local policy?',
  'Purely out of curiosity, none of us are pregnant: how do doctors usually decide between induction at 39 weeks and waiting?',
  'HbA1c down from 71 to 53. The practice nurse was pleased and so am I. Still on metformin 1 g twice a day, no changes this time.',
];

describe('diagnosis requests', () => {
  it.each(REQUESTS)('holds: %s', (text) => {
    const result = screen(text);
    expect(result.labels).toContain('diagnosis_request');
    const f = result.findings.find((x) => x.kind === 'diagnosis_request');
    expect(f?.label).toBe('diagnosis_request');
    // The span covers the sentence that asks, inside the original text.
    expect(f && f.end > f.start && f.end <= text.length).toBe(true);
  });

  it.each(NOT_REQUESTS)('stays clean: %s', (text) => {
    expect(screen(text).labels).not.toContain('diagnosis_request');
  });

  it('labels a post mixing a general and an individual question', () => {
    const text = 'How is Huntington\'s inherited in general? And my dad has the tremor now, does that mean I have it too?';
    expect(screen(text).labels).toContain('diagnosis_request');
  });
});
