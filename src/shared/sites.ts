// Sites as host-permission patterns: what the reader types on the options page becomes the pattern it
// requests, and a tab's address becomes the pattern automatic annotation checks for it.

/** "example.com", "https://www.example.com/news/x", "http://127.0.0.1:8080" → "https://www.example.com/*" or "http://127.0.0.1/*"; null when not a web site. */
export function originPattern(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || url.username || url.password) return null;
  // match patterns name hosts, not ports (Firefox refuses a port; without one every port matches). The check
  // for a tab uses this pattern too: Firefox's permissions.contains is false for the address itself when it has a port.
  return `${url.protocol}//${url.hostname}/*`;
}

/** The granted site patterns that came from this page (the optional web-wide patterns never do). */
export const grantedSites = (origins: readonly string[]): string[] =>
  origins.filter((origin) => /^https?:\/\/[^*/]+\/\*$/.test(origin)).sort();
