import { MessagePage } from '../../../platform/views/message-page';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';

export type LinkPageState = 'used' | 'expired' | 'unknown' | 'verified';

/**
 * What a link from a mail says when it cannot (or can no longer) be used, or when it confirmed an
 * address: a page that explains and points to the next step, never a bare error.
 */
export function LinkStatePage(props: { ctx: PageContext; kind: 'reset' | 'verify'; state: LinkPageState }) {
  const { ctx, kind, state } = props;
  const m = messages(ctx.locale);
  const toAccount = { href: '/account', label: m.goToAccount };
  const newLink = { href: '/forgot', label: m.askNewLink };
  const texts: Record<LinkPageState, [string, string]> = {
    used: [m.linkUsedTitle, kind === 'verify' ? m.verifyUsedBody : m.linkUsedBody],
    expired: [m.linkExpiredTitle, kind === 'verify' ? m.verifyExpiredBody : m.linkExpiredBody],
    unknown: [m.linkUnknownTitle, m.linkUnknownBody],
    verified: [m.verifyDoneTitle, m.verifyDoneBody],
  };
  const [title, body] = texts[state];
  return <MessagePage ctx={ctx} title={title} body={body} link={kind === 'verify' ? toAccount : newLink} />;
}
