import type { Executor } from '../../platform/db/database';

export async function insertAttachment(
  db: Executor,
  a: {
    itemId: number;
    filename: string;
    contentType: string;
    data: Buffer;
    text: string;
    textStatus: string;
    createdBy: number | null;
    createdAt: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('library_attachments')
    .values({
      item_id: a.itemId,
      filename: a.filename,
      content_type: a.contentType,
      size: a.data.length,
      data: a.data,
      text: a.text,
      text_status: a.textStatus,
      created_by: a.createdBy,
      created_at: a.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The item's attachments without their bytes, oldest first. */
export function listAttachments(db: Executor, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('library_attachments')
    .select(['id', 'item_id', 'filename', 'content_type', 'size', 'text', 'text_status', 'created_at'])
    .where('item_id', 'in', itemIds)
    .orderBy('id')
    .execute();
}

export function findAttachment(db: Executor, itemId: number, attachmentId: number) {
  return db
    .selectFrom('library_attachments')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export async function deleteAttachment(db: Executor, itemId: number, attachmentId: number) {
  const result = await db
    .deleteFrom('library_attachments')
    .where('item_id', '=', itemId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
