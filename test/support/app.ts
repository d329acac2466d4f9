import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { DialectName } from '../../src/platform/db/database';
import { createTestDatabase, type TestDatabase } from './databases';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real app on a fresh database of the given dialect, without a listening port. */
export async function createTestApp(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const app = await buildApp(loadConfig({ SAMLING_DEMO: '0', LOG_LEVEL: 'silent', ...env }), database, {
    logger: false,
  });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * A browser-like client for `inject`: keeps cookies between requests and fills in the CSRF token
 * on form posts, as a page that was loaded first would.
 */
export class Client {
  cookies = new Map<string, string>();
  constructor(public app: FastifyInstance) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: LightMyRequestResponse) {
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(options: InjectOptions) {
    const response = await this.app.inject({
      ...options,
      headers: { ...(options.headers as Record<string, string>), cookie: this.cookieHeader() },
    });
    this.remember(response);
    return response;
  }

  get(url: string, headers: Record<string, string> = {}) {
    return this.request({ method: 'GET', url, headers });
  }

  /** Posts a form the way a browser would: url-encoded, with the CSRF token from the cookie. */
  async post(url: string, form: Record<string, string | string[]> = {}) {
    if (!this.cookies.has('csrf')) await this.get('/login');
    const body = new URLSearchParams();
    body.append('_csrf', this.cookies.get('csrf') ?? '');
    for (const [k, v] of Object.entries(form)) for (const item of [v].flat()) body.append(k, item);
    return this.request({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async logIn(email: string, password: string) {
    const response = await this.post('/login', { email, password });
    if (response.statusCode !== 303) throw new Error(`Login as ${email} failed with ${response.statusCode}`);
    return response;
  }
}
