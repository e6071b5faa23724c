// Runs in real Chromium (bundled by test/bench/store.ts): fills IndexedDB through the real store code and
// times cross-referencing, export and import there.
import type { CrossrefProbe } from '../../src/core/crossref';
import type { SavedClaim } from '../../src/core/formats/claim';
import { createSelectors } from '../../src/core/selectors';
import type { CasualtyKind } from '../../src/core/types';
import { ClaimStore } from '../../src/store/claims';
import { SourcelightDatabase, toStored } from '../../src/store/db';
import { EventStore } from '../../src/store/events';

const KINDS: CasualtyKind[] = ['killed', 'injured', 'missing', 'abducted'];
const PLACES = Array.from({ length: 300 }, (_, i) => `Place${i.toString(36)}ville`);
const SURNAMES = Array.from({ length: 800 }, (_, i) => `Surname${i.toString(36)}`);

/** Seeded generator: the same claims every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function syntheticClaim(index: number): SavedClaim {
  const next = random(index + 1);
  const kind = pick(KINDS, next);
  const value = 1 + Math.floor(next() * 500);
  const place = pick(PLACES, next);
  const surname = pick(SURNAMES, next);
  const text = `Officer ${surname} said ${value} people were ${kind} in ${place} on ${pick(['Monday', 'Friday', 'Sunday'], next)}.`;
  const stamp = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
  return {
    id: `bench-${index.toString().padStart(7, '0')}`,
    text,
    page: { url: `https://site${index % 97}.example/story/${index}`, title: `Story ${index}` },
    selectors: createSelectors(text, 0, text.length),
    figure: { value, qualifier: 'exact', kind, hedged: false, hedgeCue: null },
    source: { name: `Officer Alex ${surname}`, kind: 'person', aliases: [surname] },
    note: '',
    verdict: 'unverified',
    tags: [`tag${index % 50}`],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The 50 findings of one imagined page: figures with places and named speakers. */
function pageProbes(): CrossrefProbe[] {
  const next = random(424242);
  return Array.from({ length: 50 }, (_, i) => {
    const kind = pick(KINDS, next);
    const value = 1 + Math.floor(next() * 500);
    const surname = pick(SURNAMES, next);
    return {
      id: `finding-${i}`,
      text: `Officials told reporters ${value} were ${kind} in ${pick(PLACES, next)} late on Sunday, ${surname} said.`,
      figure: { value, qualifier: 'exact', kind },
      source: { name: surname, kind: 'person', aliases: [] },
    };
  });
}

const store = new ClaimStore(new SourcelightDatabase('bench'));
let filled = 0;

async function fillTo(total: number): Promise<number> {
  const started = performance.now();
  while (filled < total) {
    const batch = Array.from({ length: Math.min(5000, total - filled) }, (_, i) =>
      toStored(syntheticClaim(filled + i)),
    );
    await store.db.claims.bulkPut(batch);
    filled += batch.length;
  }
  return performance.now() - started;
}

/** Median of several runs, so one garbage collection does not decide the ratio. */
async function timeCrossReference(runs = 7): Promise<{ ms: number; references: number }> {
  const probes = pageProbes();
  const times: number[] = [];
  let references = 0;
  for (let round = 0; round < runs; round += 1) {
    const started = performance.now();
    references = (await store.crossReference(probes)).references.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)] ?? 0, references };
}

/** The library page's first screen: the newest 100 claims (median of runs), and one full-text search. */
async function timeLibrary(runs = 7): Promise<{ firstPageMs: number; searchMs: number }> {
  const times: number[] = [];
  for (let round = 0; round < runs; round += 1) {
    const started = performance.now();
    await store.query({ limit: 100 });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const started = performance.now();
  await store.query({ search: 'killed river', limit: 100 });
  return { firstPageMs: times[Math.floor(runs / 2)] ?? 0, searchMs: performance.now() - started };
}

/**
 * The event view's load: every figure grouped into events, as the list's summaries, then the largest event
 * with its reports; and the size of the two messages that carry them.
 */
async function timeEvents(): Promise<{
  ms: number;
  events: number;
  bytes: number;
  eventMs: number;
  eventBytes: number;
}> {
  const events = new EventStore(store.db);
  const started = performance.now();
  const summaries = await events.summaries();
  const ms = performance.now() - started;
  const largest = summaries.reduce((best, summary) => (summary.reports > best.reports ? summary : best));
  const eventStarted = performance.now();
  const event = await events.event(largest.id);
  const eventMs = performance.now() - eventStarted;
  return {
    ms,
    events: summaries.length,
    bytes: JSON.stringify({ events: summaries }).length,
    eventMs,
    eventBytes: JSON.stringify({ event }).length,
  };
}

async function exportAll(): Promise<{ ms: number; text: string }> {
  const parts: string[] = [];
  const started = performance.now();
  await store.export('sourcelight', (chunk) => void parts.push(chunk));
  const ms = performance.now() - started;
  // the extension hands these parts to a Blob without joining them; joined here only to import and compare
  return { ms, text: parts.join('') };
}

async function run(): Promise<Record<string, number | boolean>> {
  await store.db.delete();
  await store.db.open();
  await fillTo(1000);
  const small = await timeCrossReference();
  const smallLibrary = await timeLibrary();
  const smallEvents = await timeEvents();
  const fillMs = await fillTo(100_000);
  const large = await timeCrossReference();
  const largeLibrary = await timeLibrary();
  const largeEvents = await timeEvents();
  const exported = await exportAll();
  await store.db.claims.clear();
  const importStarted = performance.now();
  const imported = await store.import(exported.text);
  const importMs = performance.now() - importStarted;
  const again = await exportAll();
  return {
    claims: await store.count(),
    crossref1kMs: small.ms,
    crossref100kMs: large.ms,
    libraryPage1kMs: smallLibrary.firstPageMs,
    libraryPage100kMs: largeLibrary.firstPageMs,
    librarySearch100kMs: largeLibrary.searchMs,
    events1kMs: smallEvents.ms,
    events100kMs: largeEvents.ms,
    eventCount100k: largeEvents.events,
    events100kBytes: largeEvents.bytes,
    event100kMs: largeEvents.eventMs,
    event100kBytes: largeEvents.eventBytes,
    references1k: small.references,
    references100k: large.references,
    fillMs,
    exportMs: exported.ms,
    exportBytes: exported.text.length,
    importMs,
    importedClaims: imported.added + imported.replaced,
    roundTripIdentical: again.text === exported.text,
  };
}

(window as unknown as { runStoreBench: typeof run }).runStoreBench = run;
