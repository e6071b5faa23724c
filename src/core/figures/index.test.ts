import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document';
import { findFigures } from '.';
import type { Attribution, Figure } from '../types';

const figures = (text: string, attributions: Attribution[] = []): Figure[] =>
  findFigures(parseDocument(text), attributions);
const brief = (f: Figure) => ({ text: f.text, value: f.value, qualifier: f.qualifier, kind: f.kind });

/** An indirect report in `text`: each part's offsets are where it first occurs. */
function reportIn(text: string, source: string, cue: string, content: string): Attribution {
  const at = (part: string): number => text.indexOf(part);
  return {
    source,
    sourceStart: at(source),
    sourceEnd: at(source) + source.length,
    cue,
    cueStart: at(cue),
    cueEnd: at(cue) + cue.length,
    content,
    contentStart: at(content),
    contentEnd: at(content) + content.length,
    direct: false,
    rule: 'reporting-verb',
  };
}

describe('findFigures: quantity shapes', () => {
  it.each([
    ['A landslide killed at least 37 villagers overnight.', 'killed at least 37 villagers', 37, 'at_least', 'killed'],
    [
      'Forty-one passengers were hurt when the bus overturned.',
      'Forty-one passengers were hurt',
      41,
      'exact',
      'injured',
    ],
    ['The flood left 1,250 people dead.', '1,250 people dead', 1250, 'exact', 'killed'],
    ['Dozens of farmers were wounded in the raid.', 'Dozens of farmers were wounded', null, 'vague', 'injured'],
    ['TWELVE MINERS MISSING AFTER COLLAPSE', 'TWELVE MINERS MISSING', 12, 'exact', 'missing'],
    [
      'Gunmen abducted more than 60 students from a dormitory.',
      'abducted more than 60 students',
      60,
      'more_than',
      'abducted',
    ],
    ['Nearly 90 hikers were kidnapped near the border.', 'Nearly 90 hikers were kidnapped', 90, 'up_to', 'abducted'],
    ['The epidemic caused about 2.5 million deaths.', 'about 2.5 million deaths', 2_500_000, 'about', 'killed'],
    [
      'Fewer than 20 residents were hospitalized.',
      'Fewer than 20 residents were hospitalized',
      20,
      'fewer_than',
      'injured',
    ],
    [
      'Officials raised the death toll from the storm to 412.',
      'death toll from the storm to 412',
      412,
      'exact',
      'killed',
    ],
    ['Mourners remembered the 26 people killed in the blast.', '26 people killed', 26, 'exact', 'killed'],
    ['The rebels have slain hundreds of soldiers.', 'hundreds of soldiers', null, 'vague', 'killed'],
    ['Tens of thousands died in the famine.', 'Tens of thousands died', null, 'vague', 'killed'],
    ['The quake left a dozen people injured.', 'a dozen people injured', 12, 'exact', 'injured'],
    ['The fire injured hundreds of workers.', 'injured hundreds of workers', null, 'vague', 'injured'],
    [
      'At least 52 miners in 3 provinces have been killed.',
      'At least 52 miners in 3 provinces have been killed',
      52,
      'at_least',
      'killed',
    ],
    ['Police counted 31 homicides in June.', '31 homicides', 31, 'exact', 'killed'],
    [
      'The clinic said 17 people were being treated for burns.',
      '17 people were being treated for burns',
      17,
      'exact',
      'injured',
    ],
    ['Six climbers remain unaccounted for.', 'Six climbers remain unaccounted', 6, 'exact', 'missing'],
    ['The death toll could rise above 25 by morning.', 'death toll could rise above 25', 25, 'more_than', 'killed'],
    ['By Friday 2,05,310 had died.', '2,05,310 had died', 205310, 'exact', 'killed'],
    ['Seven Anglo-Saxon monks were slain.', 'Seven Anglo-Saxon monks were slain', 7, 'exact', 'killed'],
    ['A farmer who lost three sons in the war spoke.', 'lost three sons', 3, 'exact', 'killed'],
  ])('reads %j', (sentence, text, value, qualifier, kind) => {
    const found = figures(sentence).map(brief);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain(
      text.split(' ').find((w) => /\d|[A-Z]{4,}|dozen|hundreds|thousands|Forty/i.test(w))!,
    );
    expect(found[0]).toMatchObject({ value, qualifier, kind });
  });

  it('reads two figures across one verb', () => {
    expect(figures('The crash left three people dead and dozens injured.').map(brief)).toEqual([
      { text: 'three people dead', value: 3, qualifier: 'exact', kind: 'killed' },
      { text: 'dozens injured', value: null, qualifier: 'vague', kind: 'injured' },
    ]);
  });

  it('ends the text at the casualty word when the tokenizer glues the next sentence to it', () => {
    expect(figures('The storm left 12 injured.--Reporting by Ann Lee').map((f) => f.text)).toEqual(['12 injured']);
  });

  it('reads both ends of a range', () => {
    expect(figures('Planners estimate between 2,000 and 5,000 could die.').map(brief)).toEqual([
      { text: 'between 2,000 and 5,000 could die', value: 2000, qualifier: 'at_least', kind: 'killed' },
      { text: '5,000 could die', value: 5000, qualifier: 'up_to', kind: 'killed' },
    ]);
  });

  it('reads a part of the figure before it', () => {
    const found = figures('The raid killed 14 people, including 9 children.').map(brief);
    expect(found[1]).toMatchObject({ value: 9, kind: 'killed' });
    expect(found[1]!.text).toContain('14');
  });
});

