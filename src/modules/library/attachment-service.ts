import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import * as aq from './attachment-queries';
import { extractText, MAX_ATTACHMENT_BYTES, type TextStatus } from './extract';
import { LibraryError } from './model';
import { getItem } from './reads';
import { indexAttachment, unindexAttachment } from './search-documents';

export interface AttachmentInput {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** An upload past MAX_ATTACHMENT_BYTES: refused, nothing kept. */
export class AttachmentTooLargeError extends Error {
  constructor() {
    super('tooLarge');
  }
}

/** "C:\\fakepath\\Rapport 23/2011.pdf" → "Rapport 23_2011.pdf": no paths, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters would break the Content-Disposition header and the page.
  const clean = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(-200);
  return clean || 'file';
}

/**
 * Stores a file with the text read from it, and indexes that text. A file whose text cannot be
 * read is stored all the same, flagged `unreadable`. The text is read before the transaction opens,
 * so a slow file never holds a write lock.
 */
export async function addAttachment(
  db: Executor,
  itemId: number,
  file: AttachmentInput,
  actorUserId: number | null,
): Promise<{ id: number; textStatus: TextStatus }> {
  if (file.data.length > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError();
  if (!(await getItem(db, itemId))) throw new LibraryError('notFound');
  const filename = cleanFilename(file.filename);
  const contentType = /^[\w.+-]+\/[\w.+-]+$/.test(file.contentType)
    ? file.contentType
    : 'application/octet-stream';
  const extracted = await extractText(filename, contentType, file.data);
  return inTransaction(db, async (tx) => {
    const item = await getItem(tx, itemId);
    if (!item) throw new LibraryError('notFound');
    const id = await aq.insertAttachment(tx, {
      itemId,
      filename,
      contentType,
      data: file.data,
      text: extracted.text,
      textStatus: extracted.status,
      createdBy: actorUserId,
      createdAt: nowIso(),
    });
    await indexAttachment(tx, item, { id, filename, text: extracted.text });
    await audit(tx, {
      actorUserId,
      action: 'library.attachment.add',
      subjectType: 'library_item',
      subjectId: itemId,
      details: { attachmentId: id, filename, size: file.data.length, text: extracted.status },
    });
    return { id, textStatus: extracted.status };
  });
}

/** Removes an attachment and its text from the index. */
export async function removeAttachment(
  db: Executor,
  itemId: number,
  attachmentId: number,
  actorUserId: number | null,
) {
  await inTransaction(db, async (tx) => {
    if (!(await aq.deleteAttachment(tx, itemId, attachmentId))) throw new LibraryError('notFound');
    await unindexAttachment(tx, attachmentId);
    await audit(tx, {
      actorUserId,
      action: 'library.attachment.remove',
      subjectType: 'library_item',
      subjectId: itemId,
      details: { attachmentId },
    });
  });
}
