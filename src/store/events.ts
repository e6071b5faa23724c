// The library's events: figure claims grouped by the core's rules, with the user's merges and splits kept
// as pins (claim → group) in their own table, so they outlive reloads and apply to claims saved later.
// The list of events travels as summaries and one event's reports on request: at 100,000 claims the
// events with every report were 82 MB of JSON, too much for one message.
import {
  groupEvents,
  summarize,
  type EventClaim,
  type EventSummary,
  type Regrouped,
  type TollEvent,
} from '../core/events/group';
import type { SourcelightDatabase, StoredClaim } from './db';

/** What a report of an event carries of its claim: what the timeline and the claim's card show. */
function toEventClaim(stored: StoredClaim & { figure: NonNullable<StoredClaim['figure']> }): EventClaim {
  const { id, text, page, source, createdAt, figure } = stored;
  return { id, text, page, source, createdAt, figure };
}

export class EventStore {
  constructor(
    readonly db: SourcelightDatabase,
    private readonly newGroupId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Every saved figure, grouped into events. */
  async events(): Promise<TollEvent[]> {
    const { db } = this;
    const [stored, pins] = await db.transaction('r', [db.claims, db.eventPins], () =>
      Promise.all([db.claims.where('figureKind').above('').toArray(), db.eventPins.toArray()]),
    );
    const claims = stored.flatMap((claim) => (claim.figure ? [toEventClaim({ ...claim, figure: claim.figure })] : []));
    return groupEvents(claims, new Map(pins.map((pin) => [pin.claimId, pin.group])));
  }

  async summaries(): Promise<EventSummary[]> {
    return (await this.events()).map(summarize);
  }

  /** One event with its reports; null when no event has that id any more (a claim saved or deleted since). */
  async event(id: string): Promise<TollEvent | null> {
    return (await this.events()).find((event) => event.id === id) ?? null;
  }

  /** Makes the events one event from now on. */
  async merge(eventIds: readonly string[]): Promise<Regrouped> {
    const claimIds = (await this.eventsById(eventIds)).flatMap((event) => event.points.map((point) => point.claim.id));
    return this.regroup([claimIds], claimIds[0] ?? null);
  }

  /** Takes some reports out of an event into an event of their own; the rest stay together. */
  async split(eventId: string, claimIds: readonly string[]): Promise<Regrouped> {
    const [event] = await this.eventsById([eventId]);
    const taken = new Set(claimIds);
    const members = event!.points.map((point) => point.claim.id);
    const out = members.filter((id) => taken.has(id));
    const rest = members.filter((id) => !taken.has(id));
    if (out.length === 0 || rest.length === 0)
      throw new Error("A split takes some of the event's reports out, not none or all of them.");
    return this.regroup([out, rest], rest[0]!);
  }

  private async eventsById(ids: readonly string[]): Promise<TollEvent[]> {
    const events = await this.events();
    return ids.map((id) => {
      const event = events.find((candidate) => candidate.id === id);
      if (!event)
        throw new Error('The events changed since they were shown (a claim was saved or deleted): reload the view.');
      return event;
    });
  }

  /** Pins each list of claim ids to a new group of its own, replacing earlier pins of these claims. */
  private async regroup(groups: readonly (readonly string[])[], keepShowing: string | null): Promise<Regrouped> {
    const pins = groups.flatMap((ids) => {
      const group = this.newGroupId();
      return ids.map((claimId) => ({ claimId, group }));
    });
    await this.db.eventPins.bulkPut(pins);
    const events = await this.events();
    const shown = events.find((event) => event.points.some((point) => point.claim.id === keepShowing)) ?? events[0];
    return { events: events.map(summarize), shown: shown?.id ?? null };
  }
}
