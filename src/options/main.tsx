// Options: automatic annotation on chosen sites. Each site is an optional host permission the browser
// asks the reader to grant (the request must come from the click itself, a user gesture).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { grantedSites, originPattern } from './sites';

function Options() {
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = async () => setSites(grantedSites((await browser.permissions.getAll()).origins ?? []));
  useEffect(() => void refresh(), []);

  const add = async (event: Event) => {
    event.preventDefault();
    const pattern = originPattern(input);
    if (!pattern) {
      setError(`"${input}" is not a web site address (for example news.example.org).`);
      return;
    }
    setError(null);
    // Requested before any await: the browser only honours it inside the click's gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) setError(`Permission for ${pattern} was not granted.`);
    else setInput('');
    await refresh();
  };

  const remove = async (site: string) => {
    await browser.permissions.remove({ origins: [site] });
    await refresh();
  };

  return (
    <main>
      <h1>Sourcelight</h1>
      <h2>Annotate automatically</h2>
      <p class="help">
        On these sites every page is annotated as it loads. Elsewhere, use the toolbar button or Alt+Shift+S. Sourcelight reads
        only the sites listed here; nothing leaves your computer.
      </p>
      <form onSubmit={(event) => void add(event)}>
        <label for="site">Site</label>
        <input id="site" data-testid="site-input" placeholder="news.example.org" value={input} onInput={(event) => setInput(event.currentTarget.value)} />
        <button type="submit" data-testid="add-site">Allow</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {sites.length === 0 ? (
        <p data-testid="no-sites">No sites yet.</p>
      ) : (
        <ul data-testid="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void remove(site)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
