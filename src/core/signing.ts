import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The plan's signing key: kept in the plan workbook only, never in what goes out. It signs each 任务书's
 * record and each 汇总 the plan writes, so a unit cannot relabel its record as another's, nor forge a 汇总,
 * by recomputing a public hash. `since`: the first version whose 任务书 went out signed; a record of an
 * earlier version may be unsigned (issued before the key existed).
 */
export interface SigningKey {
  key: string;
  since: number;
}

const PREFIX = 'hmac-sha256:';
const KEY_BYTES = 32;

/** 32 random bytes as hex, from the platform's CSPRNG (Node and every browser have `crypto.getRandomValues`). */
export const newSigningKey = (
  random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b),
): string => bytesToHex(random(new Uint8Array(KEY_BYTES)));

/** JSON with keys sorted at every level, so the same record signs the same however it was stored. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/** The signature over the whole record but its own `signature` field. */
export const signatureOf = (key: string, record: object): string => {
  const { signature: _ignored, ...rest } = record as { signature?: unknown };
  return PREFIX + bytesToHex(hmac(sha256, hexToBytes(key), utf8ToBytes(canonical(rest))));
};

export const withSignature = <T extends object>(key: SigningKey | undefined, record: T): T =>
  key ? { ...record, signature: signatureOf(key.key, record) } : record;

/** 'signed' when the record carries this key's signature; 'unsigned' without one; 'forged' with another. */
export const signatureState = (
  key: SigningKey | undefined,
  record: object,
): 'signed' | 'unsigned' | 'forged' | 'unknown' => {
  const signature = (record as { signature?: unknown }).signature;
  if (signature === undefined) return 'unsigned';
  if (!key) return 'unknown';
  if (typeof signature !== 'string') return 'forged';
  return sameText(signature, signatureOf(key.key, record)) ? 'signed' : 'forged';
};

/** Compared in time that does not depend on where the texts first differ. */
const sameText = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
};
