/**
 * Blogs and WordPress sites often give the author only as a display name ("Nils") in their metadata while the
 * page spells the full name in the byline, the author box or the author's profile ("Eine Kolumne von Nils
 * Pickert"). This completes such a one-word name from those texts.
 */

import { ROLE_WORD } from './authors.ts';

const GIVEN_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** Words that follow a name in byline widgets ("Von Henry In Aktuell") and are no surname. */
const NOT_SURNAME = /^(?:in|im|am|um|on|at|und|and|auf|aus|bei|für|for|from|mit|with|von|vom|der|die|das|the|autor(?:in)?|author|redaktion|redakteur(?:in)?|editor|kommentar\w*|comments?|mehr|more|alle|all|profil|profile|folgen|follow|schreibt|says|sagt)$/iu;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The full name the texts give for a lone given name, or the names unchanged. */
export function completeGivenName(names: string[], texts: string[]): string[] {
  if (names.length !== 1 || !GIVEN_NAME.test(names[0]!)) return names;
  const given = names[0]!;
  // The full name opens the text or follows a byline cue, and ends the text or a clause ("Stefanus Stahl - Maschinenbauer");
  // a surname glued to the next label ("Fritz ImhofQuelle: Livenet") ends at that label's capital.
  const pattern = new RegExp(
    `(?:^|(?<!\\p{L})(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i)\\s+|:\\s*)${escape(given)}\\s+(\\p{Lu}[\\p{Ll}'’]{2,}(?:-\\p{Lu}[\\p{Ll}'’]+)?)(?=$|\\s*[-–—|,(•·]|\\p{Lu})`,
    'gu',
  );
  for (const text of texts) {
    for (const m of text.matchAll(pattern)) {
      const surname = m[1]!;
      if (!NOT_SURNAME.test(surname) && !ROLE_WORD.test(surname)) return [`${given} ${surname}`];
    }
  }
  return names;
}
