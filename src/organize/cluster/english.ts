/** English words as the text side of clustering compares them: stop words out, suffixes stripped. */

const STOP = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves ' +
    'out over own same she should so some such than that the their theirs them themselves then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves said says say one two new also may might must shall us mr mrs ms').split(' '),
);

/** A light suffix stripper (a subset of Porter's first steps): enough to meet "elections"/"election", "voted"/"voting". */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ational', 'ation', 'ments', 'ment', 'ness', 'ingly', 'edly', 'ing', 'ed', 'ly', 'er', 'ity', 'ive', 'al']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.replace(/(.)\1$/, '$1').replace(/e$/, '');
}

/** Stemmed content words of an English text (already folded to lower-case ASCII). */
export function contentStems(folded: string): string[] {
  const out: string[] = [];
  for (const word of folded.split(/[^a-z0-9]+/)) {
    if (word.length < 3 || STOP.has(word) || /^\d+$/.test(word)) continue;
    out.push(stem(word));
  }
  return out;
}
