import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_FILE_BYTES, MAX_FILES, type HandInFile } from './homework-service';

/** What a hand-in form sent besides its text fields; `tooLarge` names a file cut off at the limit. */
export interface ReceivedFiles {
  files: HandInFile[];
  tooLarge: string | null;
  tooMany: boolean;
}

/** Reads a stream to its end without keeping it, so the parser moves on to the next part. */
async function drain(stream: AsyncIterable<unknown>) {
  for await (const chunk of stream) void chunk;
}

const received = new WeakMap<FastifyRequest, ReceivedFiles>();

/** The files of this request (none for a form sent without multipart). */
export function receivedFiles(request: FastifyRequest): ReceivedFiles {
  return received.get(request) ?? { files: [], tooLarge: null, tooMany: false };
}

/**
 * Multipart for the hand-in route only, registered in the scope the caller gives (as the network
 * module does for registry files). A file over the limit is not an error here: its bytes are
 * dropped and the route re-renders the form with a translated message, so nothing is saved. Files
 * beyond MAX_FILES are drained unread; past a hard cap the request ends in the "too large" page.
 */
export async function registerHandInUploads(scope: FastifyInstance) {
  await scope.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES * 4, fields: 20, fieldSize: 100_000 },
    async onFile(part: MultipartFile) {
      const state = received.get(this) ?? { files: [], tooLarge: null, tooMany: false };
      received.set(this, state);
      // A file input left empty still sends a part, with no name and no bytes.
      if (!part.filename) return drain(part.file);
      if (state.files.length >= MAX_FILES || state.tooLarge) {
        if (state.files.length >= MAX_FILES) state.tooMany = true;
        return drain(part.file);
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) {
        state.tooLarge = part.filename;
        return;
      }
      state.files.push({ filename: part.filename, contentType: part.mimetype, data: Buffer.concat(chunks) });
    },
  });
}
