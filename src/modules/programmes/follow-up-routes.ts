import type { FastifyInstance } from 'fastify';

export async function followUpRoutes(_app: FastifyInstance) {}
