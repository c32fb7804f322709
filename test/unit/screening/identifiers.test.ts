import { describe, expect, it } from 'vitest';
import { screen, type FindingKind } from '../../../shared/screening/index.js';

// Each case: a post, the kind that must be found, and the identifier that the finding must cover.
const HELD: Array<[string, FindingKind, string]> = [
  ['Mi hija nació el doce de marzo de 2017 y ya camina.', 'dob', 'nació el doce de marzo de 2017'],
  ['Medi-Cal BIC number 81234567B3 and still no dentures.', 'insurance_id', '81234567B3'],
  ['Donations to BSB 062-000, account 9876 5432, thank you.', 'record_number', '062-000'],
  ['Please send the forms to maria.lopez@example.org for the clinic.', 'email', 'maria.lopez@example.org'],
  ['The number that finally worked was 1-866-555-0199, ask for escalations.', 'phone', '1-866-555-0199'],
  ['Our team page is live: https://www.example.com/teams/walk-for-june-okafor', 'link', 'https://www.example.com/teams/walk-for-june-okafor'],
  ['Uploading my insurance card front and back, where is the member number?', 'record_image', 'Uploading my insurance card front and back, where is the member number?'],
  ['Text me on (415) 555-0132 after six.', 'phone', '(415) 555-0132'],
  ['Call me on 07700 900 412, evenings are best.', 'phone', '07700 900 412'],
  ['Appelez-moi au 06 12 34 56 78.', 'phone', '06 12 34 56 78'],
  ['Ruf mich an unter 0151 23456789.', 'phone', '0151 23456789'],
  ['Give me a ring on 0412 345 678.', 'phone', '0412 345 678'],
  ['WhatsApp me +91 98765 43210.', 'phone', '+91 98765 43210'],
  ['Ring me on oh seven seven double oh, nine double oh, three four one.', 'phone', 'oh seven seven double oh, nine double oh, three four one'],
  ['Email me at jess.morgan88@example.com please.', 'email', 'jess.morgan88@example.com'],
  ['write to kofi_adjei [at] example [dot] org', 'email', 'kofi_adjei [at] example [dot] org'],
  ['My email is sarah dot lane at gmail dot com.', 'email', 'sarah dot lane at gmail dot com'],
  ['Add me on Snapchat, my username is sunny_spoonie22.', 'handle', 'sunny_spoonie22'],
  ['I post as u/stoma_steve on there.', 'handle', 'u/stoma_steve'],
  ['Please share https://www.gofundme.com/f/help-dave-beat-als', 'link', 'https://www.gofundme.com/f/help-dave-beat-als'],
  ['My neighbour Tom Briggs drives me to radiotherapy.', 'person_name', 'Tom Briggs'],
  ['Nurse Whitley held my hand.', 'person_name', 'Nurse Whitley'],
  ["The Lindqvists' baby is in the NICU.", 'person_name', 'Lindqvists'],
  ['For the form: DOB 03/03/2014.', 'dob', 'DOB 03/03/2014'],
  ['She turns 6 on the 9th of June.', 'dob', 'turns 6 on the 9th of June'],
  ['Our rainbow baby turns one on 3rd February!', 'dob', 'turns one on 3rd February'],
  ['Mila will be 4 on the 22nd of this month.', 'dob', 'will be 4 on the 22nd of this month'],
  ['If you get lost ring me on 07700\n900\n482 and I will come out.', 'phone', '07700\n900\n482'],
  ['écrivez-moi : claire.benoit [arobase] orange [point] fr', 'email', 'claire.benoit [arobase] orange [point] fr'],
  ['We lost Dad in March. His name was Rohan Kapoor and he loved cricket.', 'person_name', 'Rohan Kapoor'],
  ['Day 3 post op [photo: discharge_letter.png]', 'record_image', 'Day 3 post op [photo: discharge_letter.png]'],
  ['Mine is serial PDM-K4E1120783, is it in the recall?', 'record_number', 'PDM-K4E1120783'],
  ["Have your MRN ready when you call. Mine's 00482913 and it's saved in my phone.", 'record_number', '00482913'],
  ['text me 0-4-9-1 // 5-7-0 // 1-5-9 for the link', 'phone', '0-4-9-1 // 5-7-0 // 1-5-9'],
  ['Day 1 of induction chemo [photo: my hospital wristband next to the IV pole]', 'record_image', '[photo: my hospital wristband next to the IV pole]'],
  ['I had a patient on the ward, Mr. Hollis, who asked me to read him the cricket scores.', 'person_name', 'Mr. Hollis'],
  ["my nan joyce whitfield is 88 and since her fall she's been sleeping all day", 'person_name', 'joyce whitfield'],
  ['any teens w type 1 wanna be friends?? snap me: sugarrush_mia09', 'handle', 'sugarrush_mia09'],
  ['Screenshot of the message (names visible, sorry) [image attached]. Framing it.', 'record_image', 'Screenshot of the message (names visible, sorry) [image attached].'],
  ['Drop it at 12 Rosemary Lane, Totnes.', 'address', '12 Rosemary Lane'],
  ['Send it to PO Box 4521, Halifax.', 'address', 'PO Box 4521'],
  ['Anyone near SW1A 2AA for a walk?', 'postcode', 'SW1A 2AA'],
  ['We live in M4C 1B5 now.', 'postcode', 'M4C 1B5'],
  ['Mum is in room 1204 at Mercy General.', 'room', 'room 1204'],
  ['My MRN is 00123456 and the portal fails.', 'record_number', '00123456'],
  ['Member ID XZP123456789 is on the card.', 'insurance_id', 'XZP123456789'],
  ['My Medicare number is 1EG4-TE5-MK73.', 'insurance_id', '1EG4-TE5-MK73'],
  ['The letter shows my SSN 078-05-1120.', 'government_id', '078-05-1120'],
  ['The last 4 of her SSN, 6612, was asked for.', 'government_id', '6612'],
  ['NHS number 943 476 5919 for the referral.', 'government_id', '943 476 5919'],
  ['Card 4111 1111 1111 1111 keeps failing.', 'card', '4111 1111 1111 1111'],
  ['Our account is DE89 3704 0044 0532 0130 00.', 'iban', 'DE89 3704 0044 0532 0130 00'],
  ['My IP is 203.0.113.45 if that helps.', 'ip', '203.0.113.45'],
  ['Blocked from 2001:db8:85a3::8a2e:370:7334 again.', 'ip', '2001:db8:85a3::8a2e:370:7334'],
  ['Pathology report attached (photo), my name is on it.', 'record_image', 'Pathology report attached (photo), my name is on it.'],
  ['Support asked for my IP, which is 198.51.100.23. Anyone else blocked?', 'ip', '198.51.100.23'],
  ['Rx# 6123457 has been in process for 9 days.', 'record_number', '6123457'],
  ['It covers CGMs: group 04821, subscriber W123456789.', 'insurance_id', '04821'],
  ["I'm the blue van, plate 7ABC123, by the clinic.", 'government_id', '7ABC123'],
  ["The other driver's plate was KX19 RDV and my neck hurts.", 'government_id', 'KX19 RDV'],
  ['Call 1-800-555-0199, they sorted my billing mess.', 'phone', '1-800-555-0199'],
  ['My number broken up: 2 0 2 . 5 5 5 . 0 1 9 4, text only.', 'phone', '2 0 2 . 5 5 5 . 0 1 9 4'],
  ['My mobile is 07700 then 900 then 732 if you stick them together.', 'phone', '07700 then 900 then 732'],
  ["I'm on oh-seven-seven-double-oh, nine-hundred, six-two-four.", 'phone', 'oh-seven-seven-double-oh, nine-hundred, six-two-four'],
  ["Follow me on X for updates, I'm @cf_marcus_runs.", 'handle', '@cf_marcus_runs'],
  ["add me on snap if u need to vent, it's sleepy.spoonie.xo", 'handle', 'sleepy.spoonie.xo'],
  ['shoutout to my best friend tasha mckinley who drove 4 hours', 'person_name', 'tasha mckinley'],
  ['MY BROTHER KEVIN O\'SULLIVAN JUST FINISHED THE MARATHON', 'person_name', "KEVIN O'SULLIVAN"],
  ["The Vasquez-Reillys' little boy got his implant switched on.", 'person_name', 'Vasquez-Reillys'],
  ['Me: b. 1990-07-22, diagnosed with Addison\'s at 24.', 'dob', 'b. 1990-07-22'],
  ['Meine Tochter Lotte ist am 12. Mai 2018 geboren.', 'dob', '12. Mai 2018 geboren'],
  ['My son was born on Bonfire Night 2015.', 'dob', 'born on Bonfire Night 2015'],
  ['My twins were born on Halloween, both in remission now.', 'dob', 'born on Halloween'],
  ['Photo of my daughter\'s face attached, spots on her cheeks.', 'record_image', "Photo of my daughter's face attached"],  ['Gracias a mi vecina Dolores Ibarra Ruiz por llevar a papá a la quimio.', 'person_name', 'Dolores Ibarra'],
  ['Un grand merci à ma voisine Hélène Marchetti pour les trajets.', 'person_name', 'Hélène Marchetti'],
  ['Meine Nachbarin Ingrid Bachmann fährt mich zur Dialyse.', 'person_name', 'Ingrid Bachmann'],
  ['Follow my cousin\'s insta, she shares her stoma journey: @bag.and.brave', 'handle', '@bag.and.brave'],
  ['To email me: first part is my forum name, then it is at example.net.', 'email', 'forum name'],
  ['Happy to chat: the same name as on here, at example.org webmail.', 'email', 'same name as on here'],
  ['Beach photo attached, that\'s me on the left with the PICC line.', 'record_image', 'Beach photo attached'],
  ['Here is a picture of his discharge sheet, his name\'s on it but whatever.', 'record_image', 'picture of his discharge sheet'],  ['huge thanks to rosalind vandermeer who drove me to every radiotherapy session', 'person_name', 'rosalind vandermeer'],
  ['Connect with me on my profile: https://www.example.com/in/tomas-herrera-carer', 'link', 'example.com/in/tomas-herrera-carer'],
  ['sc: pickle.and.pumps add me for type 1 chat', 'handle', 'pickle.and.pumps'],
  ['I finally started writing about living with POTS: https://tiltandtea.example.net', 'link', 'tiltandtea.example.net'],
  ['Photo with my hospital bracelet on, day 9 and counting', 'record_image', 'Photo with my hospital bracelet on'],
  ['Screenshot from the health app below, name and all, does my potassium look ok?', 'record_image', 'Screenshot from the health app'],
  ['Text me: 0 4 1 2 / 3 4 5 / 6 7 8 for the Perth meet-up', 'phone', '0 4 1 2 / 3 4 5 / 6 7 8'],
  ['Collect the spare pump supplies from 2/45 Banksia St, Fremantle.', 'address', '2/45 Banksia St'],  ["Dropped my driver's licence in the clinic car park on Monday, it's licence KLMN48Q21X7. Please hand it in.", 'government_id', 'KLMN48Q21X7'],
  ['We started a Discord for young carers, add me there, username tealteapot, and I will invite you.', 'handle', 'tealteapot'],
  ['ring me: zero seven nine double one... four six two... eight eight three, evenings are best', 'phone', 'zero seven nine double one'],
  ['The Okonjos at the end of our road cooked for us all through chemo.', 'person_name', 'Okonjos'],
  ['If you are a nurse please text me whether I should worry: 07700 900 318. 36 weeks and no movement since lunch.', 'phone', '07700 900 318'],
  ['Team photo from the fun run below. That is me front and centre in the pink wig, face and all.', 'record_image', 'Team photo from the fun run below'],
  ['Insurer denied it again, claim #4R2-55-901233 if anyone from the plan reads this.', 'insurance_id', '4R2-55-901233'],
  ['Screenshot of the letter from the complaints team attached, my name and address are in the corner.', 'record_image', 'Screenshot of the letter'],
  ["Voici la photo de l'ordonnance, avec mon nom dessus.", 'record_image', 'Voici la photo'],
  ["Here's me after my last chemo, bald as an egg, photo attached!", 'record_image', "Here's me"],
  ["Portal screenshot below (name's visible, I'm past caring).", 'record_image', 'Portal screenshot below'],
  ["I'm bluebellwalker on here, same name at the gmail place if you want the recipe.", 'email', 'same name at the gmail'],
  ['The Okafor-Bains family next door have fed our cat all month.', 'person_name', 'Okafor-Bains'],
  ['Just ring 0161 555 0234 and mention this forum, he will sort the forms for free.', 'phone', '0161 555 0234'],
  ["Ward sister here. Mrs. Abernathy's pressure sore is worse tonight.", 'person_name', 'Mrs. Abernathy'],
  ['Desmond Okoro-Bell, my uncle, came home from the Royal Free on Monday.', 'person_name', 'Desmond Okoro-Bell'],
  ["Capture d'écran de mon dossier ci-dessous, mon nom dessus.", 'record_image', "Capture d'écran"],
  ['Photo of my old prescription labels attached so you can see the layout.', 'record_image', 'Photo of my old prescription labels'],
  ["I'm on Telegram if anyone wants to swap tips without the whole board reading along: mintyfox_22", 'handle', 'mintyfox_22'],
  ['Our chronic pain Discord is friendly. Add me there (tidepool) and I will send an invite.', 'handle', 'tidepool'],
  ['Please keep praying for the Ashcrofts, their boy is back in theatre.', 'person_name', 'Ashcrofts'],
  ['Our son arrived on Christmas Day 2019 and was diagnosed with CF at six weeks.', 'dob', 'Christmas Day 2019'],
  ["Anyone nearby can have Dad's spare commode, we're in the green semi opposite the library, the one with the ramp.", 'address', "we're in the green semi"],
  ['Parking is tight outside 14 Mill Lane, so ring the bell twice and I will come down.', 'address', '14 Mill Lane'],
  ["Drop-off at the hospice is easy, it's 12 Oak Road, my mum's room is on the left.", 'address', '12 Oak Road'],
  ['New repeat script from the GP, photo: [img] can anyone read the dose he wrote?', 'record_image', '[img]'],
  ['The recall letter says to check the serial on the base of the monitor. Mine is TX48812207, so I am affected.', 'record_number', 'TX48812207'],
  ['Have your hospital number ready when you ring. Mine is K7731904 and they found me straight away.', 'record_number', 'K7731904'],
  ['My brother Tomasz Wieczorek ran the Great North Run in his old rugby shirt for the hospice.', 'person_name', 'Tomasz Wieczorek'],
  ['sc me @lil.bean.22 if you want the spare formula', 'handle', '@lil.bean.22'],
  ['Not posting it whole: 07 then 911 then 482 then 306. Text me after six.', 'phone', '07 then 911 then 482 then 306'],
  ['Retired nurse, Ohio licence RN-334519, happy to explain your discharge papers.', 'government_id', 'RN-334519'],
  ['so grateful to my neighbour lorna quigley for the lifts to dialysis', 'person_name', 'lorna quigley'],
  ['PLEASE KEEP MY COUSIN MEHWISH SIDDIQUI IN YOUR THOUGHTS.', 'person_name', 'MEHWISH SIDDIQUI'],
  ['asking for my friend maddie oyelaran, she fainted at work', 'person_name', 'maddie oyelaran'],
  ['Renewing my passport for the trial. Current one is 584210973, is that on file?', 'government_id', '584210973'],
  ["text me instead, DMs are broken: 0.7.7.0.0 9.0.0 3.6.2", 'phone', '0.7.7.0.0 9.0.0 3.6.2'],
  ['Please keep the Hendersons in your thoughts tonight.', 'person_name', 'Hendersons'],
  ["we still snap every day (she's lil.bean.ana on there, go say hi)", 'handle', 'lil.bean.ana'],
  ['We set up a Discord for teens, add me (seizuresalad) and I will send the invite.', 'handle', 'seizuresalad'],
  ["Ma carte RAMQ a expiré (TREM 6512 0419), je fais comment ?", 'insurance_id', 'TREM 6512 0419'],
  ['OHIP card renewal done! New number 4829-553-107-KT for the dialysis unit.', 'insurance_id', '4829-553-107-KT'],
  ['Letter from NHS Lothian, CHI 2106581234 printed across the top.', 'government_id', '2106581234'],
  ['Aus dem Entlassbrief (Versichertennr. T583920417): alles gut.', 'insurance_id', 'T583920417'],
  ["Here's me at the top of Snowdon a year after my stroke!! [photo attached] Full face, huge grin.", 'record_image', '[photo attached]'],
  ['I want to publicly thank Maria Gonzalez-Reyes, who sat with my mother every Thursday.', 'person_name', 'Maria Gonzalez-Reyes'],
  ["NICU dads, a few of us are on Discord at 3am. Add me, I'm ventboy_dan.", 'handle', 'ventboy_dan'],
  ['any other teens w type 1 wanna be friends?? my snap is kayleigh.t1d_ , nobody at school gets it', 'handle', 'kayleigh.t1d_'],
  ['Does the travel letter need his passport number on it? We put 533908127 on it just in case.', 'government_id', '533908127'],
  ['Si une infirmière passe, appelez-moi : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.', 'phone', 'zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit'],
];

