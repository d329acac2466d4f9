import { format } from '../../../platform/i18n/index';
import { Form } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';
import type { ProgrammeMessages } from '../messages';
import type { Participant } from '../model';

/**
 * A participant's contact people, each with the role in words ("Gro Grue – Mayor"), job title and,
 * for logged-in readers, e-mail. With `removeAction` (operators) each role gets a Remove button.
 */
export function ContactList(props: {
  ctx: PageContext;
  participant: Participant;
  m: ProgrammeMessages;
  showDetails: boolean;
  removeAction?: string;
}) {
  const { ctx, m } = props;
  if (props.participant.contacts.length === 0) return <>{m.noContacts}</>;
  return (
    <ul class="ds-list plain-list contact-list">
      {props.participant.contacts.map((c) => (
        <li key={`${c.person.id}-${c.role}`}>
          {c.person.name} – {m[`role.${c.role}`]}
          {c.person.title ? `, ${c.person.title}` : ''}
          {props.showDetails && c.person.email ? (
            <>
              {' '}
              <a class="ds-link" href={`mailto:${c.person.email}`}>
                {c.person.email}
              </a>
            </>
          ) : null}
          {props.removeAction ? (
            <>
              {' '}
              <Form ctx={ctx} action={props.removeAction} class="inline-form">
                <input type="hidden" name="person_id" value={String(c.person.id)} />
                <input type="hidden" name="role" value={c.role} />
                <button
                  type="submit"
                  class="ds-button"
                  data-variant="tertiary"
                  data-size="sm"
                  aria-label={format(m.removeContactNamed, {
                    name: c.person.name,
                    role: m[`role.${c.role}`],
                  })}
                >
                  {m.remove}
                </button>
              </Form>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
