import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { checkSignedTimestamp } from '../shared/timestamp.js';

// DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex characters from the Developer Portal) as a node:crypto key. */
export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('an Ed25519 public key is 64 hex characters');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

export type SignatureCheck = { ok: true; seconds: number } | { ok: false; reason: string };

/**
 * Checks Discord's signature: Ed25519 over the timestamp header followed by the raw body. The
 * timestamp must be 1-10 plain digits within `maxAgeSeconds` of now either way, so a captured
 * request cannot be replayed later (the replay guard covers the window itself).
 */
export function checkSignature(
  key: KeyObject,
  request: SignedRequest,
  nowMs: number,
  maxAgeSeconds = 300,
): SignatureCheck {
  const { signature, timestamp } = request;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  const time = checkSignedTimestamp(timestamp, nowMs, maxAgeSeconds);
  if (!time.ok) return time;
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), request.body]);
  const valid = verify(null, signed, key, Buffer.from(signature, 'hex'));
  return valid ? { ok: true, seconds: time.seconds } : { ok: false, reason: 'bad signature' };
}
