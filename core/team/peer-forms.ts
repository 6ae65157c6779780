import type { PublicIdentity } from './identity';
import { verify } from './identity';
import { FORM } from './wire-form';

/** What a member's connection tells its peers of itself (y-webrtc's awareness): the record form its version writes. */
export const FORM_FIELD = 'form';
/**
 * Where a later version puts, besides its form, its member id and its signature over
 * `formClaimPart` ({ by, sig }): awareness is not signed, and anyone with the invite can join the
 * room, so a newer form is believed only from a member who signed it.
 */
export const FORM_CLAIM_FIELD = 'formBy';
export const formClaimPart = (team: string, client: number, form: number) => ({ team, client, form });

export interface PeerVersions {
  older: number;
  newer: number;
}

/**
 * Counts connected peers on other versions: older ones (they announce no form, or a lower one, and
 * cannot read what this member writes; versions before form 1 announce nothing, so these are not
 * checked) and newer ones (a higher form, with a member's signature over it). A version that
 * announces nothing is seen once it renews its empty presence (y-webrtc does every 15 s). Each
 * claim is verified once while its peer is present.
 */
export class PeerForms {
  /** The claims of the peers present when last counted, verified or being verified (a peer can announce anew at will: nothing else is kept). */
  private checked = new Map<string, Promise<boolean>>();

  constructor(
    private readonly team: string,
    private readonly keyOf: (member: string) => PublicIdentity | undefined,
  ) {}

  async count(states: Map<number, unknown>, own: number): Promise<PeerVersions> {
    let older = 0;
    const newer: Array<Promise<boolean>> = [];
    const present = new Map<string, Promise<boolean>>();
    for (const [client, state] of states) {
      if (client === own) continue;
      const fields = (state ?? {}) as Record<string, unknown>;
      const form = fields[FORM_FIELD];
      if (typeof form !== 'number' || form < FORM) older++;
      else if (form > FORM) newer.push(this.believe(client, form, fields[FORM_CLAIM_FIELD], present));
    }
    this.checked = present;
    return { older, newer: (await Promise.all(newer)).filter(Boolean).length };
  }

  private believe(client: number, form: number, claim: unknown, present: Map<string, Promise<boolean>>): Promise<boolean> {
    const { by, sig } = (claim ?? {}) as { by?: unknown; sig?: unknown };
    if (typeof by !== 'string' || typeof sig !== 'string') return Promise.resolve(false);
    const key = this.keyOf(by);
    if (!key) return Promise.resolve(false);
    const id = JSON.stringify([client, form, by, sig]);
    const held = this.checked.get(id) ?? verify(key, formClaimPart(this.team, client, form), sig);
    present.set(id, held);
    return held;
  }
}
