// The hover/focus card: one <sourcelight-card> element on <html>, a closed shadow root, Preact inside.
// Closed, so the page's scripts cannot read or restyle what we show about its text. It says what a
// highlight is in a sentence, which saved claims it contradicts, and whether it is saved.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { ConflictNote, PaintedFinding } from '../shared/messages';

export const CARD_TAG = 'sourcelight-card';

const CARD_STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.card { font: 13px/1.4 system-ui, sans-serif; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); padding: 8px 10px; border-radius: 6px;
  display: flex; flex-direction: column; gap: 6px; background: #fff; color: #1b1b1f; border: 1px solid #c8c8d0; box-shadow: 0 2px 10px rgba(0,0,0,.18); }
.card[data-category="flagged"] { border-color: #d24a00; }
.card[data-category="saved"] { border-color: #c88c00; }
.card[data-conflict="true"] { border: 2px solid #b91c1c; }
.conflict { margin: 0; padding-left: 8px; border-left: 3px solid #b91c1c; }
.conflict strong { color: #b91c1c; }
.actions { display: flex; gap: 8px; align-items: center; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 4px; padding: 1px 6px; cursor: pointer; }
button.link { border: none; padding: 0; color: #2456c8; text-decoration: underline; }
button:focus-visible { outline: 2px solid #2456c8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .card { background: #23232a; color: #ececf1; border-color: #4a4a55; } button:focus-visible { outline-color: #8fb0ff; }
  button.link { color: #8fb0ff; } .conflict strong { color: #ff8080; } .conflict { border-left-color: #ff8080; } .card[data-conflict="true"] { border-color: #ff8080; } }
`;

/**
 * What the card can do through the background: save a finding (answering the claim's id), open a claim in the library.
 */
export interface CardActions {
  save(finding: PaintedFinding): Promise<string>;
  open(claimId: string): void;
}

type SaveState = { status: 'idle' | 'saving' | 'failed' } | { status: 'saved'; claimId: string };
const SAVE_LABELS: Record<Exclude<SaveState['status'], 'saved'>, string> = {
  idle: 'Save',
  saving: 'Saving…',
  failed: 'Not saved: try again',
};

function Conflict({ conflict, onOpen }: { conflict: ConflictNote; onOpen(claimId: string): void }) {
  return (
    <p class="conflict" data-testid="card-conflict">
      <strong>Conflicts with a saved claim:</strong> {conflict.summary}.{' '}
      <button type="button" class="link" data-testid="card-open-conflict" onClick={() => onOpen(conflict.claimId)}>
        Open in library
      </button>
    </p>
  );
}

function Card({ finding, actions, onClose }: { finding: PaintedFinding; actions: CardActions; onClose(): void }) {
  const [state, setState] = useState<SaveState>(
    finding.savedClaimId ? { status: 'saved', claimId: finding.savedClaimId } : { status: 'idle' },
  );
  const save = (): void => {
    setState({ status: 'saving' });
    actions.save(finding).then(
      (claimId) => setState({ status: 'saved', claimId }),
      () => setState({ status: 'failed' }),
    );
  };
  const conflicts = finding.conflicts ?? [];
  return (
    <div
      class="card"
      role="dialog"
      aria-label={finding.label}
      data-category={finding.category}
      data-conflict={String(conflicts.length > 0)}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <span role="tooltip">{finding.label}</span>
      {conflicts.map((conflict) => (
        <Conflict key={conflict.claimId} conflict={conflict} onOpen={actions.open} />
      ))}
      {finding.category !== 'saved' && (
        <span class="actions">
          {state.status === 'saved' ? (
            <>
              <span data-testid="card-saved">Saved</span>
              <button type="button" data-testid="card-open-saved" onClick={() => actions.open(state.claimId)}>
                Open in library
              </button>
            </>
          ) : (
            <button type="button" data-testid="card-save" onClick={save} disabled={state.status === 'saving'}>
              {SAVE_LABELS[state.status]}
            </button>
          )}
        </span>
      )}
    </div>
  );
}

/** Room kept between the card and the highlighted line, and between the card and the window's edges. */
const GAP = 6;
const MARGIN = 8;

/**
 * Where a card of `size` goes for a highlight whose line is `anchor`, in a `view`: below the line when it fits,
 * else above it, else on the side with more room; never over the line, and inside the window left to right.
 */
export function placeCard(
  anchor: Pick<DOMRect, 'top' | 'bottom' | 'left'>,
  size: { width: number; height: number },
  view: { width: number; height: number },
): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const fitsBelow = below + size.height <= view.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  // neither fits: the roomier side, kept on screen
  const roomierBelow = view.height - anchor.bottom > anchor.top;
  let top = roomierBelow ? below : Math.max(0, above);
  if (fitsBelow) top = below;
  else if (fitsAbove) top = above;
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, view.width - MARGIN - size.width));
  return { top: Math.round(top), left: Math.round(left) };
}

export interface CardHandle {
  readonly host: Element;
  show(finding: PaintedFinding, anchor: DOMRect, options?: { focus: boolean }): void;
  hide(): void;
  remove(): void;
}

export function createCard(doc: Document, actions: CardActions): CardHandle {
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
      if (shown !== finding.id)
        render(<Card key={finding.id} finding={finding} actions={actions} onClose={() => handle.hide()} />, mount);
      shown = finding.id;
      // measured once rendered, at the top left where nothing clips it, then moved beside the line
      host.style.setProperty('top', '0px');
      host.style.setProperty('left', '0px');
      const box = host.getBoundingClientRect();
      const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
      const { top, left } = placeCard(anchor, { width: box.width, height: box.height }, view);
      host.style.setProperty('top', `${top}px`);
      host.style.setProperty('left', `${left}px`);
      // keyboard readers land on the card's Save (or, once saved, its link): Enter saves, Escape closes
      if (options?.focus)
        (
          shadow.querySelector<HTMLElement>('[data-testid="card-save"], [data-testid="card-open-saved"]') ??
          shadow.querySelector('button')
        )?.focus();
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