describe('identifier families are held', () => {
  it.each(HELD)('%s', (text, kind, identifier) => {
    const result = screen(text);
    expect(result.labels).toContain('phi');
    expect(result.decision).toBe('hold');
    const finding = result.findings.find((f) => f.kind === kind);
    expect(finding, `expected a ${kind} finding`).toBeDefined();
    if (!finding) return;
    expect(text.slice(finding.start, finding.end)).toContain(identifier.trim());
    expect(finding.message).not.toContain(identifier);
    expect(finding.confidence).toBeGreaterThan(0);
    expect(finding.confidence).toBeLessThanOrEqual(1);
  });
});

describe('evasions are folded but offsets point at the original text', () => {
  it('finds a phone number split with zero-width spaces', () => {
    const text = 'Call me: 4\u200b1\u200b5-5\u200b5\u200b5-0\u200b1\u200b6\u200b2 tonight';
    const f = screen(text).findings.find((x) => x.kind === 'phone');
    expect(f).toBeDefined();
    expect(text.slice(f?.start, f?.end)).toBe('4\u200b1\u200b5-5\u200b5\u200b5-0\u200b1\u200b6\u200b2');
  });

  it('finds a full-width MRN', () => {
    const text = 'MRN ４４７１００９２ if any nurse can look';
    const f = screen(text).findings.find((x) => x.kind === 'record_number');
    expect(text.slice(f?.start, f?.end)).toBe('４４７１００９２');
  });

  it('finds an e-mail with a Cyrillic look-alike letter', () => {
    const text = 'Mail anna.kowalska@exаmple.com for the rota';
    const f = screen(text).findings.find((x) => x.kind === 'email');
    expect(text.slice(f?.start, f?.end)).toBe('anna.kowalska@exаmple.com');
  });

  it('finds a phone number in Arabic-Indic digits', () => {
    const text = 'My number: ٠٧٧٠٠ ٩٠٠ ٣٤١ thanks';
    expect(screen(text).findings.some((f) => f.kind === 'phone')).toBe(true);
  });
});

