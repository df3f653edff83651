import type { StaffTaskWording } from './types.ts';

const sv: StaffTaskWording = {
  heading: 'Vad behöver du göra?',
  intro: 'Börja här. Varje uppgift leder till rutinen, säger hur lång tid du har och vem som ansvarar.',
  titles: {
    breach: 'Det har hänt en personuppgiftsincident',
    request: 'Någon vill ha ut sina uppgifter',
    email: 'Hur länge sparar jag e-post?',
    'new-processing': 'Jag ska börja en ny behandling',
  },
  first: {
    breach: 'Uppgifter har kommit bort, visats för fel person eller ändrats av misstag. Säg till direkt.',
    request: 'En person vill veta vilka uppgifter vi har om hen. Notera datumet då begäran kom in.',
    email: 'E-post ska inte sparas längre än det behövs. Känsliga uppgifter hör inte hemma i e-post.',
    'new-processing': 'Du vill använda personuppgifter på ett nytt sätt eller i ett nytt system. Prata med den ansvariga innan du börjar.',
  },
  deadlines: 'Tidsfrister',
  responsible: 'Ansvarig',
  routineLink: (title) => `Rutin: ${title}`,
  noRoutine: 'Ingen rutin för detta är beskriven ännu.',
  askManager: 'Fråga din chef.',
  answer: 'Svar till den som frågar',
  extension: 'Förlängning vid många eller svåra begäranden',
  emailNoRule: 'Ingen gallringsregel för e-post är beskriven ännu.',
  retentionPlan: 'Gallringsplanen',
  register: 'Registerförteckningen',
  beforeStart: 'Innan behandlingen börjar: den ska finnas i registerförteckningen',
  roles: {
    ceo: 'vd',
    dpo: 'dataskyddsombud',
    'responsible-manager': 'verksamhetschef',
    'board-member': 'styrelseledamot',
    'board-chair': 'styrelsens ordförande',
    coordinator: 'samordnare',
    'it-manager': 'IT-ansvarig',
    other: 'kontaktperson',
  },
  dashboard: 'Översikt för dataskyddsombudet',
};
export default sv;
