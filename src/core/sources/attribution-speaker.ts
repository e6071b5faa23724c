// "X said ...": the speaker of an attribution is a source, when what the cue reports is a claim.
import { sentenceAt, type ArticleDocument } from '../document';
import { lookupKnownSource } from '../lexicon/known-sources';
import { LEARNED_RULE } from '../attributions';
import { ANONYMOUS_HEADS, NO_CLAIM_CUES } from '../lexicon/source-words';
import { REPORTING_SPEECH_VERBS, SPEECH_VERBS } from '../lexicon/speech-verbs';
import type { Attribution } from '../types';
import type { SourceRule } from './rule';
import { listedWith, spanOfNameAround, speakerName } from './speaker-mention';

/** "did not respond", "has not yet commented": a speaker who said nothing stands behind nothing. */
const NEGATED_CUE = /(?:\bnot|\bnever|n['’]t)\s+(?:\p{L}+\s+)?$/u;
const FOUND_STATE = /^\s+(?:dead|alive|guilty|innocent|unconscious|hanged|murdered|safe)\b/;
const QUOTED_AS = new Set(['quoted', 'cited', 'heard']);
/** "had been found guilty", "was cleared": the subject of a passive cue is what was said about, not who said. */
const PASSIVE_CUE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/** The cue's last word, its verb: "did not respond" → "respond", "went on to say" → "say". */
const cueWord = (a: Attribution): string => a.cue.toLowerCase().split(/\s+/).pop()!;

function reportsClaim(doc: ArticleDocument, a: Attribution): boolean {
  const cue = cueWord(a);
  const before = doc.text.slice(Math.max(0, a.cueStart - 24), a.cueStart);
  // "was quoted as saying" still names the speaker
  const passive = PASSIVE_CUE.test(before) && !cue.endsWith('ing') && !QUOTED_AS.has(cue);
  const after = doc.text.slice(a.cueEnd, a.cueEnd + 12);
  // "identified as", and a participle straight before its "of"/"by" ("soldiers accused of a coup", not "said of the
  // plan") say who was named;
  // "found dead", "found guilty" say what became of them
  const naming =
    (cue === 'identified' && /^\s+as\b/.test(after)) ||
    (/^\s+(?:of|by)\b/.test(after) && !(SPEECH_VERBS.has(cue) && /^\s+of\b/.test(after))) ||
    (cue === 'found' && FOUND_STATE.test(after));
  // '"...," she continued' goes on speaking; "protests have continued" speaks of nothing
  const goesOn = cue === 'continued' && !a.direct;
  return !NO_CLAIM_CUES.has(cue) && !NEGATED_CUE.test(before) && !passive && !naming && !goesOn;
}

/**
 * "RIYADH: ...", "READ: ...", a headline's "Harbour Town: ...": a label in capitals is a dateline or a kicker, and a
 * headline's label a topic; a known source ("Amnesty: ...") is one still, and a speaker the body quotes is cited there.
 */
function labelsNobody(doc: ArticleDocument, a: Attribution): boolean {
  if (a.rule !== 'speaker-label' || !a.source || lookupKnownSource(a.source)) return false;
  const inHeadline = doc.sentences[sentenceAt(doc, a.cueStart)]?.paragraph === 0;
  return inHeadline || /^\p{Lu}{3,}$/u.test(a.source);
}

/**
 * The learned tagger's speakers cost more named sources than they bring (source_F1 0.800 -> 0.789 with them, issue
 * 8); a name before a verb of saying it finds well (0.891 -> 0.897), and an unnamed reference with a speaking head
 * ("security experts believe", "court records show") it finds alone.
 */
function trusted(a: Attribution): boolean {
  if (a.rule !== LEARNED_RULE) return true;
  // a capitalized name before a verb of saying ("Lawyer Ana Cruz of the union, said"): the tagger is right where a
  // stray comma or a long coordination kept the rules from the subject
  const cue = cueWord(a);
  const name = (a.source ?? '').split(/\s+/);
  // (not a line in capitals: "SUPPORT OUR WORK NOTES" is a banner)
  const capitalized = name.every((w) => /^\p{Lu}/u.test(w)) && name.some((w) => /\p{Ll}/u.test(w));
  if (REPORTING_SPEECH_VERBS.has(cue) && name.length >= 2 && name.length <= 5 && capitalized) return true;
  const words = (a.source ?? '').replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  const head = words[words.length - 1]!;
  // a qualified plural ("security experts"), not a bare "police" or "members" the tagger took for a speaker
  return words.length >= 2 && /^\p{Ll}.*s$/u.test(head) && ANONYMOUS_HEADS.has(head);
}

/** "I said", "we wrote": the writer's own account; the article cites no source in it. */
const writer = (a: Attribution): boolean => /^(?:I|we|We)$/.test(a.source ?? '');

export const attributionSpeaker: SourceRule = {
  id: 'attribution-speaker',
  why: 'Whoever the text says said, told, reported or tweeted something is a source of the article.',
  examples: [
    { input: 'Marta Kovel, who heads the clinic, said the wards were full.', sources: ['Marta Kovel'] },
    { input: '"We found nobody," the regional fire brigade said.', sources: ['regional fire brigade'] },
    // a body that runs a service speaks for it, lower-case or not
    {
      input: 'The national railway operator said the bridge had been inspected in May.',
      sources: ['national railway operator'],
    },
    // the speaker written whole: a possessor's relative, one of a group
    { input: "Rajan's wife had told the police that she was threatened.", sources: ["Rajan's wife"] },
    { input: '"We were not paid for months," one of them said.', sources: ['one of them'] },
    { input: 'The Union for Clean Rivers welcomed the ruling.', sources: ['Union for Clean Rivers'] },
    {
      input:
        'The dam must be stopped, the Clean Water Council, the Delta Fishers Guild and the Ostra Trust said on Monday.',
      sources: ['Clean Water Council', 'Delta Fishers Guild', 'Ostra Trust'],
    },
    { input: 'The spokesman of the river police, Ivo Stern, said the search went on.', sources: ['Ivo Stern'] },
    { input: '"We will go on," Ivo Stern, the river police coordinator said.', sources: ['Ivo Stern'] },
    // a name spelled out before its acronym is one name, "and" or not
    {
      input: 'Last week, the US Food and Drug Administration (FDA) issued a warning about the pills.',
      sources: ['Food and Drug Administration'],
      notSources: ['Food', 'US Food', 'Drug Administration'],
    },
    // a person of a body speaks for themselves, the body is where they work
    {
      input: 'James Sarnicki of the Linden Police Department said the man was held. Sarnicki said he had a gun.',
      sources: ['James Sarnicki'],
      notSources: ['Linden Police Department', 'James Sarnicki of the Linden Police Department'],
    },
    // the learned tagger's unnamed speakers, when qualified plurals
    {
      input: 'The school had no fence, security experts believe, and the guards had left.',
      sources: ['security experts'],
    },
    // the learned tagger's named speakers of a verb of saying, where a stray comma kept the rules from them
    { input: 'Tomas Varga, went on to say that the gunmen would be punished.', sources: ['Tomas Varga'] },
    // what a speaker says of something is theirs
    {
      input: '"They only care about their own," Aung Tin Maw, a painter, said of the campaign.',
      sources: ['Aung Tin Maw'],
    },
    // a dateline is no speaker
    {
      input: 'KELBURN: The ferry ran aground at dawn, and its crew swam ashore.',
      sources: [],
      notSources: ['KELBURN'],
    },
    // a demand asserts nothing the article could rest on
    {
      input: 'The striking dock workers demanded that the port pay them for March.',
      sources: [],
      notSources: ['striking dock workers'],
    },
    // an order, and a thing that goes on, assert nothing
    {
      input:
        'Regional officials ordered the arrest of three editors. Protests against Governor Ivo Roe have continued ' +
        'for a week. "We will not stop," Ana Lind continued.',
      sources: ['Ana Lind'],
      notSources: ['Regional officials', 'Ivo Roe'],
    },
    // the writer speaking in the first person is no source of their own article
    {
      input: 'I told the guard that the gate had been locked. Omar Feld said it was open.',
      sources: ['Omar Feld'],
      notSources: ['I'],
    },
    // a refusal to comment, a name given, a silence: no claim
    {
      input:
        'Ivo Marsh, the port manager, declined to comment. Petra Lind did not respond to calls. ' +
        'Omar Feld was identified as the driver. We learned that all the 27 people found dead in a van were migrants.',
      sources: [],
      notSources: ['Ivo Marsh', 'Petra Lind', 'Omar Feld', 'all the 27 people'],
    },
  ],
  cites: (doc, attributions) =>
    attributions.flatMap((a) => {
      const name = speakerName(doc, a);
      if (!name || writer(a) || !trusted(a) || !reportsClaim(doc, a) || labelsNobody(doc, a)) return [];
      const span = a.sourceStart !== null && a.sourceEnd !== null ? ([a.sourceStart, a.sourceEnd] as const) : null;
      const widened = span && name !== a.source ? (spanOfNameAround(doc.text, span, name) ?? span) : span;
      const listed = listedWith(doc, a).map((n) => ({ name: n, span: null, rule: 'attribution-speaker' }));
      return [{ name, span: widened, rule: 'attribution-speaker' }, ...listed];
    }),
};
