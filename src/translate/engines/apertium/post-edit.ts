/**
 * Edits on Apertium's English output for mistakes its transfer rules make over and over, each kept only because
 * it raised BLEU on ntrex-dev (see the bench). Applied to text runs only, never to tags or protected spans.
 */

const DAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Words after which a weekday takes no article of its own ("since Friday", "until Monday"). */
const PREPOSITION = '(of|since|until|from|for|by|to|before|after|in|on|at|during|between|and|or|next|last|this)';

const EDITS: [RegExp, string][] = [
  // English quotation marks, in the plain ASCII style English news copy uses; guillemets lose their inner space.
  [/«\s*/g, '"'],
  [/\s*»/g, '"'],
  [/[“”„‟]/g, '"'],
  [/[‘’‚‛]/g, "'"],
  // Spanish sets the comma or full stop after the closing quote; English inside it.
  [/"([,.])/g, '$1"'],
  // The Spanish abbreviation for the United States, which Apertium leaves as it is.
  [/\bEE\. ?UU\.?/g, 'U.S.'],
  // Spanish "el viernes" is "on Friday"; after a preposition just "Friday".
  [new RegExp(`\\b${PREPOSITION} the ${DAY}\\b`, 'g'), '$1 $2'],
  [new RegExp(`\\b[Tt]he ${DAY}\\b`, 'g'), 'on $1'],
  // "a las 15:00" is "at 15:00".
  [/\b(?:to|at) the (\d{1,2}[:.]\d{2})\b/g, 'at $1'],
];

export function postEditEnglish(text: string): string {
  let out = text;
  for (const [pattern, replacement] of EDITS) out = out.replace(pattern, replacement);
  return out;
}
