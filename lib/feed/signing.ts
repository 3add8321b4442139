/**
 * Ed25519 keys and signatures for the feed manifest (node:crypto only).
 * The public key travels as base64 of the raw 32 bytes, which is what the extension pins at build time
 * (WXT_FEED_PUBLIC_KEY); the private key lives in a PKCS#8 PEM that never leaves the publishing job.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface SigningKeyPair {
  privateKeyPem: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: publicKeyOf(privateKey),
  };
}

/** Accepts PEM text, or base64 of PEM text (handy for CI secrets that strip newlines). */
export function loadPrivateKey(pemOrBase64: string): KeyObject {
  const text = pemOrBase64.includes('BEGIN') ? pemOrBase64 : Buffer.from(pemOrBase64.trim(), 'base64').toString('utf8');
  const key = createPrivateKey(text);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`feed signing key must be Ed25519, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}

export function publicKeyOf(privateKey: KeyObject): string {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  if (!jwk.x) throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

export function publicKeyFromBase64(rawBase64: string): KeyObject {
  const raw = Buffer.from(rawBase64.trim(), 'base64');
  if (raw.length !== 32) throw new Error(`Ed25519 public key must be 32 bytes, got ${raw.length}`);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** Base64 Ed25519 signature over the exact bytes. */
export function signBytes(bytes: Uint8Array, privateKey: KeyObject): string {
  return sign(null, bytes, privateKey).toString('base64');
}

export function verifyBytes(bytes: Uint8Array, signatureBase64: string, publicKeyBase64: string): boolean {
  const signature = Buffer.from(signatureBase64.trim(), 'base64');
  if (signature.length !== 64) return false;
  return verify(null, bytes, publicKeyFromBase64(publicKeyBase64), signature);
}
