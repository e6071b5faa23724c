// The hover/focus card: one <sourcelight-card> element on <html>, a closed shadow root, Preact inside.
// Closed, so the page's scripts cannot read or restyle what we show about its text.
import { render } from 'preact';
import type { PaintedFinding } from '../shared/messages';

export const CARD_TAG = 'sourcelight-card';

const CARD_STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
.card { font: 13px/1.4 system-ui, sans-serif; max-width: 340px; padding: 6px 10px; border-radius: 6px;
  background: #fff; color: #1b1b1f; border: 1px solid #c8c8d0; box-shadow: 0 2px 10px rgba(0,0,0,.18); }
.card[data-category="flagged"] { border-color: #d24a00; }
@media (prefers-color-scheme: dark) { .card { background: #23232a; color: #ececf1; border-color: #4a4a55; } }
`;

function Card({ finding }: { finding: PaintedFinding }) {
  return (
    <div class="card" role="tooltip" data-category={finding.category}>
      {finding.label}
    </div>
  );
}

export interface CardHandle {
  show(finding: PaintedFinding, anchor: DOMRect): void;
  hide(): void;
  remove(): void;
}

export function createCard(doc: Document): CardHandle {
  const host = doc.createElement(CARD_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_STYLE;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  let shown: string | null = null;
  return {
    show(finding, anchor) {
      if (!host.isConnected) doc.documentElement.append(host);
      const below = anchor.bottom + 6;
      const top = below + 80 > doc.documentElement.clientHeight ? Math.max(0, anchor.top - 60) : below;
      host.style.setProperty('top', `${Math.round(top)}px`);
      host.style.setProperty('left', `${Math.round(Math.max(0, anchor.left))}px`);
      if (shown !== finding.id) render(<Card finding={finding} />, mount);
      shown = finding.id;
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
}
