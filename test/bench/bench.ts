// What a bench module gives the runner (run.ts). A module measures one thing, prints its own figures through
// `log`, and returns a one-line summary, or the reason it could not run here.

export interface Bench {
  /** Short and unique: `npm run bench -- NAME...` runs only these. */
  name: string;
  description: string;
  run(log: (line: string) => void): Promise<BenchOutcome>;
}

export type BenchOutcome =
  | {
      status: 'measured';
      summary: string;
      /** Whether the figure meets the target the issue sets, if it sets one. */ targetMet?: boolean;
    }
  | { status: 'skipped'; reason: string };

/** Milliseconds since `start`, for timings taken with performance.now(). */
export const elapsed = (start: number): number => performance.now() - start;

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
