import { describe, expect, it } from 'vitest';
import { KNOWN_FORMS, lookupKnownSource } from './known-sources';

describe('lookupKnownSource', () => {
  it.each([
    ['AFP', 'Agence France-Presse', 'outlet'],
    ['the Associated Press', 'Associated Press', 'outlet'],
    ['Reuters', 'Reuters', 'outlet'],
    ['CENTCOM', 'US Central Command', 'organization'],
    ['US Central Command', 'US Central Command', 'organization'],
    ['Human Rights Watch', 'Human Rights Watch', 'organization'],
    ['the Pentagon', 'Pentagon', 'organization'],
  ])('knows %j', (form, name, kind) => {
    expect(lookupKnownSource(form)).toMatchObject({ name, kind });
  });

  it('does not know an ordinary name', () => {
    expect(lookupKnownSource('Harbor Street Bakery')).toBeUndefined();
  });

  it('lists longer forms first so a scan prefers "US Central Command" over "Central Command"', () => {
    expect(KNOWN_FORMS.indexOf('US Central Command')).toBeLessThan(KNOWN_FORMS.indexOf('Central Command'));
  });
});
