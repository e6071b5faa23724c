// Casualty figures: a quantity tied to people killed, injured, missing or abducted, with who stands behind it and
// whether it comes hedged (GUIDELINES.md). Three ordered lists of named rules do the work: the shapes that tie a number
// to its casualty word, the vetoes that say a match is no figure, and the rules that find the figure's source.
import type { ArticleDocument } from '../document';
import { findHedge } from '../hedges';
import { findQuantities } from '../quantities';
import type { Attribution, Figure } from '../types';
import { arrestCount } from './arrest-count';
import { hypotheticalToll } from './hypothetical-toll';
import { judicialExecution } from './judicial-execution';
import { listCarryOver } from './list-carry-over';
import { negatedCount } from './negated-count';
import { partOfPrevious } from './part-of-previous';
import { range } from './range';
import { reportScope } from './report-scope';
import { reportedCount } from './reported-count';
import type { FigureShape, FigureSourceRule, FigureVeto, RuledMatch, ShapeContext } from './rule';
import {
  accordingToSource,
  backgroundClause,
  heldByAttribution,
  leadsIntoReport,
  pairedToll,
  quotedSpeaker,
} from './source-rules';
import { tollValue } from './toll-value';
import { victimsAsObject } from './victims-as-object';
import { victimsAsSubject } from './victims-as-subject';
import { yearBeforeHarm } from './year-before-harm';

/**
 * The shapes, first match wins: a range before its high end's own shape; the victims of a verb or noun before a
 * count that names its own harm ("the deaths of four hostages" are deaths); a part of a figure after the figure.
 */
export const FIGURE_SHAPES: readonly FigureShape[] = [
  range,
  victimsAsObject,
  victimsAsSubject,
  tollValue,
  partOfPrevious,
  listCarryOver,
];
export const FIGURE_VETOES: readonly FigureVeto[] = [
  negatedCount,
  hypotheticalToll,
  judicialExecution,
  arrestCount,
  yearBeforeHarm,
];
/** Who stands behind a figure: the first rule with an answer decides; none means the paper's own voice. */
export const FIGURE_SOURCE_RULES: readonly FigureSourceRule[] = [
  pairedToll,
  heldByAttribution,
  quotedSpeaker,
  accordingToSource,
  backgroundClause,
  leadsIntoReport,
  reportedCount,
  reportScope,
];

export function findFigures(doc: ArticleDocument, attributions: Attribution[]): Figure[] {
  const matches: RuledMatch[] = [];
  for (const quantity of findQuantities(doc)) {
    const sentence = doc.sentences[doc.tokens[quantity.firstToken]!.sentence]!;
    const context: ShapeContext = {
      doc,
      tokens: doc.tokens,
      quantity,
      sentenceStart: sentence.firstToken,
      sentenceEnd: sentence.endToken,
      previous: matches[matches.length - 1],
    };
    for (const shape of FIGURE_SHAPES) {
      const match = shape.match(context);
      if (!match) continue;
      if (!FIGURE_VETOES.some((veto) => veto.rejects(context, match))) matches.push({ ...match, rule: shape.id });
      break;
    }
  }
  const earlier: Array<{ match: RuledMatch; source: string | null }> = [];
  return matches.map((match) => {
    const figure = toFigure(doc, match, attributions, earlier);
    earlier.push({ match, source: figure.source });
    return figure;
  });
}

function toFigure(
  doc: ArticleDocument,
  match: RuledMatch,
  attributions: Attribution[],
  earlier: Array<{ match: RuledMatch; source: string | null }>,
): Figure {
  const { tokens } = doc;
  const start = tokens[match.first]!.start;
  const last = tokens[match.end - 1]!;
  // a token compromise glued across a full stop ("wounded.--Kevin") ends at its first word
  const end = last.start + (/^[\p{L}\p{N},'’­-]+?(?=\.?--|\.\p{Lu})/u.exec(last.text)?.[0].length ?? last.text.length);
  const sentenceIndex = tokens[match.first]!.sentence;
  const sentence = doc.sentences[sentenceIndex]!;
  const upTo = match.quantity.qualifier === 'up_to' && /^(up to|as many as)$/i.test(match.quantity.qualifierText ?? '');
  const hedgeCue = upTo
    ? match.quantity.qualifierText
    : findHedge(tokens, sentence.firstToken, sentence.endToken, match.first, match.end);
  let source: string | null = null;
  let sourceRule: string | null = null;
  for (const rule of FIGURE_SOURCE_RULES) {
    const found = rule.source({ doc, match, start, end, sentence: sentenceIndex, attributions, earlier });
    if (found === undefined) continue;
    source = found;
    sourceRule = rule.id;
    break;
  }
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    value: match.quantity.value,
    qualifier: match.quantity.qualifier,
    kind: match.kind,
    source,
    hedged: hedgeCue !== null,
    hedgeCue,
    rule: match.rule,
    sourceRule,
  };
}
