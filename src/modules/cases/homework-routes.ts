import type { FastifyInstance } from 'fastify';

/** (Stub: filled in by the engineer who owns this file.) */
export async function homeworkRoutes(_app: FastifyInstance) {}
