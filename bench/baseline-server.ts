/**
 * The baseline: Node's own HTTP server answering a fixed string, the most a Node process on this
 * machine can serve. Started as its own process by bench/run.ts, like the app.
 */
import http from 'node:http';

const body = 'Hello from a bare node:http server\n';
const server = http.createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
