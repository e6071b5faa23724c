// The popup: annotate the tab it was opened for (the toolbar button's action), then list the findings.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { libraryPath } from '../shared/messages';
import { Popup, savedHere, type PopupProps } from './Popup';
import { backgroundClient } from '../shared/client';
import { CrossReferences } from './cross-references';

/** The tab to annotate: `?tab=<id>` when the popup is opened as a page (tests, keyboard users), else the active tab. */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const openLibrary = (claimId?: string): void =>
  void browser.tabs.create({ url: browser.runtime.getURL(libraryPath(claimId)) });

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PopupProps['state']>({ status: 'loading' });
  const [savedIds, setSavedIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void (async () => {
      try {
        const tab = await targetTab();
        if (tab === null) throw new Error('No tab to read.');
        setTabId(tab);
        setState({ status: 'done', result: await backgroundClient.send({ type: 'popup/annotate', tabId: tab }) });
      } catch (error) {
        setState({
          status: 'error',
          message: `This page cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    })();
  }, []);
  if (tabId === null)
    return <Popup state={state} onReveal={() => undefined} onClear={() => undefined} onOpenLibrary={openLibrary} />;
  return (
    <>
      <Popup
        state={state}
        savedIds={savedIds}
        onReveal={(findingId) => void backgroundClient.send({ type: 'popup/reveal', tabId, findingId })}
        onClear={() =>
          void backgroundClient.send({ type: 'popup/clear', tabId }).then(() => setState({ status: 'cleared' }))
        }
        onOpenLibrary={openLibrary}
        onSave={(row) =>
          void backgroundClient
            .send({ type: 'claims/save-finding', tabId, findingId: row.findingId })
            .then((claim) => setSavedIds((ids) => new Set([...ids, claim.id])))
        }
      />
      <CrossReferences
        ready={state.status === 'done' && state.result !== null}
        revision={savedIds.size}
        savedHere={state.status === 'done' && state.result ? savedHere(state.result, savedIds) : 0}
        load={() => backgroundClient.send({ type: 'claims/cross-references', tabId })}
      />
    </>
  );
}

render(<App />, document.getElementById('app')!);
