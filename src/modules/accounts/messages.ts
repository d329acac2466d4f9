import { defineMessages } from '../../platform/i18n/index';

export const messages = defineMessages({
  en: {
    loginTitle: 'Log in',
    email: 'E-mail',
    password: 'Password',
    loginFailed: 'The e-mail or password is wrong.',
    accountTitle: 'My account',
  },
  nb: {
    loginTitle: 'Logg inn',
    email: 'E-post',
    password: 'Passord',
    loginFailed: 'E-postadressen eller passordet er feil.',
    accountTitle: 'Min konto',
  },
  sv: {
    loginTitle: 'Logga in',
    email: 'E-post',
    password: 'Lösenord',
    loginFailed: 'E-postadressen eller lösenordet är fel.',
    accountTitle: 'Mitt konto',
  },
});
