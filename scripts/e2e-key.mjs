// Writes a throwaway Ed25519 key pair for the E2E build and its test feeds: { publicKey, privateKeyPem }.
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
writeFileSync(
  process.argv[2],
  JSON.stringify({
    publicKey: raw.toString('base64'),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }),
  }),
);
