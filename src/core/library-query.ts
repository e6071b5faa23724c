// What the claim library page asks of the store, shared by the page, the message contract and the store:
// one page of claims by filter and sort, and edits. Plain data, checked at the message boundary.
import { VERDICTS, type SavedClaim, type Verdict } from './formats/claim';

export type SortKey = 'updated' | 'created';
export const SORT_KEYS: readonly SortKey[] = ['updated', 'created'];

export interface ClaimQuery {
  /** Words that must each begin some word of the claim text, source, note, page title or tags ("tar" finds Tarn). */
  search?: string;
  source?: string;
  kind?: string;
  verdict?: Verdict;
  tag?: string;
  site?: string;
  /** ISO instants bounding createdAt. */
  from?: string;
  to?: string;
  sort?: SortKey;
  descending?: boolean;
  offset?: number;
  limit?: number;
}

export interface ClaimPage {
  total: number;
  items: SavedClaim[];
}

export interface ClaimEdit {
  note?: string;
  verdict?: Verdict;
  tags?: string[];
}

/** A page of the library never carries more than this many claims through a message. */
export const MAX_PAGE_SIZE = 500;
const MAX_FIELD = 1000;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_FIELD;
const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

type Checks<T> = { [K in keyof Required<T>]: (value: unknown) => boolean };

const QUERY_CHECKS: Checks<ClaimQuery> = {
  search: isText,
  source: isText,
  kind: isText,
  verdict: (value) => (VERDICTS as readonly unknown[]).includes(value),
  tag: isText,
  site: isText,
  from: isText,
  to: isText,
  sort: (value) => (SORT_KEYS as readonly unknown[]).includes(value),
  descending: (value) => typeof value === 'boolean',
  offset: (value) => isCount(value, Number.MAX_SAFE_INTEGER),
  limit: (value) => isCount(value, MAX_PAGE_SIZE),
};

const EDIT_CHECKS: Checks<ClaimEdit> = {
  note: (value) => typeof value === 'string' && value.length <= 20_000,
  verdict: (value) => (VERDICTS as readonly unknown[]).includes(value),
  tags: (value) => Array.isArray(value) && value.length <= 100 && value.every((tag) => isText(tag)),
};

/** Why `value` is not an object with only these optional fields, each passing its check; null when it is. */
function problemWith<T>(value: unknown, checks: Checks<T>, what: string): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${what} must be an object`;
  for (const [key, field] of Object.entries(value)) {
    const check = (checks as Record<string, ((value: unknown) => boolean) | undefined>)[key];
    if (!Object.hasOwn(checks, key) || !check) return `${what}: unexpected field "${key}"`;
    if (field !== undefined && !check(field)) return `${what}: field "${key}" is malformed`;
  }
  return null;
}

export const claimQueryProblem = (value: unknown): string | null => problemWith(value, QUERY_CHECKS, 'query');
export const claimEditProblem = (value: unknown): string | null => problemWith(value, EDIT_CHECKS, 'edit');

/** The words a claim is found by: lower-case, accents kept, from its text, source, note, page title and tags. */
export function searchWordsOf(claim: Pick<SavedClaim, 'text' | 'source' | 'note' | 'page' | 'tags'>): string[] {
  const written = [
    claim.text,
    claim.source?.name ?? '',
    ...(claim.source?.aliases ?? []),
    claim.note,
    claim.page.title ?? '',
    ...claim.tags,
  ].join(' ');
  return [...new Set(searchWords(written))];
}

/** A search's words, split the way claims are: each must begin some word of the claim. */
export const searchWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
