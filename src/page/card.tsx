// The hover/focus card: one <sourcelight-card> element on <html>, a closed shadow root, Preact inside.
// Closed, so the page's scripts cannot read or restyle what we show about its text.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { PaintedFinding } from '../shared/messages';

export const CARD_TAG = 'sourcelight-card';

const CARD_STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.card { font: 13px/1.4 system-ui, sans-serif; max-width: 340px; padding: 6px 10px; border-radius: 6px; display: flex; gap: 8px; align-items: center;
  background: #fff; color: #1b1b1f; border: 1px solid #c8c8d0; box-shadow: 0 2px 10px rgba(0,0,0,.18); }
.card[data-category="flagged"] { border-color: #d24a00; }
.card[data-category="saved"] { border-color: #c88c00; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 4px; padding: 1px 6px; cursor: pointer; }
button:focus-visible { outline: 2px solid #2456c8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .card { background: #23232a; color: #ececf1; border-color: #4a4a55; } button:focus-visible { outline-color: #8fb0ff; } }
`;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
const SAVE_TEXT: Record<SaveState, string> = { idle: 'Save', saving: 'Saving…', saved: 'Saved', failed: 'Not saved' };

function Card({ finding, onSave, onClose }: { finding: PaintedFinding; onSave(finding: PaintedFinding): Promise<void>; onClose(): void }) {
  const [state, setState] = useState<SaveState>('idle');
  const save = (): void => {
    setState('saving');
    onSave(finding).then(() => setState('saved'), () => setState('failed'));
  };
  return (
    <div class="card" role="dialog" aria-label={finding.label} data-category={finding.category} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <span role="tooltip">{finding.label}</span>
      {finding.category !== 'saved' && (
        <button type="button" data-testid="card-save" onClick={save} disabled={state === 'saving' || state === 'saved'}>
          {SAVE_TEXT[state]}
        </button>
      )}
    </div>
  );
}

export interface CardHandle {
  readonly host: Element;
  show(finding: PaintedFinding, anchor: DOMRect, options?: { focus: boolean }): void;
  hide(): void;
  remove(): void;
}

/** `onSave` saves a finding as a claim (through the background); the card shows how it went. */
export function createCard(doc: Document, onSave: (finding: PaintedFinding) => Promise<void>): CardHandle {
  const host = doc.createElement(CARD_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_STYLE;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  let shown: string | null = null;
  const handle: CardHandle = {
    host,
    show(finding, anchor, options) {
      if (!host.isConnected) doc.documentElement.append(host);
      const below = anchor.bottom + 6;
      const top = below + 80 > doc.documentElement.clientHeight ? Math.max(0, anchor.top - 60) : below;
      host.style.setProperty('top', `${Math.round(top)}px`);
      host.style.setProperty('left', `${Math.round(Math.max(0, anchor.left))}px`);
      if (shown !== finding.id) render(<Card key={finding.id} finding={finding} onSave={onSave} onClose={() => handle.hide()} />, mount);
      shown = finding.id;
      // keyboard readers land on the card's button: Enter saves, Escape closes
      if (options?.focus) shadow.querySelector('button')?.focus();
    },
    hide() {
      if (!host.isConnected) return;
      host.remove();
      shown = null;
    },
    remove() {
      render(null, mount);
      host.remove();
      shown = null;
    },
  };
  return handle;
}
