import { describe, expect, it } from 'vitest';
import { findAttributions } from './attributions';
import { findPersonNames, NameResolver } from './coreference';
import { parseDocument } from './document';

const text = 'Maria Lopez met Tom Becker in Lyon. Lopez spoke first; then Becker answered her. He seemed tired.';

describe('findPersonNames', () => {
  it('groups the words of one name and slices back to it', () => {
    const names = findPersonNames(parseDocument(text));
    expect(names.map((n) => n.text)).toEqual(['Maria Lopez', 'Tom Becker', 'Lopez', 'Becker']);
    for (const n of names) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('takes the state after a place and what an office is "of" for places, not persons', () => {
    const places = 'Ana Roe spoke at a hall in Fairfax, Virginia on Monday. As governor of Georgia he had signed it.';
    expect(findPersonNames(parseDocument(places)).map((n) => n.text)).toEqual(['Ana Roe']);
  });
  it('keeps a person in apposition after a place', () => {
    const apposed = 'The envoy for Yemen, Martin Griffiths, spoke to the council.';
    expect(findPersonNames(parseDocument(apposed)).map((n) => n.text)).toEqual(['Martin Griffiths']);
  });
  it('goes on past an initial and a hyphen, not past a full stop or a line break', () => {
    const names = findPersonNames(
      parseDocument(
        '“Nobody wants that,” said Hester.\nMichael Mulgrew spoke. Paul D. Ryan and Jean-Marc Ayrault agreed.',
      ),
    );
    expect(names.map((n) => n.text)).toEqual(['Hester', 'Michael Mulgrew', 'Paul D. Ryan', 'Jean-Marc Ayrault']);
  });
});

describe('NameResolver', () => {
  it('gives a surname the fullest name seen before it', () => {
    const resolver = new NameResolver(parseDocument(text));
    expect(resolver.name('Lopez', text.indexOf('Lopez spoke'))).toBe('Maria Lopez');
    expect(resolver.name('Becker', text.indexOf('Becker answered'))).toBe('Tom Becker');
  });

  it('gives a surname the fullest form of a speaker compromise did not know for a person', () => {
    const story = 'Lourimi Ahmed spoke first. Later Ahmed spoke again.';
    const resolver = new NameResolver(parseDocument(story));
    resolver.rememberPerson('Lourimi Ahmed', 0);
    expect(resolver.name('Ahmed', story.indexOf('Ahmed spoke again'))).toBe('Lourimi Ahmed');
  });

  it('resolves he and she by the gender of the first name', () => {
    const resolver = new NameResolver(parseDocument(text));
    expect(resolver.pronoun('He', text.indexOf('He seemed'))).toBe('Tom Becker');
    expect(resolver.pronoun('she', text.indexOf('He seemed'))).toBe('Maria Lopez');
  });

  it('resolves it and they to the last group that spoke', () => {
    const resolver = new NameResolver(parseDocument(text));
    expect(resolver.pronoun('they', 0)).toBeNull();
    resolver.rememberGroup('the harbor authority');
    expect(resolver.pronoun('It', 10)).toBe('the harbor authority');
  });

  it('leaves a pronoun with nobody before it unresolved', () => {
    const resolver = new NameResolver(parseDocument('He left early. Anna Berg stayed.'));
    expect(resolver.pronoun('He', 0)).toBeNull();
  });
});

describe('speakers in an interview', () => {
  const interview =
    'Dr. Karim Nassar works at the Omar Al-Farouk Hospital in Beit al-Hanoun. Nassar said he had not slept for days.\n' +
    'Ms. Dalia Farran, a nurse, waited outside.\n“We have no fuel,” she said.\n“The generators stopped,” he added.';

  it('keeps a place with a particle whole and never takes it, nor an organization, for a person', () => {
    const names = findPersonNames(parseDocument(interview)).map((n) => n.text);
    expect(names).not.toContain('Beit al-Hanoun');
    expect(names).not.toContain('Hanoun');
    expect(names.some((n) => n.startsWith('Omar'))).toBe(false);
  });

  it('takes gender from a title and from the pronoun that follows a name', () => {
    const doc = parseDocument(interview);
    const resolver = new NameResolver(doc);
    expect(resolver.pronoun('she', interview.indexOf('she said'))).toBe('Dalia Farran');
    expect(resolver.pronoun('he', interview.indexOf('he added'))).toBe('Karim Nassar');
  });
});

describe('speakers a reader would agree with', () => {
  const speakers = (story: string): Array<[string | null, string]> =>
    findAttributions(parseDocument(story))
      .filter((a) => a.direct)
      .map((a) => [a.source, story.slice(a.sourceStart ?? 0, a.sourceEnd ?? 0)]);

  it('gives "he said" to the man named last in the narration, not to the woman quoted before him', () => {
    const story =
      '“The wards are full,” said Dr. Lina Haddad, a surgeon at the city clinic.\n' +
      'In his office, Tareq Mansour looked at the list. Mansour paused. “We have turned people away,” he said.';
    expect(speakers(story)).toEqual([
      ['Lina Haddad', 'Dr. Lina Haddad'],
      ['Tareq Mansour', 'he'],
    ]);
  });

  it('follows an interview that alternates speakers ("she continued" after another person spoke)', () => {
    const story =
      'Among those waiting was 30-year-old Rasha Qudsi, who had walked for two days. “We left at night,” she said.\n' +
      '“Nobody can reach the north now,” said Samir Odeh, a driver.\n' +
      'In Qudsi’s case, the road was closed. “I could not sleep,” she continued.\n' +
      '“I will try again tomorrow,” he added.';
    expect(speakers(story)).toEqual([
      ['Rasha Qudsi', 'she'],
      ['Samir Odeh', 'Samir Odeh'],
      ['Rasha Qudsi', 'she'],
      ['Samir Odeh', 'he'],
    ]);
  });

  it('gives a role noun back to the person the story gave the role to, and keeps the mention exact', () => {
    const story =
      'Omar Saleh, the director of the water board, met the press on Monday. ' +
      '“The pipes will be fixed by June,” the director said.';
    const [quote] = findAttributions(parseDocument(story)).filter((a) => a.direct);
    expect(quote).toMatchObject({ source: 'Omar Saleh' });
    expect(story.slice(quote!.sourceStart!, quote!.sourceEnd!)).toBe('the director');
  });

  it('never cuts a name at a hyphenated particle, and leaves a title out of it', () => {
    const story = '“The stock is gone,” said Dr. Nabil Al-Rantisi. “Nothing came,” said Lt. Col. Adam J. Kerr.';
    expect(speakers(story).map(([source]) => source)).toEqual(['Nabil Al-Rantisi', 'Adam J. Kerr']);
  });

  it('takes gender from a given name after an epithet, so "he" skips the woman a tweet nicknamed', () => {
    const story = 'Omar Reyes wrote on Friday that “Lying Nadia Farouk must quit.” Later he called the vote “a fraud.”';
    const called = findAttributions(parseDocument(story)).find((a) => a.cue === 'called');
    expect(called).toMatchObject({ source: 'Omar Reyes' });
  });

  it('reads a possessor as no speaker of its body: "Mayor Roe’s office said" is the office', () => {
    const story = 'Mayor Jane Roe’s office said the pool would reopen.';
    expect(findAttributions(parseDocument(story))[0]).toMatchObject({ source: 'Mayor Jane Roe’s office' });
  });
});
