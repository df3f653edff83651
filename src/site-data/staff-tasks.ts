/**
 * The handbook start page's task entry points: what staff come for (a breach,
 * a request for data, how long e-mail is kept, a new processing activity),
 * each with the routine to follow, its deadlines and who is responsible — all
 * from the model (routines, organisation.rights, people and their roles).
 * Missing content reads naturally: no routine means no link and a plain
 * sentence, no owner falls back to the DPO, then the CEO, then "ask your manager".
 */
import type { Model } from '../model/model.ts';
import type { Person, Routine } from '../model/schemas/index.ts';
import { citeLaw, formatDeadline, phrase, retentionShort } from '../format/index.ts';
import { staffTaskWording, type StaffTaskId } from '../i18n/staff-tasks/index.ts';
import { t } from './text.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface StaffTask {
  id: StaffTaskId;
  title: string;
  first: string;
  /** The routine (or page) to open; absent when nothing is described. */
  link?: { href: string; label: string };
  /** Shown when there is no routine or rule to link to. */
  note?: string;
  deadlines: string[];
  responsible: string;
  /** The second link of the e-mail and new-processing tasks (retention plan, record). */
  more?: { href: string; label: string };
}

const routineHref = (r: Routine & { id: string }) => `/rutiner/#${r.id}`;

/** "Lena Dahl, Dataskyddsombud för alla bolag i gruppen" — the person and their first role. */
function who(person: (Person & { id: string }) | undefined, lang: Locale): string | undefined {
  if (!person) return undefined;
  const role = person.roles[0];
  const w = staffTaskWording(lang);
  const title = role ? (role.title ? t(role.title, lang) : w.roles[role.role]) : undefined;
  return title ? `${person.name}, ${title}` : person.name;
}

function responsible(model: Model, lang: Locale, owner?: string): string {
  const people = model.byId.people;
  const ceo = model.people.find((p) => p.roles.some((r) => r.role === 'ceo' && (!r.entity || r.entity === model.organisation.parent)));
  return who(owner ? people.get(owner) : undefined, lang) ?? who(model.organisation.dpo ? people.get(model.organisation.dpo) : undefined, lang) ?? who(ceo, lang) ?? staffTaskWording(lang).askManager;
}

const deadlines = (r: Routine | undefined, lang: Locale) => (r?.deadlines ?? []).map((d) => `${phrase(t(d.what, lang))}: ${formatDeadline(d, lang)}`);

export function staffTasks(model: Model, lang: Locale): StaffTask[] {
  const w = staffTaskWording(lang);
  const routine = (test: (r: Routine) => boolean) => model.routines.find(test);
  const linkTo = (r: (Routine & { id: string }) | undefined) => (r ? { link: { href: routineHref(r), label: w.routineLink(t(r.title, lang)) } } : { note: w.noRoutine });
  const task = (id: StaffTaskId, rest: Omit<StaffTask, 'id' | 'title' | 'first'>): StaffTask => ({ id, title: w.titles[id], first: w.first[id], ...rest });

  const breach = routine((r) => r.kind === 'breach');
  const access = routine((r) => r.kind === 'rights-request' && r.right === 'access');
  const email = routine((r) => r.kind === 'email');
  const emailActivity = email?.activity ? model.byId.activities.get(email.activity) : undefined;
  const rights = model.organisation.rights;
  const law = (c?: { law: string; section?: string }) => (c ? citeLaw(model.byId.laws.get(c.law), c, lang, 'short') : undefined);

  return [
    task('breach', { ...linkTo(breach), deadlines: deadlines(breach, lang), responsible: responsible(model, lang, breach?.owner) }),
    task('request', {
      ...linkTo(access),
      // The routine's own deadlines, else the answer time of organisation.rights.
      deadlines: access?.deadlines.length
        ? deadlines(access, lang)
        : [`${w.answer}: ${formatDeadline({ within: rights.responseDeadline }, lang)}`, `${w.extension}: ${formatDeadline({ within: rights.extension }, lang)}`],
      responsible: responsible(model, lang, access?.owner),
    }),
    task('email', {
      ...(email ? linkTo(email) : {}),
      ...(emailActivity ? {} : { note: w.emailNoRule }),
      deadlines: [
        ...(emailActivity?.retention ?? []).map((r) =>
          retentionShort(
            r,
            { ...(law(r.law) ? { law: law(r.law)! } : {}), ...(r.handedOverTo && model.byId.recipients.get(r.handedOverTo) ? { handedOverTo: model.byId.recipients.get(r.handedOverTo)! } : {}) },
            lang,
          ),
        ),
        ...deadlines(email, lang),
      ],
      responsible: responsible(model, lang, email?.owner ?? emailActivity?.responsible),
      more: { href: '/gallringsplan/', label: w.retentionPlan },
    }),
    task('new-processing', {
      link: { href: '/register/', label: w.register },
      deadlines: [w.beforeStart],
      responsible: responsible(model, lang),
    }),
  ];
}
