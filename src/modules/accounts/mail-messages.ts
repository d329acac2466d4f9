import { defineMessages } from '../../platform/i18n/index';

/** The mails the accounts module sends; `{name}` and `{url}` are filled in, plain text. */
export const mailMessages = defineMessages({
  en: {
    resetSubject: 'Choose a new password for Samling',
    resetBody:
      'Hello {name},\n\nSomeone, hopefully you, asked to reset the password of your Samling login. ' +
      'Open this link within one hour to choose a new password:\n\n{url}\n\n' +
      'The link works once. If you did not ask for this, ignore this mail: your password stays as it is.',
    verifySubject: 'Confirm your e-mail address for Samling',
    verifyBody:
      'Hello {name},\n\nOpen this link within 7 days to confirm that this is your e-mail address:\n\n{url}\n\n' +
      'The link works once. If you do not have a Samling login, ignore this mail.',
    inviteSubject: 'Your login for Samling',
    inviteBody:
      'Hello {name},\n\nA login for Samling has been created for you with this e-mail address. ' +
      'Open this link within 7 days to choose your password:\n\n{url}\n\n' +
      'The link works once. If you were not expecting this, ignore this mail.',
  },
  nb: {
    resetSubject: 'Velg nytt passord for Samling',
    resetBody:
      'Hei {name},\n\nNoen, forhåpentligvis du, har bedt om å nullstille passordet til innloggingen din i Samling. ' +
      'Åpne denne lenken innen en time for å velge nytt passord:\n\n{url}\n\n' +
      'Lenken virker én gang. Har du ikke bedt om dette, kan du se bort fra e-posten: passordet ditt er uendret.',
    verifySubject: 'Bekreft e-postadressen din for Samling',
    verifyBody:
      'Hei {name},\n\nÅpne denne lenken innen 7 dager for å bekrefte at dette er e-postadressen din:\n\n{url}\n\n' +
      'Lenken virker én gang. Har du ikke innlogging i Samling, kan du se bort fra e-posten.',
    inviteSubject: 'Innloggingen din i Samling',
    inviteBody:
      'Hei {name},\n\nDet er opprettet en innlogging i Samling til deg med denne e-postadressen. ' +
      'Åpne denne lenken innen 7 dager for å velge passord:\n\n{url}\n\n' +
      'Lenken virker én gang. Venter du ikke dette, kan du se bort fra e-posten.',
  },
  sv: {
    resetSubject: 'Välj ett nytt lösenord för Samling',
    resetBody:
      'Hej {name},\n\nNågon, förhoppningsvis du, har bett om att återställa lösenordet till din inloggning i Samling. ' +
      'Öppna den här länken inom en timme för att välja ett nytt lösenord:\n\n{url}\n\n' +
      'Länken fungerar en gång. Om du inte har bett om detta kan du bortse från mejlet: ditt lösenord är oförändrat.',
    verifySubject: 'Bekräfta din e-postadress för Samling',
    verifyBody:
      'Hej {name},\n\nÖppna den här länken inom 7 dagar för att bekräfta att det här är din e-postadress:\n\n{url}\n\n' +
      'Länken fungerar en gång. Om du inte har en inloggning i Samling kan du bortse från mejlet.',
    inviteSubject: 'Din inloggning i Samling',
    inviteBody:
      'Hej {name},\n\nEn inloggning i Samling har skapats åt dig med den här e-postadressen. ' +
      'Öppna den här länken inom 7 dagar för att välja lösenord:\n\n{url}\n\n' +
      'Länken fungerar en gång. Om du inte väntade dig detta kan du bortse från mejlet.',
  },
});
