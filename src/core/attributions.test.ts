import { describe, expect, it } from 'vitest';
import { findAttributions, LEARNED_RULE, subjectOfClause, untaggedSpeaker } from './attributions';
import { parseDocument } from './document';
import type { Attribution } from './types';

/** What the hand rules find: these tests pin the rule passes; the learned pass has its own tests below. */
function attributionsOf(text: string): Attribution[] {
  return allAttributionsOf(text).filter((a) => a.rule !== LEARNED_RULE);
}

function allAttributionsOf(text: string): Attribution[] {
  const found = findAttributions(parseDocument(text));
  for (const a of found) {
    expect(text.slice(a.contentStart, a.contentEnd)).toBe(a.content);
    expect(text.slice(a.cueStart, a.cueEnd)).toBe(a.cue);
    expect(a.sourceStart === null).toBe(a.source === null);
    if (a.sourceStart !== null && a.sourceEnd !== null) expect(a.sourceEnd).toBeGreaterThan(a.sourceStart);
  }
  return found;
}

const mention = (text: string, a: Attribution): string | null =>
  a.sourceStart === null || a.sourceEnd === null ? null : text.slice(a.sourceStart, a.sourceEnd);

describe('findAttributions', () => {
  it("carries a quotation on into the next sentence's quotation after a speaker tag of any length, unless it has its own", () => {
    const tail =
      '"We leave at five," said Ana Ortiz, who works at the port, adding that the buses are late. "We come home in the dark."';
    expect(attributionsOf(tail).find((a) => a.cue === 'said')?.content).toBe(tail);
    const own = '"The levy is fair," Roe said. "It pays for buses," Ortiz added.';
    expect(attributionsOf(own).map((a) => [a.source, a.content])).toEqual([
      ['Roe', '"The levy is fair,"'],
      ['Ortiz', '"It pays for buses,"'],
    ]);
    const paragraph = '"The bridge is safe," Roe said.\n\n"It will stand," the engineers wrote.';
    expect(attributionsOf(paragraph).map((a) => a.content)).toEqual(['"The bridge is safe,"', '"It will stand,"']);
    const next = 'Yet the bridge is "safe," Roe said.\n\n"It will stand for fifty years."';
    expect(attributionsOf(next).map((a) => a.content)).toEqual([next]);
    const reported = 'The bridge is safe, Roe said. "It will stand for fifty years."';
    expect(attributionsOf(reported).map((a) => a.content)).toEqual([reported]);
  });
  it('goes on past a speaker tag set off by commas into "that ...", not into a relative clause about the speaker', () => {
    const surprise = 'It is no surprise, Roe said, that the levy passed.';
    expect(attributionsOf(surprise).map((a) => a.content)).toEqual([
      'It is no surprise, Roe said, that the levy passed',
    ]);
    const who = 'The levy is fair, said Jane Roe, who runs the clinic.';
    expect(attributionsOf(who).find((a) => a.cue === 'said')?.content).toBe('The levy is fair');
  });
  it('reads "is expected to" as an expectation nobody is named for: its whole clause, to the comma adding to it', () => {
    const opening = 'The ferry is widely expected to open in May, ending a decade of delays.';
    expect(attributionsOf(opening)).toMatchObject([
      {
        rule: 'expectation',
        source: null,
        cue: 'is widely expected',
        content: 'The ferry is widely expected to open in May',
      },
    ]);
    const aside = 'The council, which has met twice, is expected to vote on Friday.';
    expect(attributionsOf(aside)).toMatchObject([
      { content: 'The council, which has met twice, is expected to vote on Friday' },
    ]);
    const coordinated = 'The bill passed, and the mayor is expected to sign it.';
    expect(attributionsOf(coordinated)).toMatchObject([{ content: 'the mayor is expected to sign it' }]);
    const relative = 'The levy, which the council is expected to approve, would fund the bridge.';
    expect(attributionsOf(relative)).toMatchObject([{ content: 'which the council is expected to approve' }]);
    const nested = 'Officials said the vote is expected to pass.';
    expect(attributionsOf(nested)).toContainEqual(
      expect.objectContaining({ rule: 'expectation', content: 'the vote is expected to pass' }),
    );
    expect(attributionsOf('The mayor expected to win.').map((a) => a.rule)).not.toContain('expectation');
  });

  it('reads "what X called ..." as X\'s words for the thing, relative and verb included, to the end of the name', () => {
    const quoted = 'The board, which Lena Ruiz called “a rubber stamp,” met again on Monday.';
    expect(attributionsOf(quoted)).toMatchObject([
      { rule: 'named-as', source: 'Lena Ruiz', cue: 'called', content: 'which Lena Ruiz called “a rubber stamp,”' },
    ]);
    const beforeItsNoun = 'Critics attacked what the Ledger describes as the “bold” plan of the council.';
    expect(attributionsOf(beforeItsNoun)).toContainEqual(
      expect.objectContaining({
        source: 'the Ledger',
        content: 'what the Ledger describes as the “bold” plan of the council',
      }),
    );
    const unnamed = 'Voters backed what is called a vacancy levy.';
    expect(attributionsOf(unnamed)).toContainEqual(
      expect.objectContaining({ rule: 'named-as', source: null, content: 'what is called a vacancy levy' }),
    );
    const anotherVerb = 'The council dropped the vote, which Lena Ruiz called for in May.';
    expect(attributionsOf(anotherVerb).map((a) => a.rule)).not.toContain('named-as');
  });

  it('ends a content at ", saying" even where compromise reads the participle as a noun', () => {
    const text = 'Roe dismissed the complaint, saying anybody who complains about it is not having a good night.';
    expect(attributionsOf(text).map((a) => [a.rule, a.cue, a.content])).toEqual([
      ['reporting-verb', 'dismissed', 'the complaint'],
      ['participle-cue', 'saying', 'anybody who complains about it is not having a good night'],
    ]);
  });

  it('ends a content at a semicolon when the clause after it is a report of its own, not otherwise', () => {
    const text =
      'The mayor said she backs the levy; her rivals argue that it will drive families away. ' +
      'Roe said the council met on Monday; the minutes show a long debate.';
    expect(attributionsOf(text).map((a) => [a.source, a.content])).toEqual([
      ['The mayor', 'she backs the levy'],
      ['rivals', 'that it will drive families away'],
      ['Roe', 'the council met on Monday; the minutes show a long debate'],
    ]);
  });

  it('reads an "as X said" aside inside a sentence as reporting the whole sentence, not after an opening connective', () => {
    const text =
      "The harbor, as one of the port's engineers pointed out, has not flooded in a decade. " +
      'But, as Roe said, the bridge is old.';
    expect(attributionsOf(text).map((a) => [a.source, a.content])).toEqual([
      ["the port's engineers", "The harbor, as one of the port's engineers pointed out, has not flooded in a decade"],
      ['Roe', 'the bridge is old'],
    ]);
  });

  it('reads a report whose speaker follows "which" or "that" as the relative clause, to its closing comma', () => {
    const text =
      'The council backs the levy, which the mayor said pays for buses. ' +
      "Lee's tax plan, which critics say would cost $2 billion, was approved by the council. " +
      'Jane Roe spoke in an interview in which she said she would run. ' +
      'The union fought a rule that Lee said would hurt families.';
    expect(attributionsOf(text).map((a) => [a.source, a.content])).toEqual([
      ['the mayor', 'which the mayor said pays for buses'],
      ['critics', 'which critics say would cost $2 billion'],
      ['Jane Roe', 'she would run'],
      ['Lee', 'that Lee said would hurt families'],
    ]);
  });

  it('ends a content at "but" and a past cue compromise took for an adjective, and reads that cue for the speaker', () => {
    const text = "His aides say it's too early to plan a run but noted that Roe won hard races.";
    expect(attributionsOf(text).map((a) => [a.rule, a.cue, a.content])).toEqual([
      ['reporting-verb', 'say', "it's too early to plan a run"],
      ['coordinated-cue', 'noted', 'that Roe won hard races'],
    ]);
  });

  it('reads the subject of a stance verb\'s passive as what its "by" agent said or stood by', () => {
    const reported = 'The merger was first reported by the Kessel Ledger.';
    expect(attributionsOf(reported)).toMatchObject([
      { rule: 'passive-agent', source: 'the Kessel Ledger', cue: 'was first reported by', content: 'The merger' },
    ]);
    const owned = "Her plan for the harbor has been backed by the dockworkers' union.";
    expect(attributionsOf(owned)).toMatchObject([
      { rule: 'passive-agent', cue: 'has been backed by', content: 'Her plan for the harbor' },
    ]);
    const relative = 'The levy, which is opposed by most farmers, passed.';
    expect(attributionsOf(relative)).toContainEqual(
      expect.objectContaining({ rule: 'passive-agent', source: 'most farmers', content: 'which' }),
    );
    // a hearer or an act is no stance: "was asked by", "was nominated by"
    const hearer = 'The mayor was asked by reporters about the levy. Roe was nominated by the council.';
    expect(attributionsOf(hearer).map((a) => a.rule)).not.toContain('passive-agent');
  });

  it('reads an "Asked ..." opening as a question nobody named put, and the main clause after it on its own', () => {
    const run = 'Asked whether he would run again, Roe said he had not decided.';
    expect(attributionsOf(run).map((a) => [a.rule, a.source, a.cue, a.content])).toEqual([
      ['asked-question', null, 'Asked', 'whether he would run again'],
      ['reporting-verb', 'Roe', 'said', 'he had not decided'],
    ]);
    const declined = 'When asked about the levy on Friday, the mayor declined to comment.';
    expect(attributionsOf(declined).map((a) => [a.cue, a.content])).toEqual([
      ['asked', 'about the levy on Friday'],
      ['declined', 'to comment'],
    ]);
    const aside = 'And when asked whether the plan, which critics call reckless, would pass, Roe said, "It will."';
    expect(attributionsOf(aside)[0]?.content).toBe('whether the plan, which critics call reckless, would pass');
    const listener = 'Asked on Kessel Radio who leads the party, Roe said Jane Ortiz does.';
    expect(attributionsOf(listener)[0]?.content).toBe('who leads the party');
  });
  it('reads a sentence opening with its poll as what the poll found, unless a verb of saying in it has a speaker', () => {
    const poll = 'In a Kessel Ledger poll released Monday, 48 percent of voters backed the levy.';
    const found = attributionsOf(poll).find((a) => a.rule === 'poll-finding');
    expect(found && [mention(poll, found), found.cue, found.content]).toEqual([
      'a Kessel Ledger poll released Monday',
      'In',
      '48 percent of voters backed the levy',
    ]);
    const aside = 'In the previous Ledger survey, conducted in early May, the mayor led her rival by five points.';
    expect(attributionsOf(aside).map((a) => [a.rule, mention(aside, a), a.content])).toEqual([
      ['poll-finding', 'the previous Ledger survey, conducted in early May', 'the mayor led her rival by five points'],
    ]);
    const said = 'In a Ledger poll, most voters said the levy was fair.';
    expect(attributionsOf(said).map((a) => a.rule)).toEqual(['reporting-verb']);
    for (const none of ['In the polls, anyway.', 'In polling places across Kessel, lines were long.'])
      expect(attributionsOf(none)).toEqual([]);
  });
  it('does not take the object of a verb before the cue for its subject, nor a capitalized title word for a verb', () => {
    const decision = 'The council’s decision to close the old bridge angered many drivers.';
    expect(attributionsOf(decision).map((a) => a.source)).not.toContain('the old bridge');
    const general = 'Retired Gen. Ana Roe said the bridge was safe.';
    expect(attributionsOf(general).map((a) => [a.source, a.content])).toEqual([['Ana Roe', 'the bridge was safe']]);
  });
  it('gives a cue after a relative clause the phrase the clause qualifies, and ends the clause at the cue', () => {
    const voters = 'Voters who backed Ivo Stern said the race was close.';
    expect(attributionsOf(voters).map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Voters', 'backed', 'Ivo Stern'],
      ['Voters who backed Ivo Stern', 'said', 'the race was close'],
    ]);
  });
  it('keeps the particle of a phrasal cue in the cue, out of the content ("pointed out", "called on")', () => {
    const text = 'Mara Lind pointed out that the dam had failed. Officials called on residents to leave.';
    expect(attributionsOf(text).map((a) => [a.cue, a.content])).toEqual([
      ['pointed out', 'that the dam had failed'],
      ['called on', 'residents to leave'],
    ]);
  });
  it('takes a common noun opening the sentence for the subject across an apposed occasion', () => {
    const text = 'The ministry, in a statement, said the road was open.';
    expect(attributionsOf(text).map((a) => [mention(text, a), a.content])).toEqual([
      ['The ministry', 'the road was open'],
    ]);
  });
  it('reads an apposed speaker within its own clause, not in the clause before "while"', () => {
    const text =
      'A risk firm, Control Risks, said Varen had the most kidnappings, while a US-based outfit, Kestrel, in a ' +
      'report, said Varen was among the top 10 countries.';
    expect(attributionsOf(text).map((a) => mention(text, a))).toEqual(['Control Risks', 'Kestrel']);
  });
  it('keeps a plural possessive in the speaker phrase ("the bus drivers’ union said")', () => {
    for (const apostrophe of ['’', "'"]) {
      const text = `The bus drivers${apostrophe} union said the strike would continue until Friday.`;
      expect(attributionsOf(text).map((a) => [a.source, mention(text, a)])).toEqual([
        [`The bus drivers${apostrophe} union`, `The bus drivers${apostrophe} union`],
      ]);
    }
  });

  it('reads the speaker back over the places and bodies that qualify it ("Jane Roe of Ohio said")', () => {
    const text =
      'Rep. Jane Roe of Ohio said the bill would fail. Asad Khan of the Rights Commission of Varen said it was ' +
      'late. The University of Varen said the campus was shut. The hospital in Tessa said ten were hurt.';
    expect(attributionsOf(text).map((a) => mention(text, a))).toEqual([
      'Rep. Jane Roe',
      'Asad Khan',
      'The University of Varen',
      'The hospital',
    ]);
  });
  it('takes the plain form of a learned cue after a plural subject ("experts believe")', () => {
    const text = 'The ferry sank on Monday. Safety experts believe the hull was weak.';
    expect(attributionsOf(text).map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Safety experts', 'believe', 'the hull was weak'],
    ]);
    // a plural that does not stand next to the verb names no speaker of it
    expect(attributionsOf('The ferries, some say, show their age.').map((a) => a.cue)).not.toContain('show');
  });

  it("ties quoted words after a named subject's verb to that subject, whatever the verb", () => {
    const text = 'Mayor Ada Price openly admires the governor as a “strong leader,” and praised his budget.';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'Ada Price', cue: 'openly admires', content: 'the governor as a “strong leader,”' },
      { source: 'Ada Price', cue: 'praised', content: 'his budget' },
    ]);
  });

  it("starts the quoted words at the last cue before them, not at the subject's first verb", () => {
    const text = 'Mayor Ada Price went on the radio to accuse the harbor board of running a “closed shop.”';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'Ada Price', cue: 'accuse', content: 'the harbor board of running a “closed shop.”' },
    ]);
  });

  it('ties quoted words after a person-noun subject\'s verb to that subject ("a doctor had typed")', () => {
    expect(attributionsOf('The file was thin. A doctor had typed “homicidal ideation.”')).toMatchObject([
      { source: 'A doctor', content: '“homicidal ideation.”', direct: true },
    ]);
  });

  it('reads a short speaker tag closing a quotation, with any verb and a prepositional tail', () => {
    const ad = "“You pay your rent. Why didn't the landlord pay his?” a narrator in the new ad asks.";
    expect(attributionsOf(ad)).toMatchObject([{ cue: 'asks', source: 'a narrator in the new ad', direct: true }]);
    const panel = '“The council is lurching from point to point,” said one Liberal source on the committee.';
    expect(attributionsOf(panel)).toMatchObject([{ cue: 'said', source: 'one Liberal source', direct: true }]);
    expect(attributionsOf('“Keep your hands in sight,” Blige sings.')).toMatchObject([
      { cue: 'sings', source: 'Blige', direct: true },
    ]);
    const article = '"Leaders honored the mayor for what they called \'the comeback of the year,\'" the article read.';
    expect(attributionsOf(article)).toMatchObject([{ cue: 'read', source: 'the article', direct: true }]);
  });

  it('takes the quotation before a tag for the content when a participle follows the verb, and a subordinate clause ends the tag', () => {
    const text =
      'The hall filled.\n\n“Who would have thought we would get here?” Ada Price said, looking out at the crowd.';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'Ada Price', cue: 'said', content: '“Who would have thought we would get here?”', direct: true },
    ]);
    const yell = 'She ran toward the car. "Is he hurt? Tell me now," she yells while running along the fence.';
    expect(attributionsOf(yell)).toMatchObject([{ cue: 'yells', content: '"Is he hurt? Tell me now,"', direct: true }]);
  });

  it('reads a transcript label after the quote mark of a pasted block quote', () => {
    const text = 'The interview ran long.\n\n"MARSH: Well, look, the plan is sound.\n\n"HOST: Thank you.';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'MARSH', content: 'Well, look, the plan is sound.' },
      { source: 'HOST', content: 'Thank you.' },
    ]);
  });

  it('quotes the sentence subject through a participle set off by a comma, whatever its verb', () => {
    const text = 'Mayor Ada Price walked onto the stage, chanting "Four more years!" The crowd cheered.';
    expect(attributionsOf(text)).toContainEqual(
      expect.objectContaining({ source: 'Ada Price', cue: 'chanting', content: '"Four more years!"', direct: true }),
    );
  });

  it('reads a cue compromise mistags by its place, and skips where it was said before "that"', () => {
    const tells =
      'The polls opened early. Jeb Bush tells reporters outside a polling station in Greenville that “we will do fine.”';
    expect(attributionsOf(tells)).toMatchObject([
      { source: 'Jeb Bush', cue: 'tells', content: '“we will do fine.”', direct: true },
    ]);
    const telling = 'Ada Price stood by her criticism on Tuesday, telling CNN that the council is a “disgrace.”';
    expect(attributionsOf(telling)).toContainEqual(
      expect.objectContaining({ source: 'Ada Price', cue: 'telling', content: 'that the council is a “disgrace.”' }),
    );
  });

  it('ends a speaker tag at a clause or a reduced relative after it, and takes the quotation before "said of ..."', () => {
    const when = '“Anyone who refuses is at risk,” said Dan Golvach when asked about the plan.';
    expect(attributionsOf(when)).toMatchObject([
      { cue: 'said', content: '“Anyone who refuses is at risk,”', direct: true },
    ]);
    const involved = '“It is a way to take part,” says a source involved in the group’s creation.';
    expect(attributionsOf(involved)).toMatchObject([
      { source: 'a source', cue: 'says', content: '“It is a way to take part,”' },
    ]);
    const of = 'The company refused.\n\n“Who do they think they are?” Ada Price said of the company in February.';
    expect(attributionsOf(of)).toMatchObject([{ source: 'Ada Price', content: '“Who do they think they are?”' }]);
    const nextParagraph = '“The vote could hinge on one county.”\n\nMahoney has said about 20 people want the seat.';
    const byMahoney = attributionsOf(nextParagraph).filter((a) => a.source === 'Mahoney');
    expect(byMahoney.map((a) => a.content)).not.toContain('“The vote could hinge on one county.”');
  });

  it('reads what follows the cue after an introductory phrase, a quoted title in it included', () => {
    const title =
      'In an interview on CBS\'s "Face the Nation," House Speaker Ada Price (R-Ohio) said the spate of shootings demands "more listening."';
    expect(attributionsOf(title)).toContainEqual(
      expect.objectContaining({
        source: 'Ada Price',
        cue: 'said',
        content: 'the spate of shootings demands "more listening."',
      }),
    );
    expect(attributionsOf('As many as 12 dead, said Dr. Amal Haddad.')).toMatchObject([
      { source: 'Amal Haddad', content: 'As many as 12 dead' },
    ]);
    expect(() => attributionsOf('As many as 12 dead , said Dr. Amal Haddad.')).not.toThrow(); // a speaker opening the text: nothing before it to read
    const statement = 'In a White House statement, Ada Price condemned the test as "provocative and destabilizing."';
    expect(attributionsOf(statement)).toMatchObject([
      { source: 'Ada Price', cue: 'condemned', content: 'the test as "provocative and destabilizing."' },
    ]);
    const during =
      'During her years in office, Ada Price said, most voters have come to believe "that the river is dying."';
    expect(attributionsOf(during)).toMatchObject([
      { source: 'Ada Price', cue: 'said', content: 'most voters have come to believe "that the river is dying."' },
    ]);
  });

  it('gives a second verb after "and" the sentence subject, and ends its quotation before the narration goes on', () => {
    const text =
      'Ada Price then urges her husband to leave the car and repeatedly says, "Do not do it," until the shots are heard.';
    expect(attributionsOf(text)).toContainEqual(
      expect.objectContaining({ source: 'Ada Price', cue: 'says', content: '"Do not do it,"' }),
    );
  });

  it('takes a capitalized word opening the sentence before a set-off phrase for the subject, not the phrase', () => {
    // compromise reads "Trump" as a common noun here: the capital and the comma make it the subject
    const text = 'Trump, speaking to a veterans group in Virginia, said he would order a review.';
    expect(attributionsOf(text)).toMatchObject([{ source: 'Trump', cue: 'said', content: 'he would order a review' }]);
  });

  it('gives a participle after a date or a speech event the sentence subject, a surname compromise reads as a noun', () => {
    const text = 'Trump sent a string of posts early Friday saying that the council had lost its way.';
    expect(attributionsOf(text)).toContainEqual(
      expect.objectContaining({ source: 'Trump', cue: 'saying', content: 'that the council had lost its way' }),
    );
  });

  it('reads a cue form after a party or nationality adjective as a plural noun: "32% of Republican claims"', () => {
    const text = 'The checkers rated 32% of Republican claims as false. The Canadian says it is over.';
    expect(allAttributionsOf(text).map((a) => a.cue)).not.toContain('claims');
    expect(attributionsOf(text)).toContainEqual(expect.objectContaining({ source: 'The Canadian', cue: 'says' }));
  });

  it("coordinates a second verb with the cue of the same tense: the speaker's, or the nested report's", () => {
    const outer =
      'Premier Ivo Stanek said that the province would declare its budget by March and suggested that taxes would rise.';
    expect(attributionsOf(outer)).toContainEqual(
      expect.objectContaining({ source: 'Premier Ivo Stanek', cue: 'suggested', content: 'that taxes would rise' }),
    );
    const nested =
      'The mayor criticized Ana Lind after she attacked the police and blamed the floods on poor planning.';
    expect(attributionsOf(nested)).toContainEqual(
      expect.objectContaining({ source: 'Ana Lind', cue: 'blamed', content: 'the floods on poor planning' }),
    );
  });

  it('does not make what "there were ... reported" counts a speaker, but keeps "there are officials who said"', () => {
    const text =
      'From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths. There are two officials who said it was over.';
    expect(attributionsOf(text)).toMatchObject([{ source: 'two officials', cue: 'said', content: 'it was over' }]);
  });

  it('does not make the subject of a passive its speaker, unless quoted words are reported', () => {
    expect(attributionsOf('Neither the mayor nor her aides have been charged with any crime.')).toEqual([]);
    // an expectation, but nobody's: the accord expects nothing
    expect(attributionsOf('The final accord is expected to be ratified next month.')).toMatchObject([
      { rule: 'expectation', source: null, sourceStart: null },
    ]);
    const quoted = 'Ada Price has been called “a charlatan” by fellow doctors.';
    expect(attributionsOf(quoted)).toMatchObject([
      { cue: 'called', content: expect.stringContaining('“a charlatan”') },
    ]);
  });

  it('reads the clause closing a colon introduction, a phrasal verb tag and a tag followed by a new clause', () => {
    const retorted =
      'At a town hall meeting in Hudson on Monday, the Christie supporter retorted: “There is a special place for them.”';
    expect(attributionsOf(retorted)).toMatchObject([
      { source: 'Christie supporter', cue: 'retorted', content: '“There is a special place for them.”' },
    ]);
    const warned =
      'Conceding that a deal was likely “down the line,” Ada Price warned: “It is not going to happen soon.”';
    expect(attributionsOf(warned)).toContainEqual(
      expect.objectContaining({ source: 'Ada Price', cue: 'warned', content: '“It is not going to happen soon.”' }),
    );
    expect(attributionsOf('“There were some of us who thought so,” Ada Price points out.')).toMatchObject([
      { source: 'Ada Price', cue: 'points' },
    ]);
    expect(attributionsOf('“Go back to your seat,” Ada Price barked and a guard escorted him out.')).toMatchObject([
      { source: 'Ada Price', cue: 'barked', content: '“Go back to your seat,”' },
    ]);
  });

  it('carries a quotation on past an abbreviation in its speaker tag, not past a sentence of narration', () => {
    const mr =
      '"Tom is a visionary," said Ada Price, who came to work with Mr. Clarke. "He stepped in when no one would."';
    expect(attributionsOf(mr)).toMatchObject([{ source: 'Ada Price', content: mr }]);
    const narration = '"One thing," Ada Price said. The crowd cheered. "Another thing."';
    expect(attributionsOf(narration)).toMatchObject([{ source: 'Ada Price', content: '"One thing,"' }]);
  });

  it('reads a time word between the subject and its cue, whatever compromise tags it', () => {
    expect(attributionsOf('Ada Price now says she opposes the deal.')).toContainEqual(
      expect.objectContaining({ source: 'Ada Price', cue: 'says', content: 'she opposes the deal' }),
    );
  });

  it('gives a relative clause\'s report to the phrase before it, with "who" as the mention', () => {
    const text = 'Jane Roe, who said she was never paid for the job, sued the firm.';
    const [report] = attributionsOf(text);
    expect(report).toMatchObject({ source: 'Jane Roe', cue: 'said', content: 'she was never paid for the job' });
    expect(mention(text, report!)).toBe('who');
  });

  it('reads what was said after the cue when a subordinate clause opens the sentence', () => {
    expect(attributionsOf('But when the council cut the grant, the mayor said she would sue.')).toMatchObject([
      { source: 'the mayor', cue: 'said', content: 'she would sue' },
    ]);
    expect(attributionsOf('If the vote fails, Roe said, the bridge will close.')).toMatchObject([
      { content: 'If the vote fails, Roe said, the bridge will close' },
    ]);
  });

  it("reads a relative clause's report after its cue even when a quoted title ends the phrase before it", () => {
    const text =
      'By noon the host took calls on his “Open Line” radio show from listeners who said they would stay home.';
    expect(attributionsOf(text)).toContainEqual(
      expect.objectContaining({ cue: 'said', content: 'they would stay home' }),
    );
  });

  it('finds the speaker of a colon introduction after an opening phrase with a date in it', () => {
    const text =
      'On July 6, 2015, Ada Price made the following comment:\n\n“For young people, the rate is 33 percent.”';
    expect(attributionsOf(text)).toMatchObject([
      {
        source: 'Ada Price',
        cue: 'made the following comment',
        content: '“For young people, the rate is 33 percent.”',
      },
    ]);
  });

  it('reads a participle cue after "by" or "while" as the sentence speaker\'s, not "it goes without saying"', () => {
    const text = 'Ada Price appeared on the radio on Tuesday and began by saying she would “never” resign.';
    expect(attributionsOf(text)).toContainEqual(
      expect.objectContaining({ source: 'Ada Price', cue: 'saying', content: 'she would “never” resign' }),
    );
    expect(
      attributionsOf('The council knows it goes without saying that taxes will rise.').map((a) => a.cue),
    ).not.toContain('saying');
  });

  it('gives a surname opening a sentence, where compromise tags no name, the person named before', () => {
    const text =
      '“We have never seen this,” said Marta Kovel, director of the service. Kovel said her teams had pulled 58 people from homes.';
    expect(attributionsOf(text).map((a) => a.source)).toEqual(['Marta Kovel', 'Marta Kovel']);
  });

  it('resolves a pronoun after its quotation to someone named before the quotation, not inside it', () => {
    const text =
      'The campaign worries Henry Crespo, who leads the caucus.\n\n“No one is writing songs for her. Obama had a band,” he said.';
    expect(attributionsOf(text)).toContainEqual(
      expect.objectContaining({ source: 'Henry Crespo', cue: 'said', direct: true }),
    );
  });

  it("does not sign a quotation a cue already gave to its speaker with a brief's byline", () => {
    const text = 'Ada Price insisted that her party was "still the first force in the land."--Kim Roe.';
    expect(attributionsOf(text).map((a) => a.source)).toEqual(['Ada Price']);
  });

  it('does not take a date for the speaker or the content', () => {
    expect(attributionsOf('Ada Price on Wednesday called on the council to resign.')).toMatchObject([
      { source: 'Ada Price', cue: 'called on' },
    ]);
    expect(attributionsOf('Ada Price said Tuesday she wants to cut four taxes.')).toMatchObject([
      { source: 'Ada Price', content: 'she wants to cut four taxes' },
    ]);
    const rally = 'Ada Price said during a Friday evening rally in Ohio that the deal was “the gold standard.”';
    expect(attributionsOf(rally)).toContainEqual(
      expect.objectContaining({ source: 'Ada Price', cue: 'said', content: 'that the deal was “the gold standard.”' }),
    );
  });

  it('splits two reporting verbs sharing one subject into two reports', () => {
    const text = 'Mayor Ada Price denied the report about the fire and repeatedly said, "Do not leave the building."';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'Ada Price', cue: 'denied', content: 'the report about the fire' },
      { source: 'Ada Price', cue: 'said', content: '"Do not leave the building."' },
    ]);
  });

  it('gives a paragraph labelled with a name to that name: transcripts and headlines, not labels like Update', () => {
    const text =
      'The interview ran long.\n\nMARSH: Well, look, the plan is sound.\n\nUpdate: The vote was moved to Friday.\n\nMap: Where the river rose.';
    expect(attributionsOf(text)).toMatchObject([{ source: 'MARSH', content: 'Well, look, the plan is sound.' }]);
    expect(attributionsOf('Ada Price: Rivals Are Worried About the Budget\n\nThe senator spoke.')).toMatchObject([
      { source: 'Ada Price', content: 'Rivals Are Worried About the Budget' },
    ]);
  });

  it('joins a quotation that goes on after "said, but"', () => {
    const text = 'Ada Price met the mayor. "I like Leo," she said, but "he has a history of siding with the builders."';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'Ada Price', content: '"I like Leo," she said, but "he has a history of siding with the builders."' },
    ]);
  });

  it('takes a speaker compromise does not know for a person, whom a later "he" stands for', () => {
    const text = '"We will not leave," Ortuzar said. He said the camp would stay open all winter.';
    expect(attributionsOf(text).map((a) => a.source)).toEqual(['Ortuzar', 'Ortuzar']);
  });

  it('reads a present-tense reporting verb closing a sentence after a comma as its speaker tag', () => {
    expect(attributionsOf('The valley has seen 26 cases since 2009, reports Reuters.')).toMatchObject([
      { cue: 'reports', source: 'Reuters', content: 'The valley has seen 26 cases since 2009' },
    ]);
    expect(attributionsOf('The storm hit at dawn, leaves Smith.')).toEqual([]);
  });

  it('takes the person named in an appositive over the title before it, past a sentence adverb', () => {
    expect(attributionsOf('The regional water minister, Tomas Ekberg, said the dam would hold.')).toMatchObject([
      { source: 'Tomas Ekberg', content: 'the dam would hold' },
    ]);
    const posted = 'Meanwhile Ada Kessler, who calls herself a reporter, posted photos of the ruins.';
    expect(attributionsOf(posted).find((a) => a.cue === 'posted')).toMatchObject({ source: 'Ada Kessler' });
  });

  it('leaves when it was said out of the content: "said early Friday that ..."', () => {
    expect(attributionsOf('Jane Roe said early Friday that the bridge would reopen.')).toMatchObject([
      { content: 'that the bridge would reopen' },
    ]);
    expect(attributionsOf('Jane Roe said this week that the bridge would reopen.')).toMatchObject([
      { content: 'that the bridge would reopen' },
    ]);
    expect(attributionsOf('Jane Roe said this was the last delay.')).toMatchObject([
      { content: 'this was the last delay' },
    ]);
  });

  it('takes the body, not the place after it, for the speaker: "The hospital in Tessa reported"', () => {
    expect(attributionsOf('The regional hospital in Varna reported that 41 people were hurt.')).toMatchObject([
      { source: 'The regional hospital', content: 'that 41 people were hurt' },
    ]);
    expect(attributionsOf('He told reporters in Paris that the talks failed.')).toMatchObject([
      { content: 'that the talks failed' },
    ]);
  });

  it('reads "an architect who said" and an appositive after a subject with a place in it', () => {
    expect(attributionsOf('The builder met an architect who said he was never paid.')).toMatchObject([
      { source: 'an architect', content: 'he was never paid' },
    ]);
    const agency = 'Officials at the Water Agency, a division of the ministry, said the dam was safe.';
    expect(attributionsOf(agency)).toMatchObject([
      { source: 'Officials at the Water Agency', content: 'the dam was safe' },
    ]);
  });

  it('ends a report inside a relative clause where the clause ends', () => {
    expect(attributionsOf('Voters, who said they had doubts about the mayor, stayed home.')).toMatchObject([
      { source: 'Voters', content: 'they had doubts about the mayor' },
    ]);
  });

  it('finds the subject of quoted words after an introductory phrase, up to the last quotation of the sentence', () => {
    const text = 'In recent weeks, Ada Price has gone after the mayor as a “human leech” and a “spoiled brat.”';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'Ada Price', cue: 'has gone', content: 'after the mayor as a “human leech” and a “spoiled brat.”' },
    ]);
  });

  it("takes a dash-signed paragraph whose opening quote mark went astray as the signer's", () => {
    const text = 'Readers wrote in.\n\n”Fear. I am afraid that he will win.” ― Edwin Moray';
    expect(attributionsOf(text)).toMatchObject([
      { source: 'Edwin Moray', cue: '―', content: '”Fear. I am afraid that he will win.”', direct: true },
    ]);
  });

  it('gives "he" to the titled speaker compromise does not know, not to an earlier person', () => {
    const text =
      'Police spokesman Daniel Orr said the search would resume. Premier Ivo Stanek, who flew over the valley, called the floods “a disaster.” He promised that every bridge would be rebuilt.';
    expect(attributionsOf(text).find((a) => a.cue === 'promised')).toMatchObject({ source: 'Premier Ivo Stanek' });
  });

  it('knows a name opening a sentence from its other mentions, gives it the full name, and takes a quotation cut by its own "!"', () => {
    const text =
      'Voters cheered Ada Price. Price walked onto the stage, chanting “Go on! Go on!”\n\nPrice is promising lower rents and “homes, homes, homes,” but rents keep rising.';
    const found = attributionsOf(text);
    expect(found.map((a) => a.source)).toEqual(['Ada Price', 'Ada Price']);
    expect(found[0]!.content).toContain('“Go on! Go on!”');
    expect(found[1]!.content).toContain('“homes, homes, homes,”');
  });

  it('reads any sentence ending in a colon before a quotation as its introduction', () => {
    expect(attributionsOf('Said Ellis: “I do not think she cares about the budget.”')).toMatchObject([
      { cue: 'Said', source: 'Ellis', direct: true },
    ]);
    const comment = 'Ada Price made the following comment:\n\n“For young people the rate is far too high.”';
    expect(attributionsOf(comment)).toMatchObject([
      { cue: 'made the following comment', source: 'Ada Price', direct: true },
    ]);
  });

  it('reads a weak cue as narration when a thing is its subject, as a report when someone named is', () => {
    const text =
      'The rail operator said the old viaduct passed an inspection in May. Senator Ada Price passed the warning on to the council.';
    const found = attributionsOf(text);
    expect(found.map((a) => a.cue)).toEqual(['said', 'passed']);
    expect(found.map((a) => a.source)).toEqual(['The rail operator', 'Ada Price']);
  });

  it('finds a direct quote with the speaker after it', () => {
    const text =
      'The mayor toured the flooded streets.\n\n"We will rebuild every bridge," said Lena Ortiz, the mayor of Dunmore.';
    const [a, ...rest] = attributionsOf(text);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      source: 'Lena Ortiz',
      cue: 'said',
      content: '"We will rebuild every bridge,"',
      direct: true,
    });
  });

  it('resolves a pronoun to the person named before it', () => {
    const text = 'Lena Ortiz visited the dam on Monday. She said the repairs would take a year.';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({
      source: 'Lena Ortiz',
      cue: 'said',
      content: 'the repairs would take a year',
      direct: false,
    });
    expect(mention(text, a!)).toBe('She');
  });

  it('resolves a surname to the fullest name seen', () => {
    const text = 'Senator Josh Jacques arrived late. Later, Jacques said the vote would be delayed.';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({ source: 'Josh Jacques', content: 'the vote would be delayed' });
    expect(mention(text, a!)).toBe('Jacques');
  });

  it('reads "according to" at the end and at the start of a sentence', () => {
    const text =
      'The storm destroyed forty homes, according to the county fire service. According to the weather office, more rain is due.';
    const found = attributionsOf(text);
    expect(found.map((a) => [a.cue, a.content, a.source])).toEqual([
      ['according to', 'The storm destroyed forty homes', 'the county fire service'],
      ['According to', 'more rain is due', 'the weather office'],
    ]);
  });

  it('reads what an opening "according to" reports from the comma closing its source, a source compromise misreads too', () => {
    const poll = 'According to a Ledger poll out Thursday, the mayor leads by five points.';
    expect(attributionsOf(poll).map((a) => a.content)).toEqual(['the mayor leads by five points']);
    const law = 'According to state law, no one may campaign within 50 feet of a polling station.';
    expect(attributionsOf(law).map((a) => [mention(law, a), a.content])).toEqual([
      ['state law', 'no one may campaign within 50 feet of a polling station'],
    ]);
  });

  it('runs a content past "according to" only where the source is set off by commas and no contrast follows', () => {
    const set = 'The plan, according to Jane Roe, was never funded, and the bridge stayed shut.';
    expect(attributionsOf(set).find((a) => a.cue === 'according to')?.content).toBe(
      'The plan, according to Jane Roe, was never funded, and the bridge stayed shut',
    );
    const tail = 'Roe was on the flight, according to an account her brother gave to the Ledger.';
    expect(attributionsOf(tail).find((a) => a.cue === 'according to')?.content).toBe('Roe was on the flight');
    const contrast =
      'The mayor leads by five points, according to a count by the Ledger, but her rival has vowed to fight on.';
    expect(attributionsOf(contrast).find((a) => a.cue === 'according to')?.content).toBe(
      'The mayor leads by five points',
    );
    const aside =
      'The levy would raise $3 million, according to Jane Roe, head of the harbor board, twice the estimate.';
    expect(attributionsOf(aside).find((a) => a.cue === 'according to')?.content).toBe(
      'The levy would raise $3 million',
    );
    const goesOn = 'The levy passed, according to Jane Roe, and the bridge reopened.';
    expect(attributionsOf(goesOn).find((a) => a.cue === 'according to')?.content).toBe(
      'The levy passed, according to Jane Roe, and the bridge reopened',
    );
  });

  it('takes the quote after a colon introduction', () => {
    const text = 'The ministry said: "No decision has been taken yet."';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({ source: 'The ministry', content: '"No decision has been taken yet."', direct: true });
  });

  it('keeps a quote that runs over two paragraphs whole', () => {
    const text =
      'Ortiz said: "We have asked the state for help.\n\n"We are still waiting for an answer."\n\nThe council meets on Friday.';
    const [a, ...rest] = attributionsOf(text);
    expect(rest).toEqual([]);
    expect(a!.content).toBe('"We have asked the state for help.\n\n"We are still waiting for an answer."');
  });

  it('joins the two halves of a quote split by its speaker', () => {
    const text = 'Paul Brennan runs the ferry. "The new bridge," he said, "will put us out of work."';
    const [a, ...rest] = attributionsOf(text);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      source: 'Paul Brennan',
      content: '"The new bridge," he said, "will put us out of work."',
      direct: true,
    });
  });

  it('joins the next quoted sentence to a quote attributed in between', () => {
    const text = '"Nobody warned us," Brennan said. "Not once."';
    const [a] = attributionsOf(text);
    expect(a!.content).toBe(text);
  });

  it('keeps nested single quotes inside the quotation', () => {
    const text = `"He looked at me and said 'never again,'" Ortiz told reporters.`;
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({
      source: 'Ortiz',
      cue: 'told',
      content: `"He looked at me and said 'never again,'"`,
      direct: true,
    });
  });

  it('skips the listener of "told" and the "that" before the content', () => {
    const text = 'The engineer told local reporters that the cables had rusted through.';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({ source: 'The engineer', cue: 'told', content: 'that the cables had rusted through' });
  });

  it('reads a reported sentence with its speaker at the end', () => {
    const text = 'The road will stay closed until June, officials said on Tuesday.';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({ source: 'officials', content: 'The road will stay closed until June' });
  });

  it('takes the quoted paragraph after a colon that closes the introduction', () => {
    const text = 'Ortiz continued:\n\n"We have waited for years and nobody came."';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({
      source: 'Ortiz',
      cue: 'continued',
      content: '"We have waited for years and nobody came."',
      direct: true,
    });
  });

  it('reads a quotation signed with a dash', () => {
    const text = 'Readers wrote in.\n“The bridge is a disgrace.” ― Anna Berg';
    const signed = attributionsOf(text).find((a) => a.cue === '―');
    expect(signed).toMatchObject({ source: 'Anna Berg', content: '“The bridge is a disgrace.”', direct: true });
  });

  it('reads a sentence its attribution interrupts as one report', () => {
    const text = 'The ferry, Brennan said, had never once been late.';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({ source: 'Brennan', content: text.slice(0, -1) });
  });

  it('gives a participle the speaker of its sentence', () => {
    const text = 'The mayor said the plan failed, adding that costs had doubled.';
    expect(attributionsOf(text).map((a) => [a.cue, a.content, a.source])).toEqual([
      ['said', 'the plan failed', 'The mayor'],
      ['adding', 'that costs had doubled', 'The mayor'],
    ]);
  });

  it('finds a speaker set off by commas', () => {
    const text = 'Lena Ortiz, the mayor of Dunmore, said the dam would hold.';
    const [a] = attributionsOf(text);
    expect(a).toMatchObject({ source: 'Lena Ortiz', content: 'the dam would hold' });
  });

  it('finds no attribution in plain narration', () => {
    expect(attributionsOf('The river rose two meters overnight and the bridge closed at noon.')).toEqual([]);
  });
});

