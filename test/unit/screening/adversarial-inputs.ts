// 100 KB inputs built to make a careless regex backtrack: long runs of the characters that the
// screen's patterns repeat (digits, separators, "@", dots, capitalised words, keywords).
const SIZE = 100 * 1024;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

export function adversarialInputs(): Array<{ name: string; text: string }> {
  return [
    { name: 'digits', text: fill('1') },
    { name: 'digits and spaces', text: fill('1 ') },
    { name: 'digit groups with dashes', text: fill('12-') },
    { name: 'spaces', text: fill(' ') },
    { name: 'dots', text: fill('.') },
    { name: 'at signs', text: fill('@') },
    { name: 'letters', text: fill('a') },
    { name: 'repeated a-dot', text: fill('a.') },
    { name: 'word at word', text: fill('ab at ') },
    { name: 'word dot word', text: fill('ab dot ') },
    { name: 'capitalised words', text: fill('Anna ') },
    { name: 'email-like', text: fill('a.b@c.') },
    { name: 'plus and parentheses', text: fill('+(1) ') },
    { name: 'spelled digits', text: fill('one two ') },
    { name: 'keywords', text: fill('MRN SSN room bed DOB born ') },
    // A digit after the birth cues means a date may still follow any of them.
    { name: 'keywords, then a digit', text: `${fill('MRN SSN room bed DOB born ').slice(1)}1` },
    { name: 'question marks', text: fill('is this my? ') },
    // A question mark followed by a letter may sit inside a link: the search for its "/" must stay short.
    { name: 'question marks without spaces', text: fill('a?') },
    { name: 'query strings without spaces', text: fill('x/?b') },
    { name: 'colons (IPv6-like)', text: fill('a:1:') },
    { name: 'full-width digits', text: fill('１２３ ') },
    { name: 'zero-width joiners', text: fill('1\u200b') },
    { name: 'url-like', text: fill('http://a.com/') },
  ];
}
