import { describe, expect, it } from 'vitest';
import { describedName } from './described-name';

describe('describedName', () => {
  it.each([
    ['public television Kanal Nord', { name: 'Kanal Nord', kind: 'outlet' }],
    ['the news website Delta Now', { name: 'Delta Now', kind: 'outlet' }],
    ['rights group Voice of Tamar', { name: 'Voice of Tamar', kind: 'organization' }],
    ['the dockworkers union DWU', { name: 'DWU', kind: 'organization' }],
    ['local outlet The 12 Report', { name: 'The 12 Report', kind: 'outlet' }],
  ])('%s', (name, expected) => expect(describedName(name)).toEqual(expected));

  it.each([
    'the spokesman of the police in Oyo State',
    'Marta Kovel',
    'the national railway operator',
    'lawyer Ann Bell',
  ])('no descriptor in %s', (name) => expect(describedName(name)).toBeNull());
});