describe('the learned pass', () => {
  it('gives a cue tagged with no source the subject before a verb, the possessive before a noun, else nobody', () => {
    const speakerOf = (text: string, cue: string): string | null => {
      const doc = parseDocument(text);
      const at = doc.tokens.findIndex((t) => t.text === cue);
      const speaker = untaggedSpeaker(doc, { first: 0, end: doc.tokens.length }, at);
      return speaker && text.slice(doc.tokens[speaker.first]!.start, doc.tokens[speaker.end - 1]!.end);
    };
    expect(speakerOf('The harbor board quietly shelved the plan to dredge.', 'shelved')).toBe('The harbor board');
    expect(speakerOf('Mayor Ivo Stern’s sharp criticism of the levy drew jeers.', 'criticism')).toBe(
      'Mayor Ivo Stern’s',
    );
    expect(speakerOf('His infamous comment about the ferry drew jeers.', 'comment')).toBe('His');
    expect(speakerOf('The new forecast for cargo was lower.', 'forecast')).toBeNull();
  });

  it('adds an attitude the cue lexicon lacks, named by its rule, a relative speaking for its phrase, and leaves what a rule found to the rule', () => {
    const resisted = 'The mayor has long resisted calls to raise the city sales tax.';
    expect(allAttributionsOf(resisted)).toMatchObject([
      {
        rule: LEARNED_RULE,
        // whether 'calls' is the cue's or the content's is the model's call; the attitude and its holder are not
        cue: expect.stringMatching(/^has long resisted/),
        source: 'The mayor',
        content: expect.stringMatching(/to raise the city sales tax$/),
      },
    ]);
    const union = 'The ferry union, which has long opposed the plan to close the harbor, held a rally.';
    expect(allAttributionsOf(union).map((a) => [a.rule, a.source, mention(union, a)])).toEqual([
      [LEARNED_RULE, 'The ferry union', 'which'],
    ]);
    const said = '“We will rebuild,” said Ada Price.';
    expect(allAttributionsOf(said).map((a) => a.rule)).toEqual(['reporting-verb']);
  });
});

