import { defineMessages } from '../../platform/i18n/index';

/** The mail a sender gets when their input is answered publicly. */
export const inputMailMessages = defineMessages({
  en: {
    subject: 'Your input has been answered: {title}',
    body: 'Hello,\n\nYour input "{title}" to {programme} has been answered:\n\n{answer}\n\nThe answer is published here: {link}\n\nYou get this e-mail because you gave your address when you sent the input. We use it for nothing else.',
  },
  nb: {
    subject: 'Innspillet ditt er besvart: {title}',
    body: 'Hei,\n\nInnspillet ditt «{title}» til {programme} er besvart:\n\n{answer}\n\nSvaret er publisert her: {link}\n\nDu får denne e-posten fordi du oppga adressen din da du sendte innspillet. Vi bruker den ikke til noe annet.',
  },
  sv: {
    subject: 'Ditt inspel har besvarats: {title}',
    body: 'Hej,\n\nDitt inspel ”{title}” till {programme} har besvarats:\n\n{answer}\n\nSvaret är publicerat här: {link}\n\nDu får det här mejlet eftersom du angav din adress när du skickade inspelet. Vi använder den inte till något annat.',
  },
});
