import type { Executor } from '../../platform/db/database';

/** An event row, or undefined. Every route that names an event starts here. */
export function findEvent(db: Executor, id: number) {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An agenda item of the given event, or undefined (an item of another event is not found). */
export function findAgendaItem(db: Executor, eventId: number, itemId: number) {
  return db
    .selectFrom('agenda_items')
    .selectAll()
    .where('id', '=', itemId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}