describe('subjectOfClause: a tagged source that runs on into its verb', () => {
  const subject = (text: string): string => {
    const doc = parseDocument(text);
    const phrase = subjectOfClause(doc.tokens, { first: 0, end: doc.tokens.length });
    return text.slice(doc.tokens[phrase.first]!.start, doc.tokens[phrase.end - 1]!.end);
  };

  it('ends at the verb of the clause', () => {
    expect(subject('Police detained at least 16 journalists')).toBe('Police');
  });

  it('keeps a relative clause, a participle and a noun compromise might read as a verb', () => {
    expect(subject('the agency that oversees the program')).toBe('the agency that oversees the program');
    expect(subject('a report released by the ministry')).toBe('a report released by the ministry');
    expect(subject('the bus drivers’ union')).toBe('the bus drivers’ union');
  });
});

describe('the speaker of a participle set off by a comma', () => {
  const speakerOf = (text: string, cue: string): string | null | undefined =>
    attributionsOf(text).find((a) => a.cue === cue)?.source;

  it('is the subject of the main clause, not a place or a name closing the clause before it', () => {
    const visit =
      'Nadia Farouk spoke on Monday about the flood in Kessel, Ontario, arguing that “the dikes were too low.”';
    expect(speakerOf(visit, 'arguing')).toBe('Nadia Farouk');
    const rally =
      'Speaking at a rally in Dunmore, Vermont, Omar Reyes went after his rival, calling him “a tired man.”';
    expect(speakerOf(rally, 'calling')).toBe('Omar Reyes');
    const thanks = 'Later, Ivo Stern returned the favor to Lena Ortiz, telling the radio, “She saved the harbor.”';
    expect(speakerOf(thanks, 'telling')).toBe('Ivo Stern');
  });

  it('skips a relative clause and a dateline, and takes a subject set off by commas', () => {
    const defensive =
      'Ivo Stern was curt when asked about a builder who said he was never paid, saying, “He did poor work.”';
    expect(speakerOf(defensive, 'saying')).toBe('Ivo Stern');
    const dated = 'KESSEL (Wire) — Lena Ortiz has criticized the new levy, saying it “hurts families.”';
    expect(speakerOf(dated, 'saying')).toBe('Lena Ortiz');
    const governor = 'Omar Reyes, the state’s governor, repeated his attack on the bill, calling it “a trap.”';
    expect(speakerOf(governor, 'calling')).toBe('Omar Reyes');
  });

  it('goes on with the speaker tag right before it', () => {
    const text = 'The ferry “was never safe,” the inspector said, adding that the crew “knew it.”';
    expect(speakerOf(text, 'adding')).toBe('the inspector');
  });
});

