import { defineMessages } from '../../platform/i18n/index';

/** Texts of the personal calendar feed page. */
export const calendarMessages = defineMessages({
  en: {
    title: 'My calendar feed',
    intro:
      'Subscribe to this address in your calendar (Outlook, Google Calendar, Apple Calendar) to see every gathering you are registered for, and the sessions you chose. It updates by itself.',
    secret: 'Keep the address to yourself: anyone who has it can see your gatherings.',
    yourUrl: 'Your feed address',
    shownOnce: 'Copy it now: we store only a fingerprint of it, so it is shown only this once.',
    hasFeed:
      'You made a feed address on {date}. If you have lost it, or someone else may have it, make a new one: the old one then stops working.',
    noFeed: 'You have no feed address yet.',
    create: 'Make my feed address',
    renew: 'Make a new feed address',
    feedName: 'Samling: my gatherings',
  },
  nb: {
    title: 'Min kalenderstrøm',
    intro:
      'Abonner på denne adressen i kalenderen din (Outlook, Google Kalender, Apple Kalender) for å se alle samlinger du er påmeldt, og lærpassene du valgte. Den oppdateres av seg selv.',
    secret: 'Hold adressen for deg selv: alle som har den, kan se samlingene dine.',
    yourUrl: 'Adressen til kalenderstrømmen din',
    shownOnce: 'Kopier den nå: vi lagrer bare et fingeravtrykk av den, så den vises bare denne ene gangen.',
    hasFeed:
      'Du lagde en kalenderadresse {date}. Har du mistet den, eller kan noen andre ha den, lager du en ny: den gamle slutter da å virke.',
    noFeed: 'Du har ingen kalenderadresse ennå.',
    create: 'Lag kalenderadressen min',
    renew: 'Lag en ny kalenderadresse',
    feedName: 'Samling: mine samlinger',
  },
  sv: {
    title: 'Mitt kalenderflöde',
    intro:
      'Prenumerera på den här adressen i din kalender (Outlook, Google Kalender, Apple Kalender) för att se alla träffar du är anmäld till och de lärpass du valt. Den uppdateras av sig själv.',
    secret: 'Håll adressen för dig själv: alla som har den kan se dina träffar.',
    yourUrl: 'Adressen till ditt kalenderflöde',
    shownOnce: 'Kopiera den nu: vi sparar bara ett fingeravtryck av den, så den visas bara den här gången.',
    hasFeed:
      'Du skapade en kalenderadress {date}. Har du tappat bort den, eller kan någon annan ha den, skapar du en ny: den gamla slutar då att fungera.',
    noFeed: 'Du har ingen kalenderadress än.',
    create: 'Skapa min kalenderadress',
    renew: 'Skapa en ny kalenderadress',
    feedName: 'Samling: mina träffar',
  },
});
