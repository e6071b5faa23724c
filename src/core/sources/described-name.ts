// "public television NOS", "rights group Najda": a common noun that says what a body is, then its name. The name is
// the capitalized part; the noun tells its kind.
import { BODY_DESCRIPTORS, OUTLET_DESCRIPTORS } from '../lexicon/source-words';
import type { SourceKind } from '../types';

/** Lower-case words that may sit inside a name ("Mwatana for Human Rights", "Justicia y Paz"). */
const INNER = /^(?:of|for|to|and|the|on|de|del|la|y|al|el)$/;

/**
 * The name after its descriptor ("regional television Omroep Brabant" → "Omroep Brabant", an outlet), or null when
 * the name has no descriptor noun right before a capitalized tail.
 */
export function describedName(
  name: string,
): { name: string; kind: Extract<SourceKind, 'outlet' | 'organization'> } | null {
  const words = name.split(' ');
  for (let i = words.length - 2; i >= 0; i--) {
    const noun = words[i]!;
    if (!/^\p{Ll}/u.test(noun) || (INNER.test(noun) && /^\p{Lu}/u.test(words[i - 1] ?? ''))) continue;
    const outlet = OUTLET_DESCRIPTORS.has(noun);
    if (!outlet && !BODY_DESCRIPTORS.has(noun)) return null;
    const tail = words.slice(i + 1);
    if (!/^[\p{Lu}\d]/u.test(tail[0]!) || !/^[\p{Lu}\d]/u.test(tail[tail.length - 1]!)) return null;
    return { name: tail.join(' '), kind: outlet ? 'outlet' : 'organization' };
  }
  return null;
}
