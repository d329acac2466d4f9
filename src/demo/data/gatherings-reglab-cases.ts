import type { DemoCase } from './gatherings-types';

// Seed 001: every region follows its own case through the learning project; before WS2 each case
// was described as homework ("Läxa inför WS2"), and at WS2 the cases met in the six coaching groups
// of "WS casen". The groups are the seed's; the cases' texts, the hand-ins, the A3 summaries and the
// Backspegel answers are fictional, and say so.
//
// Group 1 of the seed (SKL, Tillväxtverket, Tillväxtanalys, Boverket) are national bodies. A case
// belongs to a participant of the programme, and a programme's participants are municipalities,
// city regions and counties, so group 1 is there with its number but holds no case; its A3 says why.
// "Dalarna/Örebro" is one joint case in the seed: it is Dalarna's case here, written for both.

const FICTIONAL = '(Fiktivt exempel.)';

const kase = (
  organisation: string,
  owner: string,
  group: number,
  title: string,
  texts: { goal: string; challenges: string; role: string; stakeholders: string; question: string },
  themes: string[],
  extra: Partial<DemoCase> = {},
): DemoCase => ({
  organisation,
  owner,
  group,
  title,
  goal: `${texts.goal} ${FICTIONAL}`,
  challenges: texts.challenges,
  regionRole: texts.role,
  stakeholders: texts.stakeholders,
  question: texts.question,
  themes,
  ...extra,
});

const onTime = (on: string, at = '15:00') => ({ handedIn: { on, at } });

