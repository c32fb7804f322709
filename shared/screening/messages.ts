import type { FindingKind } from './types.js';

// Written for the author first: each says what kind of detail it is and why it matters in a public group,
// and none repeats the detail itself (the message may be logged or shown to a moderator).
export const FINDING_MESSAGES: Record<FindingKind, string> = {
  phone: 'Phone numbers let strangers contact you, and this group is public.',
  email: 'E-mail addresses let strangers contact you, and this group is public.',
  handle: 'Usernames on other apps let strangers find and message you outside this group.',
  link: 'This link seems to lead to a personal page, profile, fundraiser or shared file that can identify someone.',
  person_name: 'A full name can identify a private person. Try a first name or initials instead.',
  dob: 'A date of birth, together with health details, can identify a person.',
  address: 'A home address shows where someone lives. A town or region is enough here.',
  postcode: 'A full postcode can point to a single street. The first part of it is enough here.',
  room: 'A room or bed number shows where a patient can be found.',
  record_number: 'Record, account, prescription and serial numbers are tied to one person.',
  insurance_id: 'Insurance and Medicare numbers are tied to one person and can be misused.',
  government_id: 'National ID, licence and registration numbers are tied to one person and can be misused.',
  card: 'A full payment card number can be misused. The last four digits are enough.',
  iban: 'Bank account numbers can be misused, and this group is public.',
  ip: 'An IP address can reveal where you are.',
  record_image: 'Photos of records, cards, wristbands or faces can show names and numbers. A moderator will check it first.',
  diagnosis_request:
    'This reads like a request to assess one person\'s own situation. Members are not clinicians and cannot examine anyone, so a moderator will look first.',
  site_rule: 'This group\'s moderators have asked members not to use this word or phrase.',
};
