import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { redactSecretPath, secretUrlLog } from './log-redaction';

describe('secret URLs in the request log', () => {
  it('replaces the secret path segment and keeps the query', () => {
    assert.equal(redactSecretPath('/calendar/abc123', ['/calendar']), '/calendar/…');
    assert.equal(redactSecretPath('/calendar/abc123?lang=en', ['/calendar']), '/calendar/…?lang=en');
    assert.equal(redactSecretPath('/reset/tok', ['/reset', '/verify']), '/reset/…');
    assert.equal(redactSecretPath('/verify/tok#x', ['/reset', '/verify']), '/verify/…#x');
    assert.equal(redactSecretPath('/me/calendar', ['/calendar']), '/me/calendar');
  });

  it('keeps the token out of every log line of a route that uses it', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream } });
    app.get('/calendar/:token', secretUrlLog(['/calendar']), async (_request, reply) =>
      reply.code(404).send(),
    );
    app.get('/open/:token', async () => 'ok');
    await app.inject({ method: 'GET', url: '/calendar/SECRET-TOKEN-1?lang=en' });
    await app.inject({ method: 'GET', url: '/open/VISIBLE-2' });
    await app.close();
    const log = lines.join('');
    assert.doesNotMatch(log, /SECRET-TOKEN-1/);
    assert.match(log, /\/calendar\/…\?lang=en/);
    assert.match(log, /VISIBLE-2/, 'other routes log their URL as before');
  });
});