/** The cases of seed 001's coaching groups 2–6 (fictional texts). */
export const reglabCases: DemoCase[] = [
  kase(
    'se-10',
    'blekinge-pl',
    2,
    'Gemensam strukturbild för kustzonen',
    {
      goal: 'En strukturbild som kommunerna och regionen står bakom, som stöd för översiktsplanerna.',
      challenges: 'Kommunerna planerar i olika takt; strukturbilden får inte uppfattas som överprövning.',
      role: 'Sammankallande och "översättare" mellan nationella mål och kommunal planering.',
      stakeholders: 'Kommunerna, länsstyrelsen, Trafikverket.',
      question: 'Hur får en frivillig strukturbild legitimitet utan formellt mandat?',
    },
    ['strukturbild', 'mandat'],
    onTime('2014-08-25'),
  ),
  kase(
    'se-20',
    'dalarna-pl',
    2,
    'Dalarna/Örebro: gemensamt case om stråket mellan länen',
    {
      goal: 'Gemensamt underlag för bostäder och pendling i stråket mellan två län.',
      challenges: 'Två regioner, två planeringskulturer och olika politiska prioriteringar.',
      role: 'Regionerna samordnar och tar fram kunskapsunderlag tillsammans.',
      stakeholders: 'Kommunerna längs stråket, Trafikverket, länstrafiken i båda länen.',
      question: 'Hur organiserar man ett case som ägs av två regioner?',
    },
    ['pendling', 'flernivåstyrning'],
    onTime('2014-08-26'),
  ),
  kase(
    'se-21',
    'gavleborg-pl',
    2,
    'Regional bild av bostadsbehoven',
    {
      goal: 'En gemensam bild av bostadsbehoven som kommunerna kan använda i sina riktlinjer.',
      challenges: 'Olika sätt att räkna; kommunerna vill inte jämföras.',
      role: 'Tar fram underlag och leder dialogen.',
      stakeholders: 'Kommunerna, bostadsbolagen, länsstyrelsen.',
      question: 'Vilken detaljnivå är lagom för ett regionalt underlag?',
    },
    ['bostäder'],
    onTime('2014-08-22'),
  ),
  kase(
    'se-13',
    'halland-pl',
    3,
    'Kustnära tillväxt och grönstruktur',
    {
      goal: 'Balans mellan tillväxt längs kusten och en sammanhängande grönstruktur.',
      challenges: 'Starka markintressen och ett högt exploateringstryck.',
      role: 'Främjande: samla kunskap och skapa mötesplatser.',
      stakeholders: 'Kommunerna, länsstyrelsen, markägare.',
      question: 'Hur lyfter man grönstrukturen till en regional fråga?',
    },
    ['grönstruktur', 'tillväxt'],
    onTime('2014-08-20'),
  ),
  kase(
    'se-23',
    'jamtland-pl',
    3,
    'Tillgänglighet i glesbygd',
    {
      goal: 'En regional bild av tillgänglighet till service i glesa delar av länet.',
      challenges: 'Långa avstånd, få invånare och små kommunala planeringsresurser.',
      role: 'Analys och stöd till kommunerna.',
      stakeholders: 'Kommunerna, kollektivtrafiken, servicegivare.',
      question: 'Hur blir analysen användbar i kommunernas planering?',
    },
    ['tillgänglighet', 'glesbygd'],
    onTime('2014-08-27', '11:30'),
  ),
  kase(
    'se-24',
    'vasterbotten-pl',
    3,
    'Stråk längs kusten och inlandet',
    {
      goal: 'Samsyn om vilka stråk som ska prioriteras i länet.',
      challenges: 'Kust och inland har olika behov; prioriteringar väcker konflikter.',
      role: 'Processledare för dialogen mellan kommunerna.',
      stakeholders: 'Kommunerna, Trafikverket, näringslivet.',
      question: 'Hur hanterar man prioriteringar som någon förlorar på?',
    },
    ['stråk', 'prioritering'],
    onTime('2014-08-26'),
  ),
  kase(
    'se-25',
    'norrbotten-pl',
    4,
    'Planering för en växande gruvnäring',
    {
      goal: 'Samordnad planering av bostäder och infrastruktur när näringslivet växer snabbt.',
      challenges: 'Snabba förändringar och osäkra prognoser.',
      role: 'Samordnare mellan kommuner, företag och staten.',
      stakeholders: 'Kommunerna, företagen, Trafikverket, länsstyrelsen.',
      question: 'Hur planerar man under stor osäkerhet?',
    },
    ['osäkerhet', 'infrastruktur'],
    { handedIn: { on: '2014-09-02', at: '10:15' } },
  ),
  kase(
    'se-06',
    'jonkoping-pl',
    4,
    'Kommunöverskridande översiktsplanering',
    {
      goal: 'Gemensamma ställningstaganden i kommunernas översiktsplaner.',
      challenges: 'Varje kommun äger sin planering; samarbetet är frivilligt.',
      role: 'Initiativtagare och värd för ett planeringsforum.',
      stakeholders: 'Kommunerna, länsstyrelsen.',
      question: 'Hur håller man ett frivilligt forum levande över tid?',
    },
    ['översiktsplanering', 'samverkan'],
    onTime('2014-08-21'),
  ),
  kase(
    'se-05',
    'ostergotland-pl',
    5,
    'Ostlänken och regionens struktur',
    {
      goal: 'Att kommunerna planerar tillsammans för en ny järnväg och dess stationsorter.',
      challenges: 'Stora investeringar, lång tidshorisont och många aktörer.',
      role: 'Samordnande och drivande gentemot staten.',
      stakeholders: 'Kommunerna, Trafikverket, grannregionerna.',
      question: 'Hur kopplar man en nationell investering till regional utveckling?',
    },
    ['infrastruktur', 'stationsorter'],
    onTime('2014-08-25'),
  ),
  // Kronoberg did not hand in before WS2.
  kase(
    'se-07',
    'kronoberg-pl',
    5,
    'Regional kollektivtrafik och bebyggelse',
    {
      goal: 'Att bebyggelse och kollektivtrafik planeras tillsammans.',
      challenges: 'Olika planeringsprocesser och tidsplaner.',
      role: 'Regional kollektivtrafikmyndighet och samordnare.',
      stakeholders: 'Kommunerna, trafikföretagen.',
      question: 'Hur synkar man trafikförsörjningsprogrammet med översiktsplanerna?',
    },
    ['kollektivtrafik', 'bebyggelse'],
  ),
  kase(
    'se-17',
    'varmland-pl',
    5,
    'Region Värmland: regionens roll i kommunernas planering',
    {
      goal: 'Tydliggöra hur regionen stöttar kommunernas översiktsplanering.',
      challenges: 'Regionen saknar formellt planmandat; förväntningarna skiljer sig mellan kommunerna.',
      role: 'Översättare och främjare, inte myndighet.',
      stakeholders: 'Kommunerna, länsstyrelsen, näringslivet.',
      question: 'Är regionen översättare eller drivande part – och vem avgör det?',
    },
    ['mandat', 'roller'],
    {
      ...onTime('2014-08-26', '09:40'),
      file: {
        filename: 'varmland-case-skiss.txt',
        contentType: 'text/plain',
        text: 'Fiktiv skiss till demon: kommunerna, regionen och länsstyrelsen i en enkel rollkarta.\n',
      },
    },
  ),
  kase(
    'se-14',
    'vgr-pl',
    6,
    'VGR: strukturbild för Västra Götaland',
    {
      goal: 'En gemensam strukturbild för hela regionen, med kommunalförbunden som bärare.',
      challenges: 'Många kommuner och flera nivåer av samverkan.',
      role: 'Samordnar och tar fram gemensamma underlag.',
      stakeholders: 'Kommunalförbunden, kommunerna, länsstyrelsen.',
      question: 'Hur får man en strukturbild att användas?',
    },
    ['strukturbild', 'flernivåstyrning'],
    onTime('2014-08-27', '15:55'),
  ),
  kase(
    'se-01',
    'stockholm-pl',
    6,
    'Stockholmsregionen: samverkan i RUFS',
    {
      goal: 'Erfarenheter av hur samverkan med kommunerna riggas i den regionala utvecklingsplanen.',
      challenges: 'Storleken: många kommuner, stora frågor och lång tid.',
      role: 'Regionplaneorgan med ansvar för den regionala planen.',
      stakeholders: 'Kommunerna, grannlänen, staten.',
      question: 'Vad i Stockholms arbetssätt går att använda i andra regioner?',
    },
    ['regional plan', 'samverkan'],
    onTime('2014-08-19'),
  ),
];

/** The text a case handed in: its own description and question, as the homework asks (fictional). */
export function handInText(c: DemoCase): string {
  return [
    'Fiktiv inlämning till demon.',
    `1) ${c.title}. ${c.goal} Utmaningar: ${c.challenges} Regionens roll: ${c.regionRole} ` +
      `Andra intressenter: ${c.stakeholders}`,
    `2) ${c.question}`,
  ].join('\n\n');
}
