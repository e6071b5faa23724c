// Each exported ClaimReview checked against schema.org's vocabulary: schema-dts is generated from it, so
// the TypeScript compiler, given an export as an object literal typed ClaimReview, refuses any property
// schema.org does not define for the type and any value of a type the property does not take.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { SavedClaim } from './claim';
import { fullClaim, makeClaim } from './test-claims';
import { WRITERS } from './index';
import { writeAll } from './writer';

const here = dirname(fileURLToPath(import.meta.url));
const CHECKED_FILE = join(here, '__claimreview_check__.ts');

/** The compiler's complaints about `reviews` typed as schema.org ClaimReview objects; empty when all conform. */
function schemaProblems(reviews: unknown[]): string[] {
  const text = `import type { ClaimReview } from 'schema-dts';\n${reviews.map((review, index) => `export const review${index}: ClaimReview = ${JSON.stringify(review)};`).join('\n')}\n`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) =>
    name === CHECKED_FILE ? ts.createSourceFile(name, text, version) : getSourceFile.call(host, name, version, ...rest);
  host.fileExists = (name) => name === CHECKED_FILE || fileExists.call(host, name);
  host.readFile = (name) => (name === CHECKED_FILE ? text : readFile.call(host, name));
  const program = ts.createProgram([CHECKED_FILE], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const reviewsOf = (
  claims: SavedClaim[],
  reviewer: { name: string; type: 'Person' | 'Organization' } | null,
): unknown[] => (JSON.parse(writeAll(WRITERS.claimreview, claims, { reviewer })) as { '@graph': unknown[] })['@graph'];

describe('ClaimReview export against schema.org', () => {
  const claims = [
    fullClaim,
    makeClaim('c-unverified', 'Officials said 12 people were killed.', {
      source: { name: 'officials', kind: 'anonymous', aliases: [] },
    }),
    makeClaim('c-false', 'The ministry said 3 people were hurt.', {
      verdict: 'false',
      source: { name: 'the ministry', kind: 'organization', aliases: [] },
      figure: { value: 3, qualifier: 'exact', kind: 'injured', hedged: false, hedgeCue: null },
    }),
    makeClaim('c-supported', 'Dozens are missing, a report says.', {
      verdict: 'supported',
      source: { name: 'a report', kind: 'document', aliases: [] },
      tags: ['floods'],
    }),
  ];

  it(
    'uses only ClaimReview properties and types schema.org defines, with and without a reviewer',
    { timeout: 60_000 },
    () => {
      expect(
        schemaProblems([
          ...reviewsOf(claims, { name: 'Harbour Fact Desk', type: 'Organization' }),
          ...reviewsOf(claims, null),
        ]),
      ).toEqual([]);
    },
  );

  it('would catch a property schema.org lacks and a value of the wrong type', { timeout: 60_000 }, () => {
    const [review] = reviewsOf([fullClaim], null) as Array<Record<string, unknown>>;
    const problems = schemaProblems([
      { ...review, verdictScore: 3 },
      { ...review, itemReviewed: { '@type': 'Claim', appearance: 'https://news.example/' } },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/verdictScore.*does not exist in type 'ClaimReviewLeaf'/);
    expect(problems[1]).toMatch(/appearance/);
  });
});
