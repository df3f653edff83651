/**
 * Issue 3, "done when": breaking the example in each way the rules know makes
 * `check` say what is wrong, where (file:line:column), why (the article) and
 * how to fix it (the hint). One representative mutation per rule area, each on
 * a fresh copy of the bundled example, run through the check command's `main`
 * in-process (the spawned command's wiring is proven in test/check/cli.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { main as check } from '../../generators/cli/check.ts';
import { runInProcess } from '../support/in-process.ts';
import { exampleCopy, lineOf, replaceOnce, TODAY } from './helpers.ts';

interface CaseBase {
  area: string;
  rule: string;
  file: string;
  /** Text on the line the finding must point at, in the broken copy. */
  needle: string;
  /** Part of the Swedish message. */
  sv: string;
  today?: string;
}
/** Breaks the copy: a YAML edit of `file`, or a text edit anywhere in the folder. */
type Case = CaseBase & ({ kind: 'doc'; edit: (doc: Document.Parsed) => void } | { kind: 'dir'; edit: (dir: string) => void });

const LONG_SENTENCE =
  'Vi behandlar personuppgifter om dig i syfte att administrera, dokumentera, kvalitetssäkra, utvärdera, följa upp och rapportera verksamhetens samtliga insatser enligt tillämpliga författningsbestämmelser, överenskommelser och riktlinjer, vilket innebär att uppgifterna sammanställs, bearbetas och arkiveras systematiskt.';

const CASES: Case[] = [
  {
    area: 'organisation',
    rule: 'organisation/shape',
    file: 'organisation.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['structure'], 'single'),
    needle: 'structure: single',
    sv: 'content/entities/ har 4 juridiska personer',
  },
  {
    area: 'notice',
    rule: 'notice/legitimate-interest',
    file: 'activities/customer-contacts.yaml',
    kind: 'doc',
    edit: (d) => d.deleteIn(['purposes', 0, 'balancingTest']),
    needle: 'id: keep-in-contact',
    sv: 'saknar balancingTest',
  },
  {
    area: 'special',
    rule: 'special/art9-condition',
    file: 'activities/client-documentation-lss.yaml',
    kind: 'doc',
    // Re-serialised, the long flow list breaks into one id per line; the finding points at the health item.
    edit: (d) => d.deleteIn(['specialCondition']),
    needle: '    health',
    sv: '"Hälsa" är känsliga personuppgifter',
  },
  {
    area: 'law',
    rule: 'law/basis-cites-law',
    file: 'activities/client-documentation-lss.yaml',
    kind: 'doc',
    edit: (d) => d.deleteIn(['purposes', 0, 'law']),
    needle: 'legalBasis: 6(1)(c)',
    sv: 'hänvisar inte till någon lag',
  },
  {
    area: 'record',
    rule: 'record/security-measures',
    file: 'activities/recruitment.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['securityMeasures'], []),
    needle: 'securityMeasures:',
    sv: 'säkerhetsåtgärder',
  },
  {
    area: 'processors',
    rule: 'processors/agreement',
    file: 'processors/nordmoln.yaml',
    kind: 'doc',
    edit: (d) => d.deleteIn(['agreementDate']),
    needle: 'name: Nordmoln AB',
    sv: 'Nordmoln AB',
  },
  {
    area: 'transfers (notice)',
    rule: 'notice/transfers',
    file: 'activities/newsletter-and-interested-parties.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['transfers'], []),
    needle: 'processors:',
    sv: 'Letterbird Inc. finns i US',
  },
  {
    area: 'transfers (safeguard)',
    rule: 'processors/third-country',
    file: 'processors/nordmoln.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['country'], 'US'),
    needle: 'country: US',
    sv: 'utanför EU/EES',
  },
  {
    area: 'retention (law maximum)',
    rule: 'retention/law-bounds',
    file: 'activities/client-documentation-lss.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['retention', 0, 'duration'], 'P5Y'),
    needle: 'duration: P5Y',
    sv: '23 c §',
  },
  {
    area: 'retention (law minimum)',
    rule: 'retention/law-bounds',
    file: 'activities/patient-records.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['retention', 0, 'duration'], 'P1Y'),
    needle: 'duration: P1Y',
    sv: 'patientdatalagen',
  },
  {
    area: 'retention (coverage)',
    rule: 'retention/categories-covered',
    file: 'activities/recruitment.yaml',
    kind: 'doc',
    edit: (d) => {
      // Every retention rule now covers only the name: the other categories are kept without a rule.
      const rules = d.get('retention') as YAMLSeq<YAMLMap>;
      for (const r of rules.items) r.set('dataCategories', ['name']);
    },
    needle: '    address,',
    sv: 'Ingen gallringsregel täcker "Adress"',
  },
  {
    area: 'governance (adoption overdue)',
    rule: 'governance/adoption-overdue',
    file: 'policy-versions/2026-1.yaml',
    kind: 'doc',
    edit: () => {},
    needle: 'adoptedByBoard:',
    sv: 'fastställ',
    today: '2027-04-01',
  },
  {
    area: 'governance (delegation to a group)',
    rule: 'governance/delegation-individual',
    file: 'delegations/assistans-vd-to-manager.yaml',
    kind: 'dir',
    edit: (dir) => replaceOnce(dir, 'people/maja-lund.yaml', 'kind: individual', 'kind: group'),
    needle: 'to: maja-lund',
    sv: 'gruppen "Maja Lund"',
  },
  {
    area: 'hygiene',
    rule: 'hygiene/outdated-names',
    file: 'glossary/gallring.yaml',
    kind: 'dir',
    edit: (dir) => replaceOnce(dir, 'glossary/gallring.yaml', 'när tiden för att spara dem har gått.', 'när tiden har gått, som Datainspektionen har sagt.'),
    needle: 'Datainspektionen',
    sv: 'Datainspektionen',
  },
  {
    area: 'rights below the GDPR (handbook MDX)',
    rule: 'notice/rights-below-gdpr',
    file: 'handbook/06-rights.mdx',
    kind: 'dir',
    edit: (dir) => replaceOnce(dir, 'handbook/06-rights.mdx', 'enligt rutinen nedan.', 'enligt rutinen nedan. Du kan få ett registerutdrag utan kostnad en gång per år. Begär det skriftligt.'),
    needle: 'Begär det skriftligt',
    sv: 'innehåller en gräns på ett utdrag per år',
  },
  {
    area: 'rights below the GDPR (organisation.yaml)',
    rule: 'notice/rights-below-gdpr',
    file: 'organisation.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['rights', 'freeCopies', 'sv'], 'Du kan få ett registerutdrag utan kostnad en gång per år. Begär det skriftligt.'),
    needle: 'en gång per år',
    sv: 'innehåller en gräns på ett utdrag per år',
  },
  {
    area: 'plain language',
    rule: 'language/notice-lix',
    file: 'activities/recruitment.yaml',
    kind: 'doc',
    edit: (d) => d.setIn(['description', 'sv'], LONG_SENTENCE),
    needle: 'i syfte att administrera',
    sv: 'LIX',
  },
];

