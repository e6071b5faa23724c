// The page script, injected on demand (scripting.executeScript) into the tab the reader asked for.
// It may be injected again into the same page: the second run finds the first one's listener and stops.
import { browser, type Runtime } from '../shared/browser';
import {
  backgroundToPageSchema,
  parseMessage,
  type AnnotationResult,
  type BackgroundToPage,
  type ResponseOf,
} from '../shared/messages';
import { Annotator } from './annotator';

const INSTALLED = Symbol.for('sourcelight.page');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  const annotator = new Annotator(
    document,
    (article) => browser.runtime.sendMessage({ type: 'page/extract', ...article }) as Promise<AnnotationResult>,
    {
      save: async (finding) =>
        (
          (await browser.runtime.sendMessage({ type: 'page/save-finding', findingId: finding.id })) as {
            claimId: string;
          }
        ).claimId,
      open: (claimId) => void browser.runtime.sendMessage({ type: 'page/open-claim', claimId }),
    },
  );

  const handle = async (message: unknown): Promise<ResponseOf<BackgroundToPage, keyof BackgroundToPage>> => {
    const parsed = parseMessage(backgroundToPageSchema, message);
    switch (parsed.type) {
      case 'page/annotate':
        if (parsed.toggle && annotator.annotated) annotator.clear();
        else await annotator.annotate();
        return { annotated: annotator.annotated };
      case 'page/clear':
        annotator.clear();
        return null;
      case 'page/reveal':
        return { found: annotator.reveal(parsed.findingId) };
      case 'page/step':
        return { found: annotator.step(parsed.direction) };
    }
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only the background talks to the page script; other extension pages go through it.
    if (sender.id !== browser.runtime.id) return undefined;
    return handle(message);
  });
}
