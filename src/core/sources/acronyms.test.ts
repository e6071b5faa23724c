import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { acronymsOf } from './acronyms';

describe('acronymsOf', () => {
  it('ties an acronym to the words before it that spell it', () => {
    const doc = parseDocument(
      'The Geneva-based Union for Clean Rivers (UCR) and the official Ostra Press Agency (OPA) both spoke. UCR said more.',
    );
    const { expansionOf, acronymOf } = acronymsOf(doc);
    expect(expansionOf.get('UCR')).toBe('Union for Clean Rivers');
    expect(expansionOf.get('OPA')).toBe('Ostra Press Agency');
    expect(acronymOf.get('Union for Clean Rivers')).toBe('UCR');
  });

  it('ignores brackets that spell nothing before them', () => {
    expect(acronymsOf(parseDocument('The mayor (MPX) spoke.')).expansionOf.size).toBe(0);
  });
});
