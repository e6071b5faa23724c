import { describe, expect, it } from 'vitest';
import { grantedSites, originPattern } from './sites';

describe('originPattern', () => {
  it.each([
    ['news.example.org', 'https://news.example.org/*'],
    ['  https://www.example.com/world/story-1?x=1 ', 'https://www.example.com/*'],
    ['http://127.0.0.1:8080/a', 'http://127.0.0.1/*'],
    ['https://[::1]:8443/x', 'https://[::1]/*'],
  ])('%s → %s', (input, pattern) => expect(originPattern(input)).toBe(pattern));

  it.each(['', 'ftp://files.example.org', 'javascript:alert(1)', 'https://user:pw@example.org', 'http://'])(
    'refuses %j',
    (input) => {
      expect(originPattern(input)).toBeNull();
    },
  );
});

it('grantedSites keeps single sites, not the web-wide optional patterns', () => {
  expect(grantedSites(['https://*/*', 'https://b.example/*', 'http://*/*', 'http://a.example/*'])).toEqual([
    'http://a.example/*',
    'https://b.example/*',
  ]);
});
