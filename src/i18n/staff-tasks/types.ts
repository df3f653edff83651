/** Wording of the handbook start page's task entry points ("what do I do if …"). */
import type { ROLE_KINDS } from '../../model/schemas/people.ts';

type RoleKind = (typeof ROLE_KINDS)[number];

export type StaffTaskId = 'breach' | 'request' | 'email' | 'new-processing';

export interface StaffTaskWording {
  heading: string;
  intro: string;
  titles: Record<StaffTaskId, string>;
  /** What to do first, in one sentence per task. */
  first: Record<StaffTaskId, string>;
  deadlines: string;
  responsible: string;
  routineLink: (title: string) => string;
  noRoutine: string;
  /** When no one is named: who to ask. */
  askManager: string;
  /** The answer to a request without a routine's own deadlines: from organisation.rights. */
  answer: string;
  extension: string;
  emailNoRule: string;
  retentionPlan: string;
  register: string;
  beforeStart: string;
  /** Role names when a person's role has no title of its own. */
  roles: Record<RoleKind, string>;
  /** Heading of the DPO's overview, below the tasks. */
  dashboard: string;
}
