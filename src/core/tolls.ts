// Tolls: the distinct casualty figures of an article. A page repeats its toll in the headline, the body and
// a caption; the reader and the badge want it once, with its mentions, not once per repetition.
import type { Figure } from './types';
import { isFlagged } from './types';

/**
 * Rule `toll.unattributed-repeat`: a figure nobody stands behind that gives the same count, qualifier and kind
 * as a figure the article attributes is the same toll repeated (a headline or caption restating the body
 * without its source), so it joins that toll instead of being flagged on its own.
 */
export const UNATTRIBUTED_REPEAT_RULE = 'toll.unattributed-repeat';

export interface Toll {
  /** What makes two figures one toll: kind, count, qualifier and source. */
  key: string;
  /** The mention that stands for the toll: its first attributed one, else its first. */
  figure: Figure;
  /** Indexes into the extraction's figures, in text order. */
  mentions: number[];
  /** Nobody stands behind it, or some mention hedges it. */
  flagged: boolean;
  /** Set when an unattributed repeat was joined to this toll by UNATTRIBUTED_REPEAT_RULE. */
  rule: string | null;
}

/** A vague figure gives no number, so its own words tell one vague toll from another. */
const countKey = (figure: Figure): string =>
  figure.value === null || figure.qualifier === 'vague'
    ? `vague:${figure.text.toLowerCase().replace(/\s+/g, ' ')}`
    : `${figure.qualifier}:${figure.value}`;

export const tollKey = (figure: Figure): string =>
  `${figure.kind}|${countKey(figure)}|${figure.source?.toLowerCase() ?? ''}`;

/** The figures grouped into tolls: flagged ones first, then in the order the article first gives them. */
export function groupTolls(figures: readonly Figure[]): Toll[] {
  const byKey = new Map<string, Toll>();
  const attributedByCount = new Map<string, Toll>();
  const order = figures
    .map((figure, index) => ({ figure, index }))
    .sort((a, b) => Number(a.figure.source === null) - Number(b.figure.source === null) || a.index - b.index);
  for (const { figure, index } of order) {
    const count = `${figure.kind}|${countKey(figure)}`;
    const repeated = figure.source === null && figure.value !== null ? attributedByCount.get(count) : undefined;
    const toll = repeated ?? byKey.get(tollKey(figure));
    if (toll) {
      toll.mentions.push(index);
      if (repeated) toll.rule = UNATTRIBUTED_REPEAT_RULE;
      continue;
    }
    const created: Toll = { key: tollKey(figure), figure, mentions: [index], flagged: false, rule: null };
    byKey.set(created.key, created);
    if (figure.source !== null && !attributedByCount.has(count)) attributedByCount.set(count, created);
  }
  const tolls = [...byKey.values()];
  for (const toll of tolls) {
    toll.mentions.sort((a, b) => a - b);
    toll.flagged = isFlagged(toll.figure) || toll.mentions.some((index) => figures[index]?.hedged);
  }
  return tolls.sort((a, b) => Number(b.flagged) - Number(a.flagged) || (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0));
}

/** The toll a figure (by index) belongs to. */
export const tollOf = (tolls: readonly Toll[], figureIndex: number): Toll | undefined =>
  tolls.find((toll) => toll.mentions.includes(figureIndex));
