/**
 * Writes a synthetic but valid content directory of a given size, deterministic
 * from a seed, so `check` and `build` can be measured at scale.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { luhnCheckDigit } from '../src/model/validators/luhn.ts';
import { rng } from './random.ts';

export interface ContentScale {
  companies: number;
  activities: number;
  dataCategories: number;
  subjects: number;
}

export const SCALES = {
  medium: { companies: 5, activities: 100, dataCategories: 40, subjects: 15 },
  large: { companies: 20, activities: 1000, dataCategories: 40, subjects: 15 },
} as const satisfies Record<string, ContentScale>;

const WORDS = ['stöd', 'omsorg', 'boende', 'assistans', 'dokumentation', 'planering', 'uppföljning', 'kontakt', 'ärende', 'insats'];
const text = (r: ReturnType<typeof rng>, n: number) => {
  const w = Array.from({ length: n }, () => r.pick(WORDS));
  return w.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
};
const t = (r: ReturnType<typeof rng>, n = 6) => ({ sv: text(r, n), en: `Synthetic text ${text(r, n)}` });

function orgnr(i: number): string {
  const nine = `5560${String(10000 + i).slice(-5)}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

export function generateContent(dir: string, scale: ContentScale, seed = 42): void {
  const r = rng(seed);
  rmSync(dir, { recursive: true, force: true });
  const write = (rel: string, data: unknown) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, stringify(data));
  };
  const companies = Array.from({ length: scale.companies }, (_, i) => `bolag-${i + 1}`);
  companies.forEach((id, i) =>
    write(`entities/${id}.yaml`, {
      legalName: `Syntetiskt Bolag ${i + 1} AB`,
      organisationsnummer: orgnr(i),
      addresses: [{ street: `Exempelgatan ${i + 1}`, postalCode: '111 22', city: 'Stockholm' }],
      email: `info${i + 1}@example.se`,
      services: [r.pick(['personlig-assistans', 'hemtjanst', 'boende'])],
    }),
  );
  write('people/dpo.yaml', { name: 'Dana Dataskydd', roles: [{ role: 'dpo' }], publicContact: { email: 'dpo@example.se' }, visibility: 'public' });
  write('people/vd.yaml', { name: 'Vera Direktör', roles: [{ role: 'ceo' }] });
  write('organisation.yaml', {
    name: { sv: 'Syntetiska gruppen', en: 'The synthetic group' },
    parent: companies[0],
    ceo: 'vd',
    dpo: 'dpo',
    locales: ['sv', 'en'],
  });
  write('laws/lag-1.yaml', { sfs: '1993:387', title: t(r, 4), sections: [{ section: '1 §', summary: t(r) }] });
  write('recipients/kommun.yaml', { name: t(r, 2), kind: 'municipality' });
  write('processors/it.yaml', { name: 'IT AB', service: t(r, 3), country: 'SE', agreementDate: '2026-01-01' });
  write('security-measures/behorighet.yaml', { kind: 'technical', title: t(r, 2), description: t(r) });
  const subjects = Array.from({ length: scale.subjects }, (_, i) => `grupp-${i + 1}`);
  subjects.forEach((id, i) =>
    write(`subjects/${id}.yaml`, {
      name: t(r, 2),
      audience: t(r, 3),
      summary: { why: t(r), what: t(r), allowed: t(r), howLong: t(r) },
      easyRead: [t(r, 5)],
      order: i,
    }),
  );
  const categories = Array.from({ length: scale.dataCategories }, (_, i) => `kategori-${i + 1}`);
  categories.forEach((id) => write(`data-categories/${id}.yaml`, { name: t(r, 2) }));
  for (let i = 0; i < scale.activities; i++) {
    const cats = r.sample(categories, r.int(2, 6));
    write(`activities/behandling-${String(i + 1).padStart(4, '0')}.yaml`, {
      name: t(r, 3),
      description: t(r, 12),
      controllers: [r.pick(companies)],
      subjects: r.sample(subjects, r.int(1, 3)),
      dataCategories: cats,
      purposes: [
        { id: 'dokumentation', description: t(r), legalBasis: '6(1)(c)', law: [{ law: 'lag-1', section: '1 §' }] },
        { id: 'avtal', description: t(r), legalBasis: '6(1)(b)' },
      ],
      sources: [{ from: 'data-subject' }],
      provision: { requirement: 'statutory', consequence: t(r) },
      recipients: ['kommun'],
      processors: ['it'],
      retention: [{ duration: `P${r.int(1, 10)}Y`, from: t(r, 3), then: 'deleted' }],
      securityMeasures: ['behorighet'],
      easyRead: t(r, 8),
      lastReviewed: '2026-06-01',
    });
  }
  // Every subject and category is used at least once so the synthetic org is clean.
  write('activities/behandling-alla.yaml', {
    name: t(r, 3),
    description: t(r, 12),
    controllers: [companies[0]],
    subjects,
    dataCategories: categories,
    purposes: [{ id: 'avtal', description: t(r), legalBasis: '6(1)(b)' }],
    sources: [{ from: 'data-subject' }],
    provision: { requirement: 'contractual', consequence: t(r) },
    recipients: [],
    retention: [{ duration: 'P2Y', from: t(r, 3), then: 'deleted' }],
    securityMeasures: ['behorighet'],
    lastReviewed: '2026-06-01',
  });
  write('policy-versions/2026-1.yaml', {
    version: '2026.1',
    preparedBy: { person: 'dpo', date: '2026-03-01' },
    approvedBy: { person: 'vd', date: '2026-03-02' },
    adoptedByBoard: '2026-03-10',
    changes: t(r),
  });
}