describe('a speaker set off after its quotation', () => {
  it("keeps a word of rank compromise reads as a verb ('top aides'), reads past an age and an occasion after a listener", () => {
    const top = 'The levy is an insult to all voters, top black lawmakers said Friday, as they met.';
    expect(attributionsOf(top)[0]).toMatchObject({
      source: 'top black lawmakers',
      content: 'The levy is an insult to all voters',
    });
    const told =
      'The ferry may yet run, but only if the council pays, Sen. Ivo Stern (R-Kes.) told the Kessel Ledger on Friday.';
    expect(attributionsOf(told).map((a) => [a.source, a.content])).toEqual([
      ['Ivo Stern', 'The ferry may yet run, but only if the council pays'],
    ]);
    const aged = "''I was never paid,'' Mr. Stern, 82, told me.";
    expect(attributionsOf(aged).map((a) => [mention(aged, a), a.content])).toEqual([
      ['Mr. Stern', "''I was never paid,''"],
    ]);
  });
});

describe('a speaker tag set inside its content', () => {
  it('joins the content around it, whatever verb goes on after it', () => {
    const text = 'The museum, Ivo Stern said, celebrated the heroes of the harbor.';
    expect(attributionsOf(text).map((a) => [a.source, a.content])).toEqual([['Ivo Stern', text.slice(0, -1)]]);
  });
});

