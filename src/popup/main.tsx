// The popup: annotate the tab it was opened for (the toolbar button's action), then list the findings.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { Popup, type PopupProps } from './Popup';
import { backgroundClient } from '../shared/client';
import { CrossReferences } from './cross-references';

const LIBRARY_PAGE = 'src/library/library.html';

/** The tab to annotate: `?tab=<id>` when the popup is opened as a page (tests, keyboard users), else the active tab. */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PopupProps['state']>({ status: 'loading' });
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    void (async () => {
      try {
        const tab = await targetTab();
        if (tab === null) throw new Error('No tab to read.');
        setTabId(tab);
        setState({ status: 'done', result: await backgroundClient.send({ type: 'popup/annotate', tabId: tab }) });
      } catch (error) {
        setState({ status: 'error', message: `This page cannot be read: ${error instanceof Error ? error.message : String(error)}` });
      }
    })();
  }, []);
  if (tabId === null) return <Popup state={state} onReveal={() => undefined} onClear={() => undefined} />;
  return (
    <>
      <Popup
        state={state}
        onReveal={(row) => void backgroundClient.send({ type: 'popup/reveal', tabId, findingId: row.findingId })}
        onClear={() => void backgroundClient.send({ type: 'popup/clear', tabId }).then(() => setState({ status: 'cleared' }))}
        onOpenLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) })}
        onSave={(row) => void backgroundClient.send({ type: 'claims/save-finding', tabId, findingId: row.findingId }).then(() => setSaves((count) => count + 1))}
      />
      <CrossReferences
        ready={state.status === 'done' && state.result !== null}
        revision={saves}
        load={() => backgroundClient.send({ type: 'claims/cross-references', tabId })}
      />
    </>
  );
}

render(<App />, document.getElementById('app')!);
