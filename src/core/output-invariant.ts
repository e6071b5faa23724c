// The core's output boundary: every span a finding reports slices back to the text, never cuts a surrogate
// pair, and every number is a safe integer. A finding that breaks this is dropped and counted here, so a
// producer's bug costs one finding, never a wrong highlight in the page or a bad row in an export (issue 12).
import { STAND_IN_PRONOUNS } from './lexicon/pronouns';
import type { Attribution, Extraction, Figure, NamedSource, Span } from './types';

export interface DroppedFinding {
  finding: 'figure' | 'attribution' | 'source' | 'mention';
  /** Why it was dropped, with its offsets: what a producer's fix starts from. */
  reason: string;
}

export interface CheckedExtraction {
  extraction: Extraction;
  dropped: DroppedFinding[];
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** An offset between the two halves of a surrogate pair cuts a character in two. */
export function cutsSurrogatePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}

/** Why [start, end) is no span of text (null when it is one): integers, in order, in bounds, whole characters. */
export function spanFault(
  text: string,
  start: unknown,
  end: unknown,
  { nonEmpty }: { nonEmpty: boolean },
): string | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end))
    return `offsets ${String(start)}..${String(end)} are not integers`;
  const [from, to] = [start as number, end as number];
  if (from < 0 || to > text.length || from > to)
    return `span ${from}..${to} is outside the text (length ${text.length}) or reversed`;
  if (nonEmpty && from === to) return `span ${from}..${to} is empty`;
  if (cutsSurrogatePair(text, from) || cutsSurrogatePair(text, to)) return `span ${from}..${to} cuts a surrogate pair`;
  return null;
}

/** Line and paragraph breaks: a name never runs over one. */
const BREAK = /[\n\r\u2028\u2029]/;
/**
 * Whitespace and invisible format characters (BOM, zero-width space, direction marks) a name never starts or ends with.
 */
const EDGE = /^[\s\p{Cf}]|[\s\p{Cf}]$/u;

function nameFault(name: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(name)) return `name ${JSON.stringify(name)} has no letter or digit`;
  if (BREAK.test(name)) return `name ${JSON.stringify(name)} runs over a line break`;
  if (EDGE.test(name)) return `name ${JSON.stringify(name)} starts or ends with a space or an invisible character`;
  return null;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** "the spokesman", "the hospital's director": a role the coreference pass gave back to the person who holds it. */
const ROLE_MENTION = /^[Tt]he(?:\s+\p{Ll}[\p{Ll}'’-]*){1,3}$/u;
export const isRoleMention = (mention: string): boolean => ROLE_MENTION.test(mention);

/**
 * A source mention either stands in for the name (a pronoun, "who", a role: "the spokesman") or shares a word with it
 * ("Haddad" for "Dr. Amal Haddad", "Clinton spokesman Nick Merrill" for "Nick Merrill"). Anything else names someone
 * else.
 */
function mentionsName(mention: string, name: string): boolean {
  const mentionWords = words(mention);
  if (mentionWords.length === 1 && STAND_IN_PRONOUNS.has(mentionWords[0]!)) return true;
  if (isRoleMention(mention)) return true;
  const nameWords = new Set(words(name));
  return mentionWords.some((w) => nameWords.has(w));
}

/** Every finding says which rule or model produced it ("why is this flagged?"). */
const ruleFault = (rule: unknown): string | null =>
  typeof rule === 'string' && rule.trim() !== '' ? null : 'names no rule that produced it';

function figureFault(text: string, figure: Figure): string | null {
  const rule = ruleFault(figure.rule);
  if (rule) return rule;
  const span = spanFault(text, figure.start, figure.end, { nonEmpty: true });
  if (span) return span;
  if (text.slice(figure.start, figure.end) !== figure.text)
    return `text ${JSON.stringify(figure.text)} is not what ${figure.start}..${figure.end} holds`;
  if (figure.value !== null && (!Number.isSafeInteger(figure.value) || figure.value < 0))
    return `value ${figure.value} is no safe count`;
  if (figure.source !== null) return nameFault(figure.source);
  return null;
}

function attributionFault(text: string, attribution: Attribution): string | null {
  const rule = ruleFault(attribution.rule);
  if (rule) return rule;
  const cue = spanFault(text, attribution.cueStart, attribution.cueEnd, { nonEmpty: true });
  if (cue) return `cue ${cue}`;
  if (text.slice(attribution.cueStart, attribution.cueEnd) !== attribution.cue)
    return `cue ${JSON.stringify(attribution.cue)} is not what its span holds`;
  const content = spanFault(text, attribution.contentStart, attribution.contentEnd, { nonEmpty: true });
  if (content) return `content ${content}`;
  if (text.slice(attribution.contentStart, attribution.contentEnd) !== attribution.content)
    return 'content is not what its span holds';
  const { source, sourceStart, sourceEnd } = attribution;
  if (source === null || sourceStart === null || sourceEnd === null) {
    return source === null && sourceStart === null && sourceEnd === null
      ? null
      : 'source, sourceStart and sourceEnd are not all null or all set';
  }
  const span = spanFault(text, sourceStart, sourceEnd, { nonEmpty: true });
  if (span) return `source ${span}`;
  const name = nameFault(source);
  if (name) return `source ${name}`;
  const mention = text.slice(sourceStart, sourceEnd);
  if (BREAK.test(mention) || EDGE.test(mention))
    return `source mention ${sourceStart}..${sourceEnd} runs over a line break or starts or ends with a space`;
  if (!mentionsName(mention, source))
    return `source ${JSON.stringify(source)} is not named by its mention ${JSON.stringify(mention)} (${sourceStart}..${sourceEnd})`;
  return null;
}

/** A source keeps its good mentions, in text order and not overlapping; it is dropped when its name is bad. */
function checkSource(text: string, source: NamedSource, dropped: DroppedFinding[]): NamedSource | null {
  const name = nameFault(source.name) ?? ruleFault(source.rule);
  if (name) {
    dropped.push({ finding: 'source', reason: name });
    return null;
  }
  const mentions: Span[] = [];
  for (const [start, end] of source.mentions) {
    const fault =
      spanFault(text, start, end, { nonEmpty: true }) ??
      (mentions.length > 0 && start < mentions[mentions.length - 1]![1]
        ? `mention ${start}..${end} overlaps the one before`
        : null);
    if (fault) dropped.push({ finding: 'mention', reason: `${JSON.stringify(source.name)}: ${fault}` });
    else mentions.push([start, end]);
  }
  return mentions.length === source.mentions.length ? source : { ...source, mentions };
}

/** The extraction with every finding that breaks the invariant taken out, and what was taken out. */
export function enforceOutputInvariant(extraction: Extraction): CheckedExtraction {
  const { text } = extraction;
  const dropped: DroppedFinding[] = [];
  const keep =
    <T>(finding: DroppedFinding['finding'], fault: (item: T) => string | null) =>
    (item: T): boolean => {
      const reason = fault(item);
      if (reason) dropped.push({ finding, reason });
      return reason === null;
    };
  const figures = extraction.figures.filter(keep('figure', (figure: Figure) => figureFault(text, figure)));
  const attributions = extraction.attributions.filter(
    keep('attribution', (attribution: Attribution) => attributionFault(text, attribution)),
  );
  const sources = extraction.sources.flatMap((source) => checkSource(text, source, dropped) ?? []);
  return { extraction: { ...extraction, sources, figures, attributions }, dropped };
}
