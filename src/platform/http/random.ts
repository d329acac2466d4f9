import crypto from 'node:crypto';

// Nonces and tokens on every response: one call into the CSPRNG per 4 KiB instead of one or two per
// request (it showed as 6 % of a cached page's CPU). Each byte is handed out once, as Node itself
// does for crypto.randomUUID.
const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** `bytes` cryptographically random bytes in `encoding`: for CSP nonces and CSRF tokens. */
export function randomToken(bytes: number, encoding: 'base64' | 'base64url'): string {
  if (offset + bytes > POOL_SIZE) {
    crypto.randomFillSync(pool);
    offset = 0;
  }
  const token = pool.toString(encoding, offset, offset + bytes);
  offset += bytes;
  return token;
}
