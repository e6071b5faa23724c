// Tests of the command line read real files: each suite gets its own temp dir, removed afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface TempFiles {
  /** The dir's path; valid once the suite's beforeAll has run. */
  readonly dir: string;
  path(name: string): string;
  write(name: string, content: string | Buffer): string;
}

export function useTempFiles(prefix: string): TempFiles {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `sourcelight-${prefix}-`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = (name: string): string => join(dir, name);
  return {
    get dir() {
      return dir;
    },
    path,
    write(name, content) {
      writeFileSync(path(name), content);
      return path(name);
    },
  };
}
