import { createPublicKey, type KeyObject, verify } from 'node:crypto';

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

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks Discord's signature: Ed25519 over the timestamp header followed by the raw body. The
 * timestamp must also be recent, so a captured request cannot be replayed later.
 */
export function checkSignature(
  key: KeyObject,
  request: SignedRequest,
  nowMs: number,
  maxAgeSeconds = 300,
): SignatureCheck {
  const { signature, timestamp } = request;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > maxAgeSeconds)
    return { ok: false, reason: 'stale timestamp' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), request.body]);
  const valid = verify(null, signed, key, Buffer.from(signature, 'hex'));
  return valid ? { ok: true } : { ok: false, reason: 'bad signature' };
}