describe('a speaker after a closing quote mark and a conjunction', () => {
  it('is no speaker tag of the quote after a subordinator either: ... a "disgrace" after she ...', () => {
    const text = 'Ivo Stern described the levy as a “disgrace” after Lena Ortiz defended it on the radio.';
    expect(attributionsOf(text).map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Ivo Stern', 'described', 'the levy as a “disgrace” after Lena Ortiz defended it on the radio'],
      ['Lena Ortiz', 'defended', 'it on the radio'],
    ]);
  });
  it('reports what follows it: "...," but he said that ...', () => {
    const text =
      'Kerr Ames, the city’s police chief, said the footage did not give “definitive visual evidence,” but he said ' +
      'that other evidence “supports what we have heard.”';
    const found = attributionsOf(text);
    expect(found.map((a) => a.content)).not.toContain(
      'Kerr Ames, the city’s police chief, said the footage did not give “definitive visual evidence,”',
    );
    expect(found.find((a) => mention(text, a) === 'he')).toMatchObject({
      source: 'Kerr Ames',
      content: 'that other evidence “supports what we have heard.”',
    });
  });
});

describe('the holder of a subject phrase', () => {
  it('is the phrase before a participle and its preposition: "Nurses waiting at the gate said"', () => {
    const text = 'Nurses waiting at the gate said “nobody has come for days.”';
    expect(attributionsOf(text)).toMatchObject([{ source: 'Nurses', cue: 'said' }]);
  });

  it('is the phrase before a passive participle and its preposition: "A survey released in May found"', () => {
    const text = 'A Varen University survey released in late May found that most farmers expect a poor harvest.';
    expect(attributionsOf(text).find((a) => a.cue === 'found')).toMatchObject({ source: 'A Varen University survey' });
  });

  it('runs over a count after "of": "the mother of three replied"', () => {
    const text = 'Asked about the school, the 41-year-old mother of three replied, “It has no roof.”';
    expect(attributionsOf(text).find((a) => a.cue === 'replied')).toMatchObject({
      source: 'the 41-year-old mother of three',
      content: '“It has no roof.”',
    });
  });
});

