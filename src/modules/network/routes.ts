import type { FastifyInstance } from 'fastify';

export async function networkRoutes(_app: FastifyInstance) {}
