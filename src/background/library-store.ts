// The background's one handle on the claim library: opened on first use, so a background woken for
// something else never touches IndexedDB.
import { ClaimStore } from '../store/claims';
import { SourcelightDatabase } from '../store/db';

let store: ClaimStore | undefined;

export const claimStore = (): ClaimStore => (store ??= new ClaimStore(new SourcelightDatabase()));
