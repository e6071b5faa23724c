// @vitest-environment happy-dom
// happy-dom has no CSS Custom Highlight API, so these runs take the <sourcelight-mark> fallback.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AnnotationResult, PaintedFinding } from '../shared/messages';
import { Annotator, REANNOTATE_DELAY_MS, type Extractor } from './annotator';
import { MARK_TAG } from './highlights';

/** A stand-in for the core that is real enough here: every "killed" is a flagged finding. */
const extractKilled: Extractor = async ({ url, text }) => {
  const findings: PaintedFinding[] = [];
  for (const match of text.matchAll(/\d+ killed/g)) {
    findings.push({
      id: `figure-${findings.length}`,
      category: 'flagged',
      start: match.index,
      end: match.index + match[0].length,
      label: `Figure: ${match[0]}`,
    });
  }
  calls++;
  return {
    url,
    findings,
    truncatedAt: null,
    savedNotFound: 0,
    extraction: { title: null, text, sources: [], figures: [], attributions: [] },
  } satisfies AnnotationResult;
};
let calls = 0;

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const marks = () => Array.from(document.querySelectorAll(MARK_TAG), (mark) => mark.textContent);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let annotator: Annotator;
beforeEach(() => {
  calls = 0;
  const article = document.createElement('article');
  article.append(
    paragraph('Officials said 12 killed in the first blast near the harbour.'),
    paragraph('Later reports raised it: 30 killed across the city by nightfall.'),
  );
  document.body.replaceChildren(article);
  // saving goes through the background; the e2e tests cover it from the card
  annotator = new Annotator(document, extractKilled, { save: async () => 'claim-1', open: () => undefined });
});
afterEach(() => annotator.clear());

it('paints every finding and leaves the text as it was', async () => {
  const before = document.body.textContent;
  await annotator.annotate();
  expect(marks()).toEqual(['12 killed', '30 killed']);
  expect(document.body.textContent).toBe(before);
});

it('clears every mark and restores the original text nodes', async () => {
  const before = document.body.innerHTML;
  await annotator.annotate();
  annotator.clear();
  expect(marks()).toEqual([]);
  expect(document.body.innerHTML).toBe(before);
  expect(annotator.annotated).toBe(false);
});

it('re-annotates once the article changes, without duplicating marks', async () => {
  await annotator.annotate();
  document.querySelector('article')!.append(paragraph('By morning the toll stood at 41 killed, the mayor said.'));
  await wait(REANNOTATE_DELAY_MS + 300);
  expect(marks()).toEqual(['12 killed', '30 killed', '41 killed']);
  expect(calls).toBe(2);
});

it('annotating an unchanged page again asks nothing and paints nothing twice', async () => {
  await annotator.annotate();
  await annotator.annotate();
  expect(marks()).toEqual(['12 killed', '30 killed']);
  expect(calls).toBe(1);
});

it('steps through findings from the keyboard and moves focus into their card', async () => {
  expect(annotator.step(1)).toBe(false);
  await annotator.annotate();
  expect(annotator.step(-1)).toBe(true);
  expect(annotator.step(1)).toBe(true);
  expect(annotator.step(1)).toBe(true);
  // the card's shadow root is closed: the page sees only that focus went into our card
  expect(document.activeElement?.tagName.toLowerCase()).toBe('sourcelight-card');
  annotator.clear();
  expect(annotator.step(1)).toBe(false);
});