describe('a time phrase between a subject and its cue', () => {
  it('is when, not who: "who has in the past described", "who in 2010 said"', () => {
    const text =
      'Ada Price, who has in the past described the mayor as “a coward,” spoke on Friday. ' +
      'Omar Reyes, who in the past has voiced the wish to run, told the paper he “loves the job.” ' +
      'The senator, who in 2010 said the goal was to make Reyes a “one-term mayor,” left.';
    const found = attributionsOf(text);
    expect(found.find((a) => a.cue === 'described')).toMatchObject({ source: 'Ada Price' });
    expect(found.find((a) => a.cue === 'voiced')).toMatchObject({ source: 'Omar Reyes', content: 'the wish to run' });
    const said = found.find((a) => a.cue === 'said');
    expect(said).toMatchObject({ source: 'The senator' });
    expect(mention(text, said!)).toBe('who');
  });
});

describe('the writer speaking in the first person', () => {
  it('is the speaker "I" outside a quotation, where no one else is named', () => {
    const text = 'The hearing ran late. “Your Honor,” I said, “I would like to answer that.”';
    expect(attributionsOf(text).find((a) => a.cue === 'said')).toMatchObject({ source: 'I' });
  });
});

describe('a quotation that goes on after its speaker tag', () => {
  it('joins the part after "X said, and still": the speaker named in the tag said both', () => {
    const text = 'Price “signed the waiver,” Reyes said, and still “sat in on every meeting after that.”';
    const [quote] = attributionsOf(text);
    expect(quote).toMatchObject({ source: 'Reyes', cue: 'said' });
    expect(quote!.content.endsWith('“sat in on every meeting after that.”')).toBe(true);
  });
});

