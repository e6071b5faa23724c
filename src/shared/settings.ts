// The reader's settings kept in the extension's storage: written by the options page, read by the
// background. Read back through the same check, since storage outlives every version that wrote it.
import type { Reviewer } from '../core/formats/writer';
import { browser } from './browser';

/** Who publishes the reader's ClaimReview exports (schema.org's review `author`). */
const REVIEWER_KEY = 'reviewer';
const MAX_NAME = 200;

export function parseReviewer(value: unknown): Reviewer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, type } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME) return null;
  if (type !== 'Person' && type !== 'Organization') return null;
  return { name: name.trim(), type };
}

export async function readReviewer(): Promise<Reviewer | null> {
  const stored = await browser.storage.local.get(REVIEWER_KEY);
  return parseReviewer(stored[REVIEWER_KEY]);
}

/** Saves the reviewer, or forgets it when `reviewer` is null. */
export async function writeReviewer(reviewer: Reviewer | null): Promise<void> {
  if (reviewer === null) await browser.storage.local.remove(REVIEWER_KEY);
  else await browser.storage.local.set({ [REVIEWER_KEY]: reviewer });
}