describe('findFigures: what is not a figure', () => {
  it.each([
    ['A 17-year-old was killed in the crash.'],
    ['The third victim died on Tuesday.'],
    ['On March 3 the storm killed a fisherman.'],
    ['The fund paid $40 million to the injured.'],
    ['About 30 percent of the wounded were children.'],
    ['The flu infected 300 people, but none died.'],
    ['Hunters killed 40 deer last season.'],
    ['The team lost three games in a row.'],
    ['She was one of at least 30 people hurt that night.', 'at least 30 people hurt'],
    ['A man killed himself after the standoff.'],
    ['Many people were killed and several were hurt.'],
    ['The regional hospital recorded 120 cases of the virus.'],
  ])('finds none in %j, or only %j', (sentence, only?: string) => {
    expect(figures(sentence).map((f) => f.text)).toEqual(only ? [only] : []);
  });
});

describe('findFigures: sources and hedges', () => {
  it('takes "according to" as the source', () => {
    const [figure] = figures('At least 15 people were killed, according to the regional health ministry.');
    expect(figure).toMatchObject({
      source: 'regional health ministry',
      hedged: false,
      hedgeCue: null,
      rule: 'victims-as-subject',
    });
  });

  it('takes the speaker of the attribution whose content holds the figure', () => {
    const text = 'Inspector Dana Howell said 7 workers were injured.';
    const attribution = reportIn(text, 'Dana Howell', 'said', '7 workers were injured');
    expect(figures(text, [attribution])[0]).toMatchObject({ source: 'Dana Howell' });
  });

  it('leaves a background event inside a speaker’s words to the newspaper', () => {
    const text = 'The mayor said the curfew, imposed after gunmen killed 30 people in May, would end.';
    const attribution = reportIn(
      text,
      'The mayor',
      'said',
      'the curfew, imposed after gunmen killed 30 people in May, would end',
    );
    expect(figures(text, [attribution])[0]).toMatchObject({ value: 30, source: null });
    const reported = 'The agency estimates that 40 people died.';
    const estimate: Attribution = {
      ...attribution,
      source: 'The agency',
      contentStart: reported.indexOf('that'),
      contentEnd: reported.length - 1,
    };
    expect(figures(reported, [estimate])[0]).toMatchObject({ value: 40, source: 'The agency' });
  });

  it('gives a figure leading into a report the reporter as source', () => {
    const text = 'Besides the two deaths at the mine, the labour office said another 14 miners were hurt.';
    const attribution = reportIn(text, 'the labour office', 'said', 'another 14 miners were hurt');
    expect(figures(text, [attribution]).map((f) => [f.value, f.source])).toEqual([
      [2, 'the labour office'],
      [14, 'the labour office'],
    ]);
  });

  it('does not give a background figure to the speaker of the sentence it leads into', () => {
    const text =
      'After five police officers were killed in Dallas, the police department tweeted a photo of a suspect.';
    const attribution = reportIn(text, 'the police department', 'tweeted', 'a photo of a suspect');
    expect(figures(text, [attribution]).map((f) => [f.value, f.source])).toEqual([[5, null]]);
  });

  it('gives the second toll of a pair the first one’s source', () => {
    const text = 'Rescuers said the blast that left two people dead and dozens injured was an accident.';
    const attribution = reportIn(
      text,
      'Rescuers',
      'said',
      'the blast that left two people dead and dozens injured was an accident',
    );
    expect(figures(text, [attribution]).map((f) => [f.text, f.source])).toEqual([
      ['two people dead', null],
      ['dozens injured', null],
    ]);
  });

  it('takes no possessive as a source', () => {
    const text = 'The city’s count showed 12 residents had died.';
    const attribution = reportIn(text, 'The city’s', 'showed', '12 residents had died');
    expect(figures(text, [attribution])[0]).toMatchObject({ value: 12, source: null });
  });

  it('leaves a figure in the newspaper’s own voice unattributed', () => {
    expect(figures('Eight climbers died on the mountain last winter.')[0]).toMatchObject({
      source: null,
      hedged: false,
    });
  });

  it('marks hedged figures with their cue', () => {
    expect(figures('Some 40 fishermen are reportedly missing.')[0]).toMatchObject({
      hedged: true,
      hedgeCue: 'reportedly',
      qualifier: 'about',
    });
    expect(figures('As many as 70 people may have died.')[0]).toMatchObject({
      hedged: true,
      hedgeCue: 'As many as',
      rule: 'victims-as-subject',
    });
  });
});

