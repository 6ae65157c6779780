import { z } from 'zod';
import type { ModerationAction } from '../moderation/actions';
import { parseRecord } from './doc';
import { memberIdSchema, sign, verify, type Identity, type PublicIdentity } from './identity';
import { base64urlnopad } from '@scure/base';
import { encodeWire, readWire, type NewerParts } from './wire-form';
import { precompiled } from '../prebuilt-parser';
import { prebuilt } from './signed-by.prebuilt';

/**
 * A shared record as it travels: the record, its signer's member id, and the signer's signature
 * over the team, the signer and the record (canonical JSON), so neither the author nor a word of
 * the content can change, and a record cannot be replayed into another team. In the doc the
 * record goes without its id, which is the key it is filed under (and which the signature covers).
 */
/** The envelope's signer and signature; its record is checked whole, once, by parseRecord. */
export const signedBySchema = z.object({ by: memberIdSchema, sig: z.string().min(1).max(200) });
/** The same, with zod's compiled parser: a school year arriving checks 22 000 of them. */
const fastSignedBy = precompiled(signedBySchema, prebuilt);

export interface Envelope {
  record: ModerationAction;
  by: string;
  sig: string;
}

const signedPart = (team: string, by: string, record: ModerationAction) => ({ team, by, record });

export async function signRecord(me: Identity, team: string, record: ModerationAction): Promise<Envelope> {
  return { record, by: me.id, sig: await sign(me, signedPart(team, me.id, record)) };
}

export function verifyRecord(envelope: Envelope, team: string, key: PublicIdentity): Promise<boolean> {
  return verify(key, signedPart(team, envelope.by, envelope.record), envelope.sig);
}

/**
 * What a member's signature covers in a record of a form above FORM: the team, the key it is filed
 * under, the header and the rest as bytes. Every later form signs this (besides whatever it signs
 * for itself), so that a member on this version can tell a member's newer record from bytes anyone
 * with the invite wrote, without reading the rest.
 */
export const newerSignedPart = (team: string, key: string, { form, by, time, rest }: Omit<NewerParts, 'sig'>) => ({ team, key, form, by, time, rest: base64urlnopad.encode(rest) });

export function verifyNewer(newer: NewerParts, team: string, key: string, pub: PublicIdentity): Promise<boolean> {
  return verify(pub, newerSignedPart(team, key, newer), newer.sig);
}

/** The envelope as the doc holds it (see wire-form.ts). */
export function toWire({ record, by, sig }: Envelope): Uint8Array {
  const { id: _id, ...rest } = record;
  return encodeWire({ r: rest, by, sig });
}

/**
 * What arrived under a record key: an envelope around a valid shared record; or a bare (unsigned)
 * record, nothing usable, or a record in a form newer than this version reads.
 */
export type ParsedEnvelope =
  | { ok: true; envelope: Envelope }
  | { ok: false; problem: 'unsigned' | 'invalid'; claimedBy: string | null }
  | { ok: false; problem: 'newer'; newer: NewerParts; claimedBy: string };

export function parseEnvelope(key: string, value: unknown): ParsedEnvelope {
  const read = readWire(value);
  const parsed = read.ok ? fastSignedBy.safeParse(read.parts) : null;
  if (!read.ok && read.problem === 'newer') return { ok: false, problem: 'newer', newer: read.newer, claimedBy: read.newer.by };
  if (!read.ok || !parsed?.success) return { ok: false, problem: parseRecord(key, value) ? 'unsigned' : 'invalid', claimedBy: null };
  const { r } = read.parts;
  const record = parseRecord(key, read.own ? Object.assign(r, { id: key }) : { ...r, id: key });
  return record ? { ok: true, envelope: { record, by: parsed.data.by, sig: parsed.data.sig } } : { ok: false, problem: 'invalid', claimedBy: parsed.data.by };
}
