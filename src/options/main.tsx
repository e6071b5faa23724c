// Options: automatic annotation on chosen sites, and the reviewer's name for ClaimReview exports. Each site
// is an optional host permission the browser asks the reader to grant (the request must come from the
// click itself, a user gesture).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Reviewer } from '../core/formats/writer';
import { browser } from '../shared/browser';
import { readReviewer, writeReviewer } from '../shared/settings';
import { grantedSites, originPattern } from '../shared/sites';

function Sites() {
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
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Annotate automatically</h2>
      <p class="help">
        On these sites every page is annotated as it loads. Elsewhere, use the toolbar button or Alt+Shift+S.
        Sourcelight reads only the sites listed here; nothing leaves your computer. A site is allowed on every port
        (browsers grant sites, not ports).
      </p>
      <form onSubmit={(event) => void add(event)}>
        <label for="site">Site</label>
        <input
          id="site"
          data-testid="site-input"
          placeholder="news.example.org"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" data-testid="add-site">
          Allow
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p data-testid="no-sites">No sites yet.</p>
      ) : (
        <ul data-testid="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={`Remove ${site}`} onClick={() => void remove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewerSetting() {
  const [name, setName] = useState('');
  const [type, setType] = useState<Reviewer['type']>('Person');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    void readReviewer().then((reviewer) => {
      if (!reviewer) return;
      setName(reviewer.name);
      setType(reviewer.type);
    });
  }, []);
  const save = async (event: Event) => {
    event.preventDefault();
    const reviewer = name.trim() ? { name: name.trim(), type } : null;
    await writeReviewer(reviewer);
    setSaved(reviewer ? `Exports name ${reviewer.name} as the reviewer.` : 'Exports name no reviewer.');
  };
  return (
    <section aria-labelledby="reviewer-title">
      <h2 id="reviewer-title">Reviewer for exports</h2>
      <p class="help">
        ClaimReview exports name this person or organisation as the author of the reviews. Leave it empty to name
        nobody.
      </p>
      <form onSubmit={(event) => void save(event)}>
        <label for="reviewer-name">Name</label>
        <input
          id="reviewer-name"
          data-testid="reviewer-name"
          placeholder="Your name or your organisation's"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <select
          aria-label="The reviewer is"
          data-testid="reviewer-type"
          value={type}
          onChange={(event) => setType(event.currentTarget.value as Reviewer['type'])}
        >
          <option value="Person">a person</option>
          <option value="Organization">an organisation</option>
        </select>
        <button type="submit" data-testid="save-reviewer">
          Save
        </button>
      </form>
      {saved && (
        <p role="status" data-testid="reviewer-saved">
          {saved}
        </p>
      )}
    </section>
  );
}

function Options() {
  return (
    <main>
      <h1>Sourcelight</h1>
      <Sites />
      <ReviewerSetting />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
