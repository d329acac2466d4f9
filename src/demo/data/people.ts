import type { DemoPerson } from './types';

/** A fictional person with one organisation, whose role there is their title. */
export const person = (
  key: string,
  name: string,
  email: string,
  title: string,
  organisation: string,
): DemoPerson => ({
  key,
  name,
  email,
  title,
  organisations: [{ organisation, role: title }],
});
