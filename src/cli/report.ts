// `--format text`: a report a fact-checker reads top to bottom. Figures first, the ones nobody stands behind
// or that come hedged marked; then who is cited; then who said what.
import type { Attribution, Extraction, Figure, NamedSource } from '../core/types';
import { isFlagged } from '../core/types';
import { countOf, describeBacking, describeCount, describeHedge, quoted as inQuotes } from '../core/describe';

/** Long quotes are cut in the report; the JSON formats keep them whole. */
const MAX_SNIPPET = 240;

export interface ReportOptions {
  /** Each finding names the rule that produced it, so "why is this flagged?" has an answer. */
  explain: boolean;
}

export function formatReport(
  file: string,
  extraction: Extraction,
  { explain }: ReportOptions = { explain: false },
): string {
  const heading = extraction.title ?? file;
  const why = explain ? explainRule : (): string => '';
  const lines = [heading, '='.repeat(Math.min(heading.length, 80)), file, ''];
  lines.push(...figureSection(extraction.figures, why), '', ...sourceSection(extraction.sources, why), '');
  lines.push(...attributionSection(extraction.attributions, why));
  return `${lines.join('\n')}\n`;
}

/** The rule a finding came from, as the report prints it: nothing unless --explain. */
type Why = (finding: { rule: string; sourceRule?: string | null }) => string;

/** A figure also names the rule that decided its source (or that nobody stands behind it). */
const explainRule: Why = (finding) =>
  `  [rule: ${finding.rule}${finding.sourceRule ? `; source: ${finding.sourceRule}` : ''}]`;

function figureSection(figures: readonly Figure[], why: Why): string[] {
  if (figures.length === 0) return ['Casualty figures: none found.'];
  const flagged = figures.filter(isFlagged).length;
  const lines = [`Casualty figures: ${figures.length}, ${flagged} flagged (! nobody stands behind it, ~ hedged)`];
  for (const figure of figures) {
    const marks = `${figure.source === null ? '!' : ' '}${figure.hedged ? '~' : ' '}`;
    lines.push(
      `  ${marks} ${figure.kind}, ${describeCount(figure) ?? 'an unstated number'}: ${quoted(figure.text)}${why(figure)}`,
    );
    lines.push(`       ${[describeBacking(figure.source), describeHedge(figure)].filter(Boolean).join(' · ')}`);
  }
  return lines;
}

function sourceSection(sources: readonly NamedSource[], why: Why): string[] {
  const named = sources.filter((source) => source.kind !== 'anonymous');
  const anonymous = sources.filter((source) => source.kind === 'anonymous');
  const lines = [named.length === 0 ? 'Named sources: none found.' : `Named sources: ${named.length}`];
  for (const source of named) {
    const role = source.role ? `, ${source.role}` : '';
    lines.push(`  ${source.name} (${source.kind}${role}): ${mentionCount(source)}${why(source)}`);
    if (source.aliases.length > 0) lines.push(`      also: ${source.aliases.join('; ')}`);
  }
  if (anonymous.length > 0) {
    lines.push(
      `Anonymous sources: ${anonymous.map((source) => `${source.name} (${mentionCount(source)})${why(source)}`).join(', ')}`,
    );
  }
  return lines;
}

const mentionCount = (source: NamedSource): string => countOf(source.mentions.length, 'mention');

function attributionSection(attributions: readonly Attribution[], why: Why): string[] {
  if (attributions.length === 0) return ['Quotes and reported speech: none found.'];
  const bySpeaker = new Map<string, Attribution[]>();
  for (const attribution of attributions) {
    const speaker = attribution.source ?? '(speaker not found)';
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), attribution]);
  }
  const lines = [`Quotes and reported speech: ${attributions.length}, by speaker`];
  for (const [speaker, said] of bySpeaker) {
    lines.push(`  ${speaker}`);
    for (const attribution of said) {
      const content = attribution.direct ? quoted(attribution.content) : snippet(attribution.content);
      lines.push(
        `    ${attribution.direct ? 'quote' : 'reported'} (${oneLine(attribution.cue)})${why(attribution)}: ${content}`,
      );
    }
  }
  return lines;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function snippet(text: string): string {
  const line = oneLine(text);
  if (line.length <= MAX_SNIPPET) return line;
  // never cut between the two halves of an astral character
  const cut = /[\uD800-\uDBFF]/.test(line[MAX_SNIPPET - 2]!) ? MAX_SNIPPET - 2 : MAX_SNIPPET - 1;
  return `${line.slice(0, cut).trimEnd()}…`;
}

/** Quote marks around a snippet, unless it already starts with its own. */
const quoted = (text: string): string => inQuotes(snippet(text));
