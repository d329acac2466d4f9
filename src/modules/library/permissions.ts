import type { RequestUser } from '../../platform/http/context';
import type { LibraryItem } from './model';

// The rules, one line each (routes answer 404 whenever canRead is false, so a draft stays private):
//   anyone                    → read published public items
//   anyone logged in          → read published members items too ("network members")
//   staff (advisors, operators) → read drafts and items in review, create and edit items, add
//                               attachments, send to review, see earlier versions
//   operators                 → publish, unpublish and delete

/** Advisors and operators write the knowledge bank. */
export const isEditor = (user: RequestUser | null) => user?.role === 'advisor' || user?.role === 'operator';

/** Only operators make an item public or take it down. */
export const canPublish = (user: RequestUser | null) => user?.role === 'operator';

/** Whether `user` may read the item at all. */
export function canRead(user: RequestUser | null, item: Pick<LibraryItem, 'status' | 'audience'>): boolean {
  if (isEditor(user)) return true;
  if (item.status !== 'published') return false;
  return item.audience === 'public' || user != null;
}
