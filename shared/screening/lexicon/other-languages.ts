// Written by hand, unlike the generated lexicons beside it.
// Everyday words of the forum's other languages: not family names even where they are given names
// somewhere ("nur", "ana", "con"), and not usernames after an app's name ("por WhatsApp para que").
export const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  `mir dir wir ich sie nur noch mit und aber sehr gut wie was wer wenn dann doch auch schon immer nicht kein keine mein meine dein sein
  ihr ihre uns euch bin ist sind war habe hat haben wird werden kann muss soll will mal nach vor bei aus zum zur
  grob alle viel viele wieder heute morgen jetzt hier dort ganz etwas nichts einen einer eine das der die den dem
  des con sin por para pero como mas muy bien mal todo todos otra otro ella ellos nos les una uno que qui quoi
  vos votre nos notre mes tes ses avec sans pour par mais comme tres bien tout tous elle nous vous leur une les des pas plus moins encore deja
  aussi alors donc depuis pendant avant apres chez entre sous sur dans toujours jamais rien ana era eres esta
  estoy tengo tiene vez dia noche lui mama papa hijo hija madre padre mere pere fils fille mutter vater sohn tochter`.split(/\s+/),
);