function breakCopy(c: Case) {
  const copy = exampleCopy();
  if (c.kind === 'dir') c.edit(copy.dir);
  else {
    const abs = path.join(copy.dir, c.file);
    const doc = parseDocument(readFileSync(abs, 'utf8'));
    c.edit(doc);
    writeFileSync(abs, doc.toString({ flowCollectionPadding: false }));
  }
  return copy;
}

describe.each(CASES.map((c) => [`${c.area}: ${c.rule}`, c] as const))('the example broken for %s', (_name, c) => {
  it('check names the rule, file:line:column, the article and the fix', async () => {
    const rule = RULES.find((r) => r.id === c.rule)!;
    expect(rule, c.rule).toBeDefined();
    const { dir, cleanup } = breakCopy(c);
    try {
      const today = c.today ?? TODAY;
      const r = await runInProcess(check, ['--content', dir, '--today', today, '--strict']);
      const j = await runInProcess(check, ['--content', dir, '--today', today, '--format', 'json', '--lang', 'en']);
      const json = JSON.parse(j.stdout) as {
        rule?: string;
        file: string;
        line: number;
        column: number;
        severity: string;
        message: string;
        hint: string;
        reference?: string;
      }[];
      // Only rule findings: the mutation keeps the content well-formed.
      expect(json.filter((d) => !d.rule)).toEqual([]);
      expect(r.code).toBe(1);
      const line = lineOf(dir, c.file, c.needle);
      const found = json.find((d) => d.rule === c.rule && d.file === c.file && d.line === line);
      expect(found, JSON.stringify(json.map((d) => [d.rule, d.file, d.line, d.message]))).toBeDefined();
      expect(found!.severity).toBe(rule.severity);
      expect(found!.reference).toBe(rule.reference);
      expect(found!.hint.length).toBeGreaterThan(0);
      const lines = r.stdout.split('\n');
      const i = lines.findIndex((l) => l.includes(`${c.file}:${line}:${found!.column}  ${rule.severity === 'error' ? 'fel' : 'varning'}`) && l.includes(`(${c.rule}; ${rule.reference})`));
      expect(i, r.stdout).toBeGreaterThanOrEqual(0);
      expect(lines[i]).toContain(c.sv);
      // The fix hint follows on the next line.
      expect(lines[i + 1]).toMatch(/^\s+→ \S/);
    } finally {
      cleanup();
    }
  });
});

describe('the rule areas covered here', () => {
  it('include every area of src/rules', () => {
    const areas = new Set(RULES.map((r) => r.id.split('/')[0]));
    const covered = new Set(CASES.map((c) => c.rule.split('/')[0]));
    expect([...areas].filter((a) => !covered.has(a))).toEqual([]);
  });
});
