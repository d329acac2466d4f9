import { format } from '../../../platform/i18n/index';
import { Form } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { adminMessages } from '../admin-messages';

/** The confirm step before erasing a person: says what will happen, and that it is final. */
export function ErasePage(props: { ctx: PageContext; user: { id: number; name: string; email: string } }) {
  const { ctx, user } = props;
  const m = adminMessages(ctx.locale);
  const title = format(m.eraseTitle, { name: user.name });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{user.email}</p>
      <div class="ds-alert" data-color="warning">
        <p class="ds-paragraph">{m.eraseIntro}</p>
      </div>
      <Form ctx={ctx} action={`/admin/users/${user.id}/erase`} class="cluster">
        <button type="submit" class="ds-button" data-variant="primary" data-color="danger">
          {m.eraseConfirm}
        </button>
        <a class="ds-link" href="/admin/users">
          {ctx.t.cancel}
        </a>
      </Form>
    </Layout>
  );
}