// The annotated plain-text articles of ../shared/corpus: a guard against regressions on real prose.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');

describe.skipIf(!existsSync(join(CORPUS, 'gold')))(
  existsSync(join(CORPUS, 'gold'))
    ? 'findFigures on the annotated corpus'
    : 'findFigures on the annotated corpus (skipped: ../shared/corpus is absent)',
  () => {
    interface GoldFigure {
      value: number | null;
      kind: string;
    }
    const golds = existsSync(join(CORPUS, 'gold'))
      ? readdirSync(join(CORPUS, 'gold'))
          .map(
            (file) =>
              JSON.parse(readFileSync(join(CORPUS, 'gold', file), 'utf8')) as {
                article: string;
                figures: GoldFigure[];
              },
          )
          .filter((gold) => existsSync(join(CORPUS, 'articles', `${gold.article}.txt`)))
      : [];

    it('finds most annotated figures, with their value and kind, in the plain-text articles', () => {
      let found = 0;
      let total = 0;
      for (const gold of golds) {
        const predicted = figures(readFileSync(join(CORPUS, 'articles', `${gold.article}.txt`), 'utf8'));
        const unused = [...predicted];
        for (const g of gold.figures) {
          total++;
          const k = unused.findIndex((p) => p.value === g.value && p.kind === g.kind);
          if (k >= 0) {
            found++;
            unused.splice(k, 1);
          }
        }
      }
      expect(total).toBeGreaterThan(10);
      // where the extractor stands on all the annotated pages (61 since the news pages came in; 0.832 with the rule
      // modules, 0.909 with counts of "2 of 17", asides and adjectival harm words, 0.941 with joint objects and more
      // counts); raised with every gain
      expect(found / total).toBeGreaterThanOrEqual(0.93);
      // 61 pages parsed one after another: seconds on an idle machine, more on a loaded one
    }, 60_000);
  },
);
