// The learned pass: tags every sentence with the perceptron trained on PolNeAR (model.json, data written by
// test/tools/train-attributions.ts) and pairs each tagged cue with the content and source tagged nearest to it
// in its sentence. It reaches the long tail the hand rules miss: attitudes ("wants", "criticized") and cues
// the lexicon lacks.
import type { ArticleDocument } from '../document';
import { tokenFeatures } from './features';
import stored from './model.json' with { type: 'json' };
import { Perceptron, type Label, type StoredModel } from './perceptron';

/** Token ranges [first, end) of one tagged attribution. */
export interface TaggedAttribution {
  cueFirst: number;
  cueEnd: number;
  /** The source tagged nearest the cue in its sentence, or null where the tagger tagged none. */
  source: { first: number; end: number } | null;
  contentFirst: number;
  contentEnd: number;
}

interface TokenSpan {
  kind: string;
  first: number;
  end: number;
}

/**
 * What decoding takes off every O score, so that the tagger tags more than it was trained to and keep-filter.ts
 * chooses among the finds. With the filter retrained for each: on PolNeAR dev 30 gives content_F1 0.675, 50 0.683,
 * 75 0.686; on 150 train articles held out from the filter's training 0.655, 0.662 and 0.660 (0 and no filter:
 * 0.676 and 0.657).
 */
const RECALL_BIAS = 50;

let model: Perceptron | null = null;
/** Loaded on first use: the weights are parsed once per process (or service worker), not per article. */
const loaded = (): Perceptron => (model ??= Perceptron.load(stored as StoredModel));

/** Tags the sentences `skip` leaves (a sentence the rules already read whole would only give finds they drop). */
export function tagAttributions(
  doc: ArticleDocument,
  skip: (start: number, end: number) => boolean = () => false,
): TaggedAttribution[] {
  const features = tokenFeatures(doc);
  const found: TaggedAttribution[] = [];
  for (const sentence of doc.sentences) {
    if (skip(sentence.start, sentence.end)) continue;
    const labels = loaded().tag(features.slice(sentence.firstToken, sentence.endToken), RECALL_BIAS);
    found.push(...pair(spansOf(labels, sentence.firstToken)));
  }
  return found;
}

function spansOf(labels: readonly Label[], offset: number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  labels.forEach((label, i) => {
    if (label === 'O') return;
    const kind = label.slice(2);
    const last = spans[spans.length - 1];
    if (label.startsWith('I-') && last && last.kind === kind && last.end === offset + i) last.end++;
    else spans.push({ kind, first: offset + i, end: offset + i + 1 });
  });
  return spans;
}

/** Tokens between two spans, 0 when they overlap. */
const distance = (a: TokenSpan, b: TokenSpan): number => Math.max(0, b.first - a.end, a.first - b.end);

/**
 * Each cue takes the nearest content not yet taken and the nearest source of its sentence, if one was tagged (the
 * learned pass finds a speaker by structure for the others, or drops them).
 */
function pair(spans: readonly TokenSpan[]): TaggedAttribution[] {
  const cues = spans.filter((s) => s.kind === 'CUE');
  const contents = spans.filter((s) => s.kind === 'CON');
  const sources = spans.filter((s) => s.kind === 'SRC');
  const taken = new Set<TokenSpan>();
  const out: TaggedAttribution[] = [];
  for (const cue of cues) {
    // a content right after the cue is its content, one right before it is more often a clause of the source
    // ("X, one of the groups that doubted it, said Y")
    const content = nearest(
      contents.filter((c) => !taken.has(c)),
      cue,
      true,
    );
    if (!content) continue;
    // the tagger often breaks one content into pieces around a word it left out: on the cue's side, pieces with no
    // other cue between them are one content
    let { first, end } = content;
    if (content.first >= cue.end) {
      const stop = cues.find((c) => c.first >= content.end)?.first ?? Infinity;
      for (const piece of contents) {
        if (taken.has(piece) || piece.first < end || piece.end > stop) continue;
        end = piece.end;
        taken.add(piece);
      }
    } else {
      const stop = cues.findLast((c) => c.end <= content.first)?.end ?? -Infinity;
      for (const piece of contents.toReversed()) {
        if (taken.has(piece) || piece.end > first || piece.first < stop) continue;
        first = piece.first;
        taken.add(piece);
      }
    }
    taken.add(content);
    const source = nearest(sources, cue);
    out.push({
      cueFirst: cue.first,
      cueEnd: cue.end,
      source: source && { first: source.first, end: source.end },
      contentFirst: first,
      contentEnd: end,
    });
  }
  return out;
}

/** The candidate nearest to `to`; on a tie the first, or with `preferAfter` one that follows `to`. */
function nearest(candidates: readonly TokenSpan[], to: TokenSpan, preferAfter = false): TokenSpan | null {
  let best: TokenSpan | null = null;
  for (const c of candidates) {
    const closer = !best || distance(c, to) < distance(best, to);
    const tieAfter = !!best && preferAfter && distance(c, to) === distance(best, to) && c.first >= to.end;
    if (closer || tieAfter) best = c;
  }
  return best;
}