const CLEAN: string[] = [
  'His first question was whether Greta Thunberg is autistic too.',
  "The drop-in (the charity centre, not somebody's house!) is at 14 Market Street, above the opticians.",
  'Kisi ko pata hai ki har baar naya pre-auth chahiye?',
  '[photo: sunset_beach.jpg] lovely evening walk after chemo.',
  'Selena Gomez got a kidney from her friend Francia Raisa, which made me think about living donation.',
  'Mein Mann hatte im Mai einen Infarkt.',
  'Kidney diet tip: Mrs. Dash saved my husband\'s tastebuds on his 2g sodium limit.',
  'The Abbott customer careline in the UK is 0800 170 1177, they replaced my failed sensor within 3 days.',
  "It's now at 1200 Peachtree Medical Plaza, Suite 300. Parking is validated if you get your ticket stamped at reception.",
  'Kids Help Phone is 1-800-668-6868. My daughter said texting felt less scary than calling.',
  'Die Krebshilfe hat ein kostenloses Infonetz, Telefon 0800 80708877, sehr hilfreich.',
  'Hope for Wellness (1-855-242-3310) has counsellors for Indigenous people.',
  'Mod reminder: screenshots of your patient portal show your name, so type the result out instead.',
  'Weniger, als ich mir wünsche, aber viel mehr als vor sechs Monaten.',
  "If anyone wants to chat more, DM me here on the forum, I'm @rosie_hips.",
  'Glucose log this week: 5.5 5.6 5.5 6.1 5.9 5.5 6.0. Boring and I love it.',
  'Huge thanks to Sister Maureen on the stroke unit and Mr. Balakrishnan, my surgeon.',
  'Sir Chris Hoy talking openly about his cancer is why my dad booked a PSA test.',
  'My daughter Zainab passed her swimming badge today.',
  'Your partner will be more scared than you.',
  "Hank Green's videos about his lymphoma made me laugh after my own diagnosis.",
  'Wie lange dauert die Reha? Ich will nur grob planen.',
  'My husband Luca has been my rock.',
  'Thanks to Dr. Amara Mensah and the oncology team, highly recommend her.',
  'Christina Applegate talking about MS on the red carpet hit me hard.',
  '@WobblyButWalking thank you for the cooling vest tip.',
  'Anyone near 30307 know a pediatric dentist?',
  'Any IBD folks in the M14 area fancy a coffee?',
  'The clinic on Oxford Road is worth the wait list.',
  'Mum is on Ward 7B at St Aldric\'s and doing well.',
  'Grandad turned 101 last week.',
  'Our 2019 baby just started school.',
  'Diagnosed 10/04/2022, surgery 03.11.2022, remission 6 June 2023.',
  'Dad passed on 2 February.',
  'Samaritans are on 116 123, free from any phone.',
  'The MS Society helpline (0808 800 8000) was brilliant.',
  'For the feeding clinic, (617) 555-0100 is the main switchboard for Brookside Children\'s Hospital.',
  'The hospital patient relations office takes emails at patientrelations@brookside.example.org.',
  'Good sources: nhs.uk/conditions and cdc.gov.',
  'NDC 0002-8215-01, lot FK8891, trial NCT04280705, code U09.9.',
  'ISBN 978-0-8129-8840-6 is the book.',
  'BP Log v3.2.1 makes it painless; BP 138/88 this morning.',
  'Took 400 mg ibuprofen at 14:30, HbA1c 48 mmol/mol.',
  'Card ending 4417 got charged twice.',
  "What's an accession number? Don't share your member ID in public.",
  'Photo of my hands now vs 3 months ago, Dupixent worked.',
  'Product tip: the NDC printed on the carton is 0078-0357-15, pharmacies can look stock up by it.',
  'The birthday photos on Instagram sting a bit this year.',
  'Mods here: keep Snap handles off the public boards, please.',
  'Ver a Rosalía Vila hablar de su ansiedad me ayudó; hace falta alguien conocido que lo diga.',
  'The Kidney Alliance helpdesk replied within a day. Their address is help@kidneyalliance.example.org if you need it.',
  'My infusion diary:\n- loading dose 3 March\n- second dose 17 March\n- started maintenance 1 June\nWriting it all down helps.',
  "Macmillan's nurses answer calls on 0808 808 0000, seven days a week.",
  "Le Dr Lefebvre, néphrologue à l'hôpital Necker, a tout expliqué à ma mère.",
  'Pill box photo attached so you can see how I sort the week.',
  'If you have not read When Breath Becomes Air by Paul Kalanithi, do.',
  "Mum's report says T3N0M0 and the team meets on Friday.",
  'Le standard de la clinique est le 04 99 00 11 22, demandez la consultation douleur.',
  'The NDC on my box changed from 0093-7146-56 to 0591-0405-01 this month.',
  'The Macmillan family support team rang back today.',
  'Our stroke group now meets in Training Room 2 at the infirmary, first Monday of the month.',
  'Beware of WhatsApp forwards promising fast-track appointments, they are a scam.',
  '**Community nurse PSA: winter bugs**\nWash hands, keep fluids up, call 111 if worried.',
  'Chris Hoy talking so plainly about his cancer made my dad book his check.',
  'Visiting tip for the Royal Marsden: the main entrance at 203 Fulham Road, London SW3 6JJ is quicker than the side gate.',
  "Le parking de l'hôpital est plein dès 8 h, l'entrée principale est au 47 boulevard de l'Hôpital.",
  'We moved to Nova Scotia last spring and the new clinic is lovely.',
  "St John's Wort made my reflux worse, so I stopped it.",
  'Flew with Hope Air twice for her appointments, brilliant charity.',
  'Cruse Bereavement Support is on 0808 808 1677 if you need to talk to someone.',
  'The main campus is at 450 Brookline Avenue and the garage is across the street.',
  'BP was 120 80, then 130 85, then 125 82 when I rang the nurse.',
  'Sugars this week 5.6 7.2 8.1 6.6 5.9 and 6.1, much steadier.',
  'Dass Roland Kaiser so offen über seine COPD gesprochen hat, hat meinem Vater Mut gemacht.',
  'Bangalore mein koi accha home physio service? Budget thoda tight hai, per session 800-1000 tak.',
  'Se lo mandé a toda la familia por WhatsApp para que entiendan por qué ella no puede levantarse.',
  'What exactly is a CHI number, and do they need it when I phone NHS 24?',
  "J'ai trente-quatre ans, deux enfants de six et huit ans, et une SEP depuis vingt-deux mois.",
  'my son lucas swims twice a week now and my friend jess texted to say well done',
];

describe('policy look-alikes stay clean', () => {
  it.each(CLEAN)('%s', (text) => {
    const result = screen(text);
    expect(result.labels).not.toContain('phi');
  });
});
