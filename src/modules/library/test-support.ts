import crypto from 'node:crypto';
import type { Client } from '../../../test/support/app';

/** A multipart form with one file, as a browser sends it, with the client's CSRF token. */
export async function postFile(
  client: Client,
  url: string,
  file: { filename: string; contentType: string; data: Buffer },
) {
  if (!client.cookies.has('csrf')) await client.get('/login');
  const boundary = `----samling${crypto.randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${client.cookies.get('csrf')}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}