describe('a speaker label opening a paragraph', () => {
  it('gives the turn of a transcript to its speaker, but a running-story or notice label to nobody', () => {
    const text =
      'Kessel debate, annotated.\n\nROE: We will rebuild the harbor.\n\nThe Latest: Ferry service resumes.\n\n' +
      'Clarification: An earlier version misspelled a name.';
    expect(attributionsOf(text).map((a) => [a.rule, a.source, a.content])).toEqual([
      ['speaker-label', 'ROE', 'We will rebuild the harbor.'],
    ]);
  });
});

describe('a speaker tag compromise misreads', () => {
  it('ends the speaker after its name where a parenthesis opens, and steps over the aside to the end of the clause', () => {
    const aside = 'Raising the levy "would empty the harbor," said Mr. Dalca (a view the council shares).';
    expect(attributionsOf(aside)).toMatchObject([
      { source: 'Dalca', cue: 'said', content: 'Raising the levy "would empty the harbor,"' },
    ]);
    const party = 'The ferry "is overdue," said Rep. Ines Varga (D-Ohio) on Friday.';
    const [found] = attributionsOf(party);
    expect(found).toMatchObject({ source: 'Ines Varga', content: 'The ferry "is overdue,"' });
    expect(mention(party, found!)).not.toContain('(');
  });
  it('reads a past reporting verb compromise took for an adjective after a comma: "..., noted Dante Varga."', () => {
    const text = 'Debates are unlikely to alter the campaign, noted Dante Varga.';
    expect(
      parseDocument(text)
        .tokens.find((t) => t.normal === 'noted')
        ?.tags.has('Adjective'),
    ).toBe(true);
    expect(attributionsOf(text)).toMatchObject([
      {
        rule: 'inverted-cue',
        source: 'Dante Varga',
        cue: 'noted',
        content: 'Debates are unlikely to alter the campaign',
      },
    ]);
  });
  it('reads an indirect question after the cue as its content, though compromise tags "why" as a preposition', () => {
    const text = 'Looking ahead to the next term, Varga explained why she backs the ferry plan.';
    expect(attributionsOf(text)).toMatchObject([{ cue: 'explained', content: 'why she backs the ferry plan' }]);
    const when = 'The plan is dead, Jane Roe said when she was asked about it on Friday.';
    expect(attributionsOf(when)).toMatchObject([{ cue: 'said', content: 'The plan is dead' }]);
  });
  it("ends a report in an opening subordinate clause at the main clause's subject, a surname taken for a verb too", () => {
    const text = 'While he acknowledged the levy was a burden for the docks, Ham also defended the vote.';
    expect(attributionsOf(text).find((a) => a.cue === 'acknowledged')?.content).toBe(
      'the levy was a burden for the docks',
    );
  });
});
