// The background's one handle on the claim library: opened on first use, so a background woken for
// something else never touches IndexedDB.
import { ClaimStore } from '../store/claims';
import { SourcelightDatabase } from '../store/db';
import { EventStore } from '../store/events';

let database: SourcelightDatabase | undefined;
let store: ClaimStore | undefined;
let events: EventStore | undefined;

const openDatabase = (): SourcelightDatabase => (database ??= new SourcelightDatabase());
export const claimStore = (): ClaimStore => (store ??= new ClaimStore(openDatabase()));
export const eventStore = (): EventStore => (events ??= new EventStore(openDatabase()));
