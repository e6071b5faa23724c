// How Sourcelight words its findings and claims for people: the one describer the popup, the card, the
// library and the command line share, so a figure reads the same everywhere ("at least 40 killed"), never
// as its raw fields ("at_least 40 killed", "vague ? killed").
import type { CasualtyKind, Qualifier, SourceKind } from './types';

/** The part of a figure the words depend on (a page's Figure and a saved ClaimFigure both have it). */
export interface DescribedFigure {
  value: number | null;
  qualifier: Qualifier;
  kind: CasualtyKind;
  hedged: boolean;
  hedgeCue: string | null;
}

const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'vague'>, string> = {
  exact: '',
  at_least: 'at least ',
  more_than: 'more than ',
  about: 'about ',
  up_to: 'up to ',
  fewer_than: 'fewer than ',
};

/** "at least 40", "about 1,200", "12"; null when the text gives no number ("dozens"). */
export function describeCount(figure: Pick<DescribedFigure, 'value' | 'qualifier'>): string | null {
  if (figure.value === null || figure.qualifier === 'vague') return null;
  return `${QUALIFIER_WORDS[figure.qualifier]}${figure.value.toLocaleString('en')}`;
}

/** "at least 40 killed", "an unstated number injured". */
export const describeToll = (figure: Pick<DescribedFigure, 'value' | 'qualifier' | 'kind'>): string =>
  `${describeCount(figure) ?? 'an unstated number'} ${figure.kind}`;

/** "hedged by “reportedly”", "hedged"; null when not hedged. */
export function describeHedge(figure: Pick<DescribedFigure, 'hedged' | 'hedgeCue'>): string | null {
  if (!figure.hedged) return null;
  return figure.hedgeCue ? `hedged by ${quoted(figure.hedgeCue)}` : 'hedged';
}

/** Who stands behind a figure, as a phrase: "according to police", or the warning that nobody does. */
export const describeBacking = (source: string | null): string =>
  source ? `according to ${source}` : 'nobody in the text stands behind it';

/**
 * A figure as one sentence: "At least 40 killed, according to police." A figure without a number quotes its
 * own words: "An unstated number injured (“Dozens were hurt”), nobody in the text stands behind it; hedged by “might”."
 */
export function figureSentence(figure: DescribedFigure, source: string | null, wording?: string): string {
  const words = describeCount(figure) === null && wording ? ` (${quoted(wording)})` : '';
  const hedge = describeHedge(figure);
  return `${capitalise(describeToll(figure))}${words}, ${describeBacking(source)}${hedge ? `; ${hedge}` : ''}.`;
}

const SOURCE_KIND_WORDS: Record<SourceKind, string> = {
  person: 'a person',
  organization: 'an organisation',
  outlet: 'a news outlet',
  document: 'a document',
  anonymous: 'an unnamed source',
};

/** "a person", "a news outlet": what kind of source a name is. */
export const describeSourceKind = (kind: SourceKind): string => SOURCE_KIND_WORDS[kind];

/** "Tomas Reyn, police spokesman (a person)". */
export function describeSource(source: { name: string; kind: SourceKind; role?: string | null }): string {
  return `${source.name}${source.role ? `, ${source.role}` : ''} (${describeSourceKind(source.kind)})`;
}

/** "Quote by Ana Ruiz", or that nobody could be found to have said it. */
export const describeSpeaker = (speaker: string | null): string =>
  speaker ? `Quote by ${speaker}` : 'Quote; the speaker was not found';

const VERDICT_WORDS: Record<string, string> = {
  unverified: 'Unverified',
  supported: 'Supported',
  disputed: 'Disputed',
  false: 'False',
};

/** "Disputed" for the verdict `disputed`: how a verdict is shown and offered. */
export const describeVerdict = (verdict: string): string => VERDICT_WORDS[verdict] ?? capitalise(verdict);

/** "12 March 2026": a claim's date as people write it (the day in UTC, as it was stored). */
export function describeDate(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "3 mentions", "1 mention". */
export const countOf = (count: number, noun: string): string =>
  `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Curly quotes around words from the page, unless they already have their own. */
export const quoted = (text: string): string => (/^["“‘«]/.test(text) ? text : `“${text}”`);
