/**
 * A second reference: Fastify with one route answering a fixed string and no hooks, plugins or
 * logging. Between it and the bare node:http server is the framework's own cost; between it and
 * Samling's pages is ours (hooks, session and CSRF, queries, rendering).
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async (_request, reply) =>
  reply.type('text/plain; charset=utf-8').send('Hello from a bare Fastify route\n'),
);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('listening');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
