import { reglabCases } from './gatherings-reglab-cases';
import type { DemoCaseWork } from './gatherings-types';

// Seed 001: the homework before WS2 ("Läxa inför WS2", its two questions in our words), WS2's six
// coaching groups with a few A3 summaries, the case log, and Backspegel answers ("Detta tar jag med
// mig!", "Det vill jag höra mer om framöver!"). The summaries, log entries and answers are fictional.

export const reglabCaseWork: DemoCaseWork = {
  programme: 'regional-fysisk-planering',
  organiser: 'operator@reglab.example',
  event: 'ws2',
  homework: {
    title: { sv: 'Läxa inför WS2', nb: 'Lekse før WS2', en: 'Homework before WS2' },
    instructions: {
      sv:
        '1) Beskriv ert case: vad vill ni uppnå med samverkansprojektet, vilka är utmaningarna, vilken roll har ' +
        'regionen och vilka andra intressenter är inblandade? 2) Lyft en frågeställning ni vill ha stöd kring ' +
        'och/eller en lärdom eller insikt som kan vara relevant för andra.',
      nb:
        '1) Beskriv caset: hva vil dere oppnå med samarbeidsprosjektet, hva er utfordringene, hvilken rolle har ' +
        'regionen og hvilke andre interessenter er med? 2) Løft et spørsmål dere vil ha støtte til og/eller en ' +
        'lærdom eller innsikt som kan være nyttig for andre.',
      en:
        '1) Describe your case: what should the cooperation project achieve, what are the challenges, what is ' +
        "the region's role and who else is involved? 2) Raise a question you want support with and/or a " +
        'lesson or insight that may be useful to others.',
    },
    // A week before WS2 (the seed gives no due date).
    dueAt: '2014-08-27T16:00',
  },
  cases: reglabCases,
  groups: 6,
  summaries: [
    {
      group: 1,
      by: 'operator@reglab.example',
      body:
        'Grupp 1: SKL, Tillväxtverket, Tillväxtanalys och Boverket. De nationella aktörerna deltar i lärprojektet ' +
        'utan eget case i Samling (bara kommuner, regioner och län är deltagare). Gemensamma frågor (fiktivt ' +
        'exempel): Hur stöttar nationell nivå regionerna utan att ta över? Vilka underlag behöver regionerna?',
    },
    {
      group: 2,
      by: 'projektledare@blekinge.example',
      body:
        'Fiktivt exempel. Kritiska frågor: 1) Legitimitet utan formellt mandat. 2) Hur två regioner äger ett ' +
        'case tillsammans. 3) Lagom detaljnivå i regionala underlag.',
    },
    {
      group: 5,
      by: 'projektledare@varmland.example',
      body:
        'Fiktivt exempel. Kritiska frågor: 1) Regionens roll – översättare eller drivande part? 2) Att synka ' +
        'planer med olika tidshorisont. 3) Att koppla statliga investeringar till regional utveckling.',
    },
    {
      group: 6,
      by: 'projektledare@stockholm.example',
      body:
        'Fiktivt exempel. Kritiska frågor: 1) Hur en strukturbild faktiskt används. 2) Vad som går att flytta ' +
        'mellan stora och små regioner.',
    },
  ],
  log: [
    {
      event: 'ws1',
      body: 'Caset valdes på WS1; utmaningar och knäckfrågor diskuterades. (Fiktiv anteckning.)',
    },
    { event: 'ws2', body: 'Caset presenterades i coachinggrupp {group} på WS2. (Fiktiv anteckning.)' },
  ],
  retrospectives: [
    {
      event: 'ws1',
      account: 'projektledare@varmland.example',
      takeWith: 'Fiktivt svar: att regionens uppgift är att översätta och främja.',
      hearMore: 'Mandat och legitimitet.',
    },
    {
      event: 'ws1',
      account: 'projektledare@stockholm.example',
      takeWith: 'Fiktivt svar: copetition – konkurrens och samarbete på en gång.',
      hearMore: 'Flernivåstyrning i praktiken.',
    },
    {
      event: 'ws2',
      account: 'projektledare@varmland.example',
      takeWith: 'Fiktivt svar: Boverkets exempel på samverkan mellan regional och kommunal nivå.',
      hearMore: 'Verktyg för att visualisera rollerna i en planeringsprocess.',
    },
    {
      event: 'ws2',
      account: 'projektledare@stockholm.example',
      takeWith: 'Fiktivt svar: coachingen i smågrupp gav nya frågor till vårt eget case.',
      hearMore: 'Hur andra regioner för in erfarenheterna på hemmaplan.',
    },
    {
      event: 'ws2',
      account: 'projektledare@blekinge.example',
      takeWith: 'Fiktivt svar: teorierna om samverkan satte ord på det vi gör.',
      hearMore: 'Kommundialog – hur gör man den konkret?',
    },
    {
      event: 'ws3',
      account: 'projektledare@blekinge.example',
      takeWith: 'Fiktivt svar: en enkel karta räcker långt i dialogen.',
      hearMore: 'Framsyn och scenarier inför WS4.',
    },
  ],
};

/** The text a case handed in: its own description and question, as the homework asks (fictional). */
