import type { StaffTaskWording } from './types.ts';

const en: StaffTaskWording = {
  heading: 'What do you need to do?',
  intro: 'Start here. Each task leads to the routine, says how long you have and who is responsible.',
  titles: {
    breach: 'A personal data breach happened',
    request: 'Someone asks for their data',
    email: 'How long do I keep e-mail?',
    'new-processing': 'I start a new processing activity',
  },
  first: {
    breach: 'Data were lost, shown to the wrong person or changed by mistake. Report it at once.',
    request: 'A person wants to know which data we hold about them. Note the date the request came in.',
    email: 'E-mail must not be kept longer than needed. Sensitive data do not belong in e-mail.',
    'new-processing': 'You want to use personal data in a new way or in a new system. Talk to the person responsible before you start.',
  },
  deadlines: 'Deadlines',
  responsible: 'Responsible',
  routineLink: (title) => `Routine: ${title}`,
  noRoutine: 'No routine for this has been described yet.',
  askManager: 'Ask your manager.',
  answer: 'Answer to the requester',
  extension: 'Extension for many or complex requests',
  emailNoRule: 'No retention rule for e-mail has been described yet.',
  retentionPlan: 'Retention plan',
  register: 'Record of processing',
  beforeStart: 'Before the processing starts: it must be in the record of processing',
  roles: {
    ceo: 'CEO',
    dpo: 'data protection officer',
    'responsible-manager': 'responsible manager',
    'board-member': 'board member',
    'board-chair': 'chair of the board',
    coordinator: 'coordinator',
    'it-manager': 'IT manager',
    other: 'contact person',
  },
  dashboard: "The data protection officer's overview",
};
export default en;
