import type { FastifyInstance } from 'fastify';

export async function programmeRoutes(_app: FastifyInstance) {}
