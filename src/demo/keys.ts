/**
 * The database ids the loaders have made so far, by the demo data's own keys. A key that is not
 * there is a mistake in src/demo/data, so `need` names it instead of failing later on a null id.
 */
export class DemoIds {
  organisations = new Map<string, number>();
  people = new Map<string, number>();
  /** Login ids by e-mail. */
  users = new Map<string, number>();
  /** Login ids by the key of the person they belong to. */
  usersByPerson = new Map<string, number>();

  organisation(key: string): number {
    return need(this.organisations, key, 'organisation');
  }

  person(key: string): number {
    return need(this.people, key, 'person');
  }

  user(email: string): number {
    return need(this.users, email, 'demo account');
  }
}

function need(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo data refers to an unknown ${what} "${key}"`);
  return id;
}
