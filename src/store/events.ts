// The library's events: figure claims grouped by the core's rules, with the user's merges and splits kept
// as pins (claim → group) in their own table, so they outlive reloads and apply to claims saved later.
import { groupEvents, type EventClaim, type TollEvent } from '../core/events/group';
import type { SavedClaim } from '../core/formats/claim';
import { toSaved } from './claims';
import type { SourcelightDatabase } from './db';

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
    const claims = stored.map(toSaved).filter((claim): claim is SavedClaim & EventClaim => claim.figure !== null);
    return groupEvents(claims, new Map(pins.map((pin) => [pin.claimId, pin.group])));
  }

  /**
   * Makes each list of claim ids one event of its own from now on: a merge is one list (the claims of both
   * events), a split two (the part taken out, and the rest). Earlier pins of these claims are replaced.
   */
  async regroup(groups: readonly (readonly string[])[]): Promise<TollEvent[]> {
    const pins = groups.flatMap((ids) => {
      const group = this.newGroupId();
      return ids.map((claimId) => ({ claimId, group }));
    });
    await this.db.eventPins.bulkPut(pins);
    return this.events();
  }
}
