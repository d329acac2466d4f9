import type { ComponentChildren } from 'preact';
import { localeNames, locales } from '../i18n/index';
import type { PageContext } from './page-context';

interface NavItem {
  href: string;
  label: string;
}

function navItems(ctx: PageContext): NavItem[] {
  const { t, user } = ctx;
  const items: NavItem[] = [{ href: '/programmes', label: t.programmes }];
  items.push({ href: '/events', label: t.events });
  if (user && user.role !== 'participant') {
    items.push({ href: '/organisations', label: t.organisations });
    items.push({ href: '/people', label: t.people });
  }
  if (user) items.push({ href: '/me', label: t.myPage });
  if (user) items.push({ href: '/me/next', label: t.nextSteps });
  if (user?.role === 'operator') {
    items.push({ href: '/admin/users', label: t.users });
    items.push({ href: '/admin/outbox', label: t.outbox });
    items.push({ href: '/admin/audit', label: t.auditLog });
  }
  return items;
}

/** The same page with another language: keeps the path and query, replaces `lang`. */
function withLang(path: string, lang: string) {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  return url.pathname + url.search;
}

export function Layout(props: {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  wide?: boolean;
  /** Extra tags for <head>, such as OpenGraph metadata on a shareable page. */
  head?: ComponentChildren;
}) {
  const { ctx, title } = props;
  const { t } = ctx;
  const current = ctx.path.split('?')[0] ?? '/';
  return (
    <html lang={ctx.locale} data-color-scheme="light" data-color="accent" data-size="md">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t.appName}`}</title>
        <link rel="stylesheet" href="/assets/ds/theme/designsystemet.css" />
        <link rel="stylesheet" href="/assets/ds/src/index.css" />
        <link rel="stylesheet" href="/assets/app.css" />
        <script type="module" src="/assets/app.js" nonce={ctx.nonce} />
        {props.head}
      </head>
      <body>
        <a class="ds-skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-logo" href="/">
              {t.appName}
            </a>
            <nav aria-label={t.mainNav} class="site-nav">
              <ul>
                {navItems(ctx).map((item) => (
                  <li key={item.href}>
                    <a
                      href={item.href}
                      aria-current={
                        current === item.href || current.startsWith(`${item.href}/`) ? 'page' : undefined
                      }
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div class="site-tools">
              <form method="get" action="/search" role="search" class="site-search" aria-label={t.searchSite}>
                <label class="visually-hidden" for="site-search-q">
                  {t.searchSite}
                </label>
                <input
                  class="ds-input"
                  data-size="sm"
                  id="site-search-q"
                  name="q"
                  type="search"
                  maxLength={200}
                />
                <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
                  {t.search}
                </button>
              </form>
              <nav aria-label={t.language} class="lang-switch">
                <ul>
                  {locales.map((l) => (
                    <li key={l}>
                      <a
                        href={withLang(ctx.path, l)}
                        lang={l}
                        hreflang={l}
                        aria-current={l === ctx.locale ? 'true' : undefined}
                      >
                        {localeNames[l]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {ctx.user ? (
                <form method="post" action="/logout" class="inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <span class="site-user">
                    <a href="/account">{ctx.user.name}</a>
                  </span>{' '}
                  <button type="submit" class="ds-button" data-variant="tertiary" data-size="sm">
                    {t.logOut}
                  </button>
                </form>
              ) : (
                <a class="ds-link" href="/login">
                  {t.logIn}
                </a>
              )}
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} class={props.wide ? 'page page--wide' : 'page'}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p class="ds-paragraph" data-size="sm">
            {t.appName} – {t.tagline}
          </p>
        </footer>
      </body>
    </html>
  );
}
