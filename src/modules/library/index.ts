import { loadConfig } from '../../config';
import type { SamlingModule } from '../../platform/module';
import { registerPersonalData } from '../../platform/personal-data';
import { digestJob, libraryPersonalData } from './digest-service';
import { migrations } from './migrations';
import { libraryRoutes } from './routes';
import './tables';

// Part J: the knowledge bank's items, attachments, feeds and weekly digest.
export { createItem, updateItem, submitForReview, publishItem, unpublishItem, deleteItem } from './service';
export { addAttachment, removeAttachment, AttachmentTooLargeError } from './attachment-service';
export type { AttachmentInput } from './attachment-service';
export { getItem, getItemBySlug, listPublicItems } from './reads';
export type { PublicItemFilter } from './reads';
export { LibraryError } from './model';
export type { ItemInput, LibraryItem, AuthorRef, ItemLinks, ReferenceDetails } from './model';
export { themes, themeKeys, themeLabel, isTheme } from './themes';
export type { ThemeKey } from './themes';
export { itemKinds, itemLanguages, itemStatuses, audiences as itemAudiences } from './tables';
export type { ItemKind, ItemLanguage, ItemStatus, ItemAudience } from './tables';
export { renderMarkdown, markdownToText } from './markdown';
export { sendDigests, saveDigestChoice, getDigestChoice } from './digest-service';
export { audienceOf, itemDocument } from './search-documents';
// At load, so the accounts module's export and erasure include digest choices and item authorship.
registerPersonalData(libraryPersonalData);

export const libraryModule: SamlingModule = {
  name: 'library',
  migrations,
  routes: libraryRoutes,
  // The job has no request to ask; the address for links is read as the server reads it.
  jobs: [digestJob(() => loadConfig().baseUrl.replace(/\/+$/, ''))],
};
