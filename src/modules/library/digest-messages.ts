import { defineMessages } from '../../platform/i18n/index';

/** The weekly digest: the choice page and the e-mail. */
export const digestMessages = defineMessages({
  en: {
    title: 'Weekly digest',
    intro:
      'Once a week we e-mail you the new items in the knowledge bank on the programmes and themes you choose. Choose none to get no digest.',
    programmes: 'Programmes',
    themes: 'Themes',
    save: 'Save my choice',
    saved: 'Your choice is saved.',
    off: 'You get no digest now.',
    sentTo: 'The digest goes to {email}.',
    subject: 'New in the knowledge bank, week {week}',
    mailIntro: 'New items this week on your programmes and themes:',
    mailFooter: 'Change or stop the digest: {link}',
  },
  nb: {
    title: 'Ukentlig oppsummering',
    intro:
      'En gang i uken sender vi deg nytt innhold i kunnskapsbanken om programmene og temaene du velger. Velg ingen for å ikke få oppsummering.',
    programmes: 'Program',
    themes: 'Tema',
    save: 'Lagre valget',
    saved: 'Valget ditt er lagret.',
    off: 'Du får ingen oppsummering nå.',
    sentTo: 'Oppsummeringen går til {email}.',
    subject: 'Nytt i kunnskapsbanken, uke {week}',
    mailIntro: 'Nytt denne uken om programmene og temaene dine:',
    mailFooter: 'Endre eller stopp oppsummeringen: {link}',
  },
  sv: {
    title: 'Veckosammanfattning',
    intro:
      'En gång i veckan mejlar vi dig nytt innehåll i kunskapsbanken om de program och teman du väljer. Välj inga för att inte få någon sammanfattning.',
    programmes: 'Program',
    themes: 'Teman',
    save: 'Spara mitt val',
    saved: 'Ditt val är sparat.',
    off: 'Du får ingen sammanfattning nu.',
    sentTo: 'Sammanfattningen skickas till {email}.',
    subject: 'Nytt i kunskapsbanken, vecka {week}',
    mailIntro: 'Nytt denna vecka om dina program och teman:',
    mailFooter: 'Ändra eller stoppa sammanfattningen: {link}',
  },
});
