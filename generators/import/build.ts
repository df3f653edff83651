/**
 * Register records → content entries. Every entry written is marked
 * `draft: true`; every cell (or part of one) that could not be mapped onto
 * the vocabulary becomes a `todo` note carrying the original text and its
 * cell, so nothing in the register is lost.
 */
import type { Todo } from '../../src/model/schemas/shared.ts';
import { checkOrganisationsnummer } from '../../src/model/validators/organisationsnummer.ts';
import { REGISTER_LABELS, VALUE_LABELS } from '../../src/record/labels.ts';
import type { Existing, ImportKind } from './existing.ts';
import { normaliseHeading } from './headings.ts';
import { bundledLaws, matchLaw as matchBundledLaw, type Citation } from './laws.ts';
import { bi, ImportError, type Problem } from './problems.ts';
import type { SheetCell } from './read.ts';
import type { Layout, ReadTables, Record_ } from './sheets.ts';
import { parseContact } from './contact.ts';
import { controllerOrder, mergeOrder } from './order.ts';
import type { Locale } from '../../src/model/schemas/index.ts';
import { COUNTRY_NAMES, excelSerialToIso, fold, nameKey, parseArt9, parseBasis, parseDate, parseRetention, parseTransfer, slug, splitBases, splitList } from './values.ts';

export interface BuildOptions {
  lang: Locale;
  /** The date written as lastReviewed when the register gives none (with a todo). */
  today: string;
}

export interface Built {
  /** kind → id → data, only new entries. */
  entries: Map<ImportKind | 'organisation', Map<string, Record<string, unknown>>>;
  /** Bundled laws the entries cite that the folder lacks. */
  laws: Set<string>;
  rowsRead: number;
  notes: ReadTables['notes'];
}

type Data = Record<string, unknown>;

const PLACEHOLDER_BASIS = '6(1)(c)';

/** One activity gathered from its rows (continuation rows and the same name on other sheets). */
interface Group {
  name: string;
  nameCell?: SheetCell;
  recs: { rec: Record_; controller: string }[];
}

export function buildContent(tables: ReadTables, existing: Existing, opts: BuildOptions): Built {
  const q = (sv: string, en: string) => (opts.lang === 'sv' ? sv : en);
  const entries: Built['entries'] = new Map();
  const laws = new Set<string>();
  const notes = [...tables.notes];
  const problems: Problem[] = [];
  const newNames = new Map<ImportKind, Map<string, string>>();
  const bucket = (kind: ImportKind | 'organisation') => {
    if (!entries.has(kind)) entries.set(kind, new Map());
    return entries.get(kind)!;
  };
  const taken = (kind: ImportKind, id: string) => existing.ids.get(kind)!.has(id) || bucket(kind).has(id);
  const freshId = (kind: ImportKind, base: string) => {
    let id = base;
    for (let n = 2; taken(kind, id); n++) id = `${base}-${n}`;
    return id;
  };
  const todo = (question: string, cell?: SheetCell, field?: string, original?: string): Todo => ({
    question,
    ...(field ? { field } : {}),
    ...(cell ? { original: original ?? cell.text, source: cell.ref } : {}),
  });
  const addTodo = (data: Data, t: Todo) => {
    const list = (data.todo as Todo[] | undefined) ?? [];
    if (!list.some((x) => x.question === t.question && x.source === t.source && x.original === t.original)) list.push(t);
    data.todo = list;
  };
  /** The id of the entry named `name`: an existing one, one made earlier in this import, or a new one. */
  const named = (kind: ImportKind, raw: string, make: (name: string) => Data): string => {
    // Lists write "namn, personnummer, hälsa": an entry's name starts with a capital.
    const name = kind === 'transfers' ? raw : raw.charAt(0).toUpperCase() + raw.slice(1);
    const key = nameKey(name);
    const known = existing.names.get(kind)!.get(key) ?? newNames.get(kind)?.get(key);
    if (known) return known;
    const id = freshId(kind, slug(name));
    bucket(kind).set(id, { ...make(name), draft: true });
    if (!newNames.has(kind)) newNames.set(kind, new Map());
    newNames.get(kind)!.set(key, id);
    return id;
  };
  const get = (kind: ImportKind, id: string) => bucket(kind).get(id);
  // The folder's own statutes first, then the bundled ones it does not already have.
  const vocabulary = [...existing.laws, ...bundledLaws().filter((l) => !existing.ids.get('laws')!.has(l.id))];
  const matchLaw = (text: string) => matchBundledLaw(text, vocabulary);
  const cite = (c: Citation) => {
    if (!existing.ids.get('laws')!.has(c.law)) laws.add(c.law);
    return c.section ? { law: c.law, section: c.section } : { law: c.law };
  };

  const allLayouts = tables.layouts;
  const exportLabels = new Set([...Object.values(REGISTER_LABELS).map((l) => normaliseHeading(l.sv)), ...Object.values(REGISTER_LABELS).map((l) => normaliseHeading(l.en))]);
  // A register this tool exported: lists are one item per line, and items may hold commas.
  const exported = allLayouts.some((l) => l.kind === 'activities' && l.columns.length >= 10 && l.columns.every((c) => exportLabels.has(normaliseHeading(c.heading))));
  const list = (text: string) => splitList(text, { commas: !exported });
  const lines = (text: string) =>
    text
      .split(/\n+/)
      .map((s) => s.trim())
      .filter(Boolean);

  // ---------------------------------------------------------------- recipients, processors, measures
  const recipientKind = (name: string) => {
    const f = fold(name);
    if (/kommun/.test(f)) return 'municipality';
    if (/region/.test(f)) return 'region';
    if (/forsakringskassan|skatteverket|inspektionen|\bivo\b|myndighet|polis|arbetsformedling|socialstyrelsen|domstol|imy/.test(f)) return 'authority';
    if (/\bab\b|aktiebolag|\binc\b|\bltd\b|bank|forsakring/.test(f)) return 'company';
    if (/vard|sjukvard|vardcentral|sjukhus|lakare/.test(f)) return 'health-care';
    return 'category';
  };
  const recipient = (name: string) => named('recipients', name, (n) => ({ name: n, kind: recipientKind(n) }));
  const processor = (name: string, cell?: SheetCell) =>
    named('processors', name, (n) => {
      const d: Data = { name: n, service: q('Tjänst att beskriva', 'Service to be described'), country: 'SE' };
      addTodo(
        d,
        todo(q('Vilken tjänst utför biträdet, och i vilket land behandlas uppgifterna?', 'Which service does the processor provide, and in which country are the data processed?'), cell, 'service'),
      );
      return d;
    });
  const TECHNICAL = /krypter|logg|backup|sakerhetskopi|behorighet|atkomst|mfa|tvafaktor|brandvagg|tls|losenord|antivirus|encrypt|access|firewall|password/;
  const measure = (title: string, cell?: SheetCell) =>
    named('security-measures', title, (t) => {
      const d: Data = { kind: TECHNICAL.test(fold(t)) ? 'technical' : 'organisational', title: t, description: t };
      addTodo(
        d,
        todo(
          q(
            'Beskriv åtgärden (vad görs, av vem, hur ofta) och kontrollera om den är teknisk eller organisatorisk.',
            'Describe the measure (what is done, by whom, how often) and check whether it is technical or organisational.',
          ),
          cell,
          'description',
        ),
      );
      return d;
    });

  for (const layout of allLayouts.filter((l) => l.kind === 'processors')) {
    for (const rec of tables.records.get(layout)!) {
      const nameCell = rec.fields.get('processorName');
      if (!nameCell) continue;
      const id = processor(nameCell.text.trim());
      const d = get('processors', id);
      if (!d) continue; // already in the folder
      d.todo = [];
      const service = rec.fields.get('service');
      if (service) d.service = service.text.trim();
      const country = rec.fields.get('country');
      const code = country ? countryCode(country.text) : undefined;
      if (code) d.country = code;
      if (!service || !code)
        addTodo(d, todo(q('Ange tjänsten och landet där uppgifterna behandlas.', 'Give the service and the country where the data are processed.'), country ?? nameCell, 'service'));
      const date = rec.fields.get('agreementDate');
      if (date) {
        const iso = dateOf(date);
        if (iso) d.agreementDate = iso;
        else addTodo(d, todo(q('Datumet för biträdesavtalet kunde inte läsas.', 'The date of the processing agreement could not be read.'), date, 'agreementDate'));
      }
      const ref = rec.fields.get('agreementReference');
      if (ref) d.agreementReference = ref.text.trim();
      const subs = rec.fields.get('subProcessors');
      if (subs) {
        const parsed: Data[] = [];
        for (const line of lines(subs.text)) {
          const m = /^(.+?) \(([A-Z]{2})\): (.+)$/.exec(line);
          if (m) parsed.push({ name: m[1], service: m[3], country: m[2] });
          else addTodo(d, todo(q('Underbiträdet kunde inte läsas: ange namn, land och tjänst.', 'The sub-processor could not be read: give name, country and service.'), subs, 'subProcessors', line));
        }
        if (parsed.length) d.subProcessors = parsed;
      }
      for (const u of rec.unmapped) addTodo(d, unmappedTodo(u));
      if (!(d.todo as Todo[]).length) delete d.todo;
    }
  }
  for (const layout of allLayouts.filter((l) => l.kind === 'security')) {
    for (const rec of tables.records.get(layout)!) {
      const titleCell = rec.fields.get('measureTitle');
      if (!titleCell) continue;
      const id = measure(titleCell.text.trim());
      const d = get('security-measures', id);
      if (!d) continue;
      d.todo = [];
      const desc = rec.fields.get('measureDescription');
      if (desc) d.description = desc.text.trim();
      else addTodo(d, todo(q('Beskriv åtgärden.', 'Describe the measure.'), titleCell, 'description'));
      const kind = rec.fields.get('measureKind');
      if (kind) {
        const f = fold(kind.text);
        if (/^(teknisk|technical)/.test(f)) d.kind = 'technical';
        else if (/^(organisatorisk|organisational|organizational)/.test(f)) d.kind = 'organisational';
        else addTodo(d, todo(q('Är åtgärden teknisk eller organisatorisk?', 'Is the measure technical or organisational?'), kind, 'kind'));
      }
      for (const u of rec.unmapped) addTodo(d, unmappedTodo(u));
      if (!(d.todo as Todo[]).length) delete d.todo;
    }
  }

  function unmappedTodo(u: { heading: string; cell: SheetCell }): Todo {
    if (u.cell.kind === 'formula-no-value') {
      return todo(
        q(
          `Cellen i kolumnen «${u.heading}» innehåller en formel utan sparat värde; skriv in värdet där det hör hemma.`,
          `The cell in column "${u.heading}" holds a formula without a saved value; enter the value where it belongs.`,
        ),
        u.cell,
        undefined,
        u.cell.formula,
      );
    }
    return todo(
      q(
        `Kolumnen «${u.heading}» känns inte igen; för in uppgiften i rätt fält (eller ange kolumnen i en mappningsfil).`,
        `The column "${u.heading}" is not recognised; move the fact to the right field (or name the column in a mapping file).`,
      ),
      u.cell,
    );
  }
  function dateOf(cell: SheetCell): string | undefined {
    if (cell.kind === 'number') {
      const iso = excelSerialToIso(cell.text);
      if (iso) notes.push({ ref: cell.ref, note: bi(`Excel-datumet ${cell.text} lästes som ${iso}`, `the Excel date number ${cell.text} was read as ${iso}`) });
      return iso;
    }
    return parseDate(cell.text);
  }

  // ---------------------------------------------------------------- controllers
  const entityOf = new Map<string, string>(); // folded name → entity id
  const contactByEntity = new Map<string, SheetCell>();
  const controllerOf = (rec: Record_, layout: Layout): string | undefined => {
    const cell = rec.fields.get('controller');
    const nrCell = rec.fields.get('organisationsnummer');
    const name = cell?.text.trim() ?? layout.titleController?.name;
    const nr = nrCell?.text.trim() ?? (cell ? undefined : layout.titleController?.organisationsnummer);
    if (!name) return existing.organisation?.parent;
    const key = nameKey(name);
    if (entityOf.has(key)) return entityOf.get(key);
    const nrKey = nr?.replace('-', '');
    const known = (nrKey && existing.orgnr.get(nrKey)) || existing.names.get('entities')!.get(key);
    if (known) {
      entityOf.set(key, known);
      return known;
    }
    const valid = nr && !checkOrganisationsnummer(nr) ? (nr.includes('-') ? nr : `${nr.slice(0, 6)}-${nr.slice(6)}`) : undefined;
    if (!valid) {
      problems.push({
        where: (nrCell ?? cell ?? { ref: layout.sheet }).ref,
        message: nr
          ? bi(`Organisationsnumret «${nr}» för ${name} är inte giltigt.`, `The organisationsnummer "${nr}" of ${name} is not valid.`)
          : bi(
              `Bolaget «${name}» finns inte i innehållsmappen och registret anger inget organisationsnummer för det.`,
              `The company "${name}" is not in the content folder and the register gives no organisationsnummer for it.`,
            ),
        fix: bi(
          'Lägg till en kolumn Organisationsnummer, eller skapa bolaget först (npm run init, eller en fil i entities/) och importera sedan igen.',
          'Add an Organisationsnummer column, or create the company first (npm run init, or a file in entities/) and import again.',
        ),
      });
      entityOf.set(key, '');
      return undefined;
    }
    const id = freshId('entities', slug(name.replace(/\s+(ab|hb|kb|ek\.? för\.?)$/i, '')));
    bucket('entities').set(id, { legalName: name, organisationsnummer: valid, draft: true });
    entityOf.set(key, id);
    return id;
  };

  // ---------------------------------------------------------------- group rows into activities
  const groups = new Map<string, Group>();
  const sequences: string[][] = [];
  let rowsRead = 0;
  for (const layout of allLayouts) {
    const recs = tables.records.get(layout)!;
    rowsRead += recs.length;
    if (layout.kind !== 'activities') continue;
    let current: Group | undefined;
    let currentController: string | undefined;
    const sequence: string[] = [];
    sequences.push(sequence);
    for (const rec of recs) {
      const nameCell = rec.fields.get('activity');
      const purposeCell = rec.fields.get('purposes');
      const name = nameCell?.text.trim().replace(/\s+/g, ' ') ?? (!layout.columns.some((c) => c.field === 'activity') ? purposeCell && lines(purposeCell.text)[0] : undefined);
      if (!name && current) {
        current.recs.push({ rec, controller: currentController ?? '' });
        continue;
      }
      const controller = controllerOf(rec, layout) ?? '';
      const label = name ?? q(`Behandling på rad ${rec.row}`, `Activity on row ${rec.row}`);
      const key = nameKey(label);
      current = groups.get(key) ?? { name: label, ...(nameCell ? { nameCell } : {}), recs: [] };
      groups.set(key, current);
      if (!sequence.includes(key)) sequence.push(key);
      current.recs.push({ rec, controller });
      currentController = controller;
    }
  }
  if ([...groups.values()].some((g) => g.recs.some((r) => !r.controller)) && !problems.length) {
    const first = [...groups.values()].flatMap((g) => g.recs).find((r) => !r.controller)!;
    problems.push({
      where: `${first.rec.sheet}`,
      message: bi(
        'Registret anger inte vilket bolag som är personuppgiftsansvarigt, och innehållsmappen har ingen organisation.yaml.',
        'The register does not say which company is the controller, and the content folder has no organisation.yaml.',
      ),
      fix: bi(
        'Kör först npm run init -- --content MAPP och importera sedan till den mappen, eller lägg till kolumnerna Personuppgiftsansvarig och Organisationsnummer.',
        'First run npm run init -- --content DIR and import into that folder, or add the columns Personuppgiftsansvarig and Organisationsnummer.',
      ),
    });
  }
  if (problems.length) throw new ImportError(problems);

  // ---------------------------------------------------------------- organisation, entities' contact
  const controllerIds = [...new Set([...groups.values()].flatMap((g) => g.recs.map((r) => r.controller)).filter(Boolean))];
  for (const g of groups.values()) {
    for (const { rec, controller } of g.recs) {
      const c = rec.fields.get('contact');
      if (c && controller && !contactByEntity.has(controller)) contactByEntity.set(controller, c);
    }
  }
  let dpo: string | undefined;
  for (const [id, cell] of contactByEntity) {
    const parsed = parseContact(cell.text);
    const e = get('entities', id);
    if (e) Object.assign(e, parsed.entity);
    if (parsed.dpo && !dpo && !existing.organisation?.dpo) {
      const p = parsed.dpo;
      dpo = named('people', p.name, (n) => ({
        name: n,
        roles: [{ role: 'dpo' }],
        ...(p.contact ? { publicContact: p.contact.includes('@') ? { email: p.contact } : { phone: p.contact } } : {}),
        visibility: 'public',
      }));
    }
  }
  for (const id of controllerIds) {
    const e = get('entities', id);
    if (!e) continue;
    const cell = contactByEntity.get(id);
    if (!e.addresses) {
      e.addresses = [{ street: q('Gatuadress saknas', 'Street missing'), postalCode: '000 00', city: q('Ort saknas', 'City missing') }];
      addTodo(e, todo(q('Ange bolagets besöks- eller postadress.', "Give the company's visiting or postal address."), cell, 'addresses'));
    }
    if (!e.email) {
      e.email = 'info@example.invalid';
      addTodo(e, todo(q('Ange bolagets e-postadress.', "Give the company's e-mail address."), cell, 'email'));
    }
  }
  if (!existing.organisation) {
    const parent = controllerIds[0]!;
    const e = get('entities', parent);
    const org: Data = { name: (e?.legalName as string | undefined) ?? parent, parent, ...(dpo ? { dpo } : {}), locales: ['sv'], draft: true };
    addTodo(
      org,
      todo(
        q(
          'Kontrollera namnet som allmänheten känner er under, moderbolaget och språken, och lägg till webbplatsen.',
          'Check the name the public knows you by, the parent company and the languages, and add the website.',
        ),
      ),
    );
    if (!dpo)
      addTodo(
        org,
        todo(q('Har ni ett dataskyddsombud? Lägg i så fall till personen i people/ och ange dpo här.', 'Do you have a data protection officer? If so add the person in people/ and give dpo here.')),
      );
    bucket('organisation').set('organisation', org);
  }

  // ---------------------------------------------------------------- activities
  const knownEntityNames = new Map<string, string>();
  for (const [k, id] of existing.names.get('entities')!) knownEntityNames.set(k, id);
  for (const [id, d] of bucket('entities')) knownEntityNames.set(nameKey(d.legalName as string), id);

  let groupIndex = 0;
  for (const g of mergeOrder(sequences).map((k) => groups.get(k)!)) {
    const a: Data = { name: g.name };
    const todos: Todo[] = [];
    const t = (question: string, cell?: SheetCell, field?: string, original?: string) => {
      const x = todo(question, cell, field, original);
      if (!todos.some((y) => y.question === x.question && y.source === x.source && y.original === x.original)) todos.push(x);
    };
    const cells = (field: string) => {
      // The same activity on several sheets repeats its cells: keep each text once.
      const seen = new Set<string>();
      return g.recs.map((r) => r.rec.fields.get(field)).filter((c): c is SheetCell => !!c && !!c.text.trim() && !seen.has(c.text) && !!seen.add(c.text));
    };

    // Controllers in the order the register's joint-controller lines give (each sheet lists the others in order).
    const controllers = [...new Set(g.recs.map((r) => r.controller).filter(Boolean))];
    const external: string[] = [];
    const views: { controller: string; joint: string[] }[] = [];
    for (const { rec, controller } of g.recs) {
      const c = rec.fields.get('contact');
      if (!c || !controller) continue;
      const joint: string[] = [];
      for (const n of parseContact(c.text).joint) {
        const id = knownEntityNames.get(nameKey(n));
        if (id && controllers.includes(id)) joint.push(id);
        else if (!id && !external.includes(n)) external.push(n);
      }
      if (!views.some((v) => v.controller === controller)) views.push({ controller, joint });
    }
    a.controllers = controllerOrder(controllers, views);
    if (external.length) {
      a.jointControllers = { parties: external, arrangement: q('Det gemensamma arrangemanget (art. 26) ska beskrivas.', 'The joint arrangement (Art. 26) is to be described.') };
      t(
        q('Beskriv vad de gemensamt personuppgiftsansvariga har kommit överens om (art. 26).', 'Describe what the joint controllers have agreed (Art. 26).'),
        cells('contact')[0],
        'jointControllers.arrangement',
      );
    }

    const desc = cells('description')[0];
    const purposeLines = [...new Set(cells('purposes').flatMap((c) => lines(c.text)))];
    if (desc) a.description = desc.text.trim();
    else {
      a.description = (purposeLines.length ? purposeLines : [g.name]).map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' ');
      t(q('Skriv en kort beskrivning av behandlingen för den registrerade.', 'Write a short description of the activity for the data subject.'), undefined, 'description');
    }

    const idsFrom = (field: string, kind: 'subjects' | 'data-categories', make: (n: string) => Data) => [
      ...new Set(
        cells(field)
          .flatMap((c) => list(c.text))
          .map((n) => named(kind, n, make)),
      ),
    ];
    const subjects = idsFrom('subjects', 'subjects', (n) => ({
      name: n,
      audience: n,
      todo: [todo(q(`Skriv rubriken som vänder sig till läsaren, t.ex. «Du som …».`, 'Write the heading that addresses the reader, e.g. "You who …".'), undefined, 'audience')],
    }));
    if (!subjects.length) {
      subjects.push(named('subjects', q('Registrerade att ange', 'Data subjects to be named'), (n) => ({ name: n, audience: n })));
      t(q('Vilka personer gäller behandlingen (kategorier av registrerade)?', 'Whom does the activity concern (categories of data subjects)?'), undefined, 'subjects');
    }
    a.subjects = subjects;
    const categories = idsFrom('dataCategories', 'data-categories', (n) => categoryData(n));
    if (!categories.length) {
      categories.push(named('data-categories', q('Personuppgifter att ange', 'Personal data to be named'), (n) => ({ name: n })));
      t(q('Vilka kategorier av personuppgifter behandlas?', 'Which categories of personal data are processed?'), undefined, 'dataCategories');
    }
    a.dataCategories = categories;

    // Purposes and their legal bases.
    const purposes: Data[] = (purposeLines.length ? purposeLines : [g.name]).map((text) => ({ id: '', description: text }));
    if (!purposeLines.length) t(q('Ange ändamålen med behandlingen.', 'Give the purposes of the processing.'), undefined, 'purposes');
    const usedIds = new Set<string>();
    for (const p of purposes) {
      let id = slug(p.description as string, 40);
      for (let n = 2; usedIds.has(id); n++) id = `${slug(p.description as string, 40)}-${n}`;
      usedIds.add(id);
      p.id = id;
    }
    const nameOfPurpose = (p: Data) => nameKey((p.description as string).replace(/[.\s]+$/, ''));
    // A purpose may rest on several bases, each with a note (legalBases); the exported register writes
    // "Purpose: Basis (article) – note; Basis (article) – note", one purpose per line.
    type Basis = { code: string; note?: string };
    const basesOf = (p: Data) => ((p.bases as Basis[] | undefined) ?? (p.bases = [])) as Basis[];
    const addBasis = (p: Data, b: Basis) => {
      const list = basesOf(p);
      if (!list.some((x) => x.code === b.code)) list.push(b);
    };
    const loose: { code: string; cell: SheetCell; text: string }[] = [];
    const extraLaws: { citation: ReturnType<typeof cite>; purpose?: Data }[] = [];
    const readBasis = (cell: SheetCell, piece: string, target: Data | undefined) => {
      // " – note": the exported form of a basis with what it covers.
      const dash = exported ? /^(.*?\))\s+–\s+(.+)$/s.exec(piece) : null;
      const text = dash ? dash[1]! : piece;
      const note = dash ? dash[2]!.trim() : undefined;
      const parsed = parseBasis(text);
      if (!parsed.code || parsed.conflict) {
        t(q('Den rättsliga grunden kunde inte tolkas; välj en av 6(1)(a)–(f).', 'The legal basis could not be read; choose one of 6(1)(a)–(f).'), cell, 'purposes.legalBasis', piece);
        return;
      }
      if (parsed.extra) {
        const c = matchLaw(parsed.extra);
        if (c) extraLaws.push({ citation: cite(c), ...(target ? { purpose: target } : {}) });
        else
          t(
            q('Tillägget till den rättsliga grunden kunde inte tolkas som en lag i vokabulären.', 'The addition to the legal basis could not be read as a law of the vocabulary.'),
            cell,
            'purposes.law',
            parsed.extra,
          );
      }
      if (target) addBasis(target, { code: parsed.code, ...(note ? { note } : {}) });
      else loose.push({ code: parsed.code, cell, text: piece });
    };
    for (const cell of cells('legalBasis')) {
      for (const piece of exported ? lines(cell.text) : splitBases(cell.text)) {
        // "Purpose: bases": the longest purpose name the piece starts with (a note may hold ": " too).
        const target = purposes
          .filter((p) => nameKey(piece).startsWith(`${nameOfPurpose(p)}: `) || piece.startsWith(`${(p.description as string).replace(/[.\s]+$/, '')}: `))
          .sort((x, y) => (y.description as string).length - (x.description as string).length)[0];
        const rest = target ? piece.slice(piece.indexOf(': ', (target.description as string).replace(/[.\s]+$/, '').length - 1) + 2) : piece;
        if (!target || !exported) {
          readBasis(cell, rest, target);
          continue;
        }
        // Several bases of one purpose, "; "-separated; a segment that is no basis belongs to the note before it.
        const segments: string[] = [];
        for (const seg of rest.split(/;\s+/)) {
          const head = seg.replace(/\s+–\s+.*$/s, '');
          if (segments.length && !parseBasis(head).code) segments[segments.length - 1] += `; ${seg}`;
          else segments.push(seg);
        }
        for (const seg of segments) readBasis(cell, seg, target);
      }
    }
    const unset = purposes.filter((p) => !basesOf(p).length);
    const codes = [...new Set(loose.map((l) => l.code))];
    if (unset.length) {
      // One purpose: every basis given is its own ("Avtal; rättslig förpliktelse").
      if (purposes.length === 1 && codes.length) for (const code of codes) addBasis(unset[0]!, { code });
      else if (loose.length === unset.length && loose.length > 1) unset.forEach((p, i) => addBasis(p, { code: loose[i]!.code }));
      else if (codes.length === 1) unset.forEach((p) => addBasis(p, { code: codes[0]! }));
      else {
        for (const p of unset) addBasis(p, { code: codes[0] ?? PLACEHOLDER_BASIS });
        const cell = loose[0]?.cell ?? cells('legalBasis')[0];
        t(
          codes.length
            ? q(
                `Flera rättsliga grunder angavs utan att det framgår vilket ändamål de gäller; ${codes[0]} sattes tills vidare. Ange grunden för varje ändamål.`,
                `Several legal bases were given without saying which purpose each is for; ${codes[0]} was set for now. Give the basis of each purpose.`,
              )
            : q(
                `Ingen rättslig grund kunde läsas; ${PLACEHOLDER_BASIS} är en platshållare. Ange grunden för varje ändamål.`,
                `No legal basis could be read; ${PLACEHOLDER_BASIS} is a placeholder. Give the basis of each purpose.`,
              ),
          cell,
          'purposes.legalBasis',
        );
      }
    }

    // Art. 9 condition, then the statutes.
    for (const cell of cells('art9')) {
      for (const line of lines(cell.text)) {
        const code = parseArt9(line);
        if (code && !a.specialCondition) a.specialCondition = { condition: code };
        else if (!code && !/^(nej|no|-|inga|ej tillampligt)$/.test(fold(line)))
          t(q('Villkoret enligt art. 9.2 kunde inte tolkas.', 'The Art. 9(2) condition could not be read.'), cell, 'specialCondition', line);
      }
    }
    const lawCitations: ReturnType<typeof cite>[] = [];
    for (const cell of cells('law')) {
      for (const item of list(cell.text)) {
        const c = matchLaw(item);
        // "21 a § och 29 § LSS": the exported form of two sections of one law (src/format/law.ts) is two citations.
        const sections = c?.section?.split(/\s+(?:och|and)\s+/).filter((x) => /§|kap\.|art\./.test(x));
        if (c && sections && sections.length > 1) for (const section of sections) lawCitations.push(cite({ law: c.law, section }));
        else if (c) lawCitations.push(cite(c));
        else
          t(
            q(
              'Lagen kunde inte hittas i vokabulären (content/laws/); lägg till den eller rätta hänvisningen.',
              'The law was not found in the vocabulary (content/laws/); add it or correct the citation.',
            ),
            cell,
            'purposes.law',
            item,
          );
      }
    }
    for (const x of extraLaws) if (x.purpose) ((x.purpose.law as unknown[] | undefined) ?? (x.purpose.law = [])) && (x.purpose.law as unknown[]).push(x.citation);
    const lawTargets = purposes.filter((p) => basesOf(p).some((b) => b.code === '6(1)(c)' || b.code === '6(1)(e)'));
    const home = lawTargets[0] ?? (a.specialCondition as Data | undefined) ?? purposes[0]!;
    const pending = [...lawCitations, ...extraLaws.filter((x) => !x.purpose).map((x) => x.citation)];
    if (pending.length) {
      const target = (home.law as unknown[] | undefined) ?? [];
      for (const c of pending) if (!target.some((x) => JSON.stringify(x) === JSON.stringify(c))) target.push(c);
      home.law = target;
    }
    a.purposes = purposes.map((p) => {
      const bases = basesOf(p);
      // One basis without a note is the short form; several, or one with a note, the list form.
      const basis = bases.length === 1 && !bases[0]!.note ? { legalBasis: bases[0]!.code } : { legalBases: bases.map((b) => ({ basis: b.code, ...(b.note ? { note: b.note } : {}) })) };
      return { id: p.id, description: p.description, ...basis, ...(p.law ? { law: p.law } : {}) };
    });
    if (a.specialCondition) {
      const sc = a.specialCondition as Data;
      a.specialCondition = { condition: sc.condition, ...(sc.law ? { law: sc.law } : {}) };
    }

    // Sources.
    const sources: Data[] = [];
    for (const cell of cells('sources')) {
      for (const line of lines(cell.text).flatMap((l) =>
        exported
          ? [l]
          : l
              .split(/;/)
              .map((s) => s.trim())
              .filter(Boolean),
      )) {
        const colon = line.indexOf(': ');
        const head = colon > 0 ? line.slice(0, colon) : line;
        const description = colon > 0 ? line.slice(colon + 2) : undefined;
        const f = fold(head);
        if (/^(den registrerade|the data subject|den enskilde|registrerade|egen|fran den registrerade|the person)$/.test(f))
          sources.push({ from: 'data-subject', ...(description ? { description } : {}) });
        else if (/^(annan kalla|another source|tredje part|third party)$/.test(f)) sources.push({ from: 'third-party', ...(description ? { description } : {}) });
        else sources.push({ from: 'third-party', party: recipient(head), ...(description ? { description } : {}) });
      }
    }
    if (!sources.length) {
      sources.push({ from: 'data-subject' });
      t(q('Varifrån kommer uppgifterna? «Den registrerade» är en platshållare.', 'Where do the data come from? "The data subject" is a placeholder.'), undefined, 'sources');
    }
    a.sources = sources;

    // Recipients, processors, transfers.
    const recipients: string[] = [];
    const recCells = cells('recipients');
    for (const cell of recCells) {
      for (const n of list(cell.text)) {
        if (/^(inga|ingen|nej|none|no|-|–)$/.test(fold(n)) || fold(n) === fold(VALUE_LABELS.none.sv)) continue;
        recipients.push(recipient(n));
      }
    }
    if (!recCells.length)
      t(
        q('Lämnas uppgifterna till någon mottagare? Skriv recipients: [] om det inte finns några.', 'Are the data disclosed to any recipient? Write recipients: [] if there are none.'),
        undefined,
        'recipients',
      );
    a.recipients = [...new Set(recipients)];
    const processors = [
      ...new Set(
        cells('processors')
          .flatMap((c) => list(c.text))
          .filter((n) => !/^(inga|nej|none|-)$/.test(fold(n)))
          .map((n) => processor(n, cells('processors')[0])),
      ),
    ];
    if (processors.length) a.processors = processors;
    const transfers: string[] = [];
    for (const cell of cells('transfers')) {
      for (const line of lines(cell.text)) {
        const tr = parseTransfer(line);
        if (tr?.none) continue;
        if (!tr?.safeguard) {
          t(
            q(
              'Överföringen till tredjeland kunde inte tolkas; ange land och skyddsåtgärd (content/transfers/).',
              'The third-country transfer could not be read; give the country and the safeguard (content/transfers/).',
            ),
            cell,
            'transfers',
            line,
          );
          continue;
        }
        const viaProcessor = tr.via ? (existing.names.get('processors')!.get(nameKey(tr.via)) ?? newNames.get('processors')?.get(nameKey(tr.via))) : undefined;
        const viaRecipient = tr.via && !viaProcessor ? recipient(tr.via) : undefined;
        const id = named('transfers', `${tr.country}-${tr.via ?? tr.safeguard}`, () => {
          const d: Data = {
            country: tr.country,
            ...(viaProcessor ? { processor: viaProcessor } : {}),
            ...(viaRecipient ? { recipient: viaRecipient } : {}),
            safeguard: tr.safeguard,
            copyAvailable: q('Kontakta oss för en kopia av skyddsåtgärden.', 'Contact us for a copy of the safeguard.'),
          };
          addTodo(d, todo(q('Beskriv hur den registrerade kan få en kopia av skyddsåtgärden.', 'Describe how the data subject can get a copy of the safeguard.'), cell, 'copyAvailable', line));
          return d;
        });
        transfers.push(id);
      }
    }
    if (transfers.length) a.transfers = [...new Set(transfers)];

    // Retention.
    const retention: Data[] = [];
    for (const cell of cells('retention')) {
      for (const line of exported
        ? lines(cell.text)
        : lines(cell.text).flatMap((l) =>
            /;\s*(raderas|arkiveras|anonymiseras|lämnas över)/i.test(l)
              ? [l]
              : l
                  .split(/;/)
                  .map((s) => s.trim())
                  .filter(Boolean),
          )) {
        const r = parseRetention(line);
        if (!r) {
          t(
            q(
              'Gallringsfristen kunde inte tolkas; ange tid (t.ex. P2Y) och från vilken händelse den räknas.',
              'The retention period could not be read; give a period (e.g. P2Y) and the event it runs from.',
            ),
            cell,
            'retention',
            line,
          );
          continue;
        }
        const entry: Data = {};
        if (r.documentType) entry.documentType = r.documentType;
        if (r.duration) entry.duration = r.duration;
        if (r.criteria) entry.criteria = r.criteria;
        // Criteria alone (no fixed period) need no event to count from.
        if (r.from || r.duration || !r.criteria) entry.from = r.from ?? q('händelsen att ange', 'the event to be stated');
        if (r.guessedFrom)
          t(
            q(`Tiden räknas här från «${r.from}»; kontrollera att det är rätt händelse.`, `The period is taken to run from "${r.from}"; check that this is the right event.`),
            cell,
            'retention.from',
            line,
          );
        // A free-text register's criterion may be a pointer ("enligt plan"): ask the DPO to confirm it says how long.
        if (!r.from && !r.duration && r.criteria && !exported)
          t(
            q(
              'Ingen fast tid kunde läsas. Kontrollera att kriteriet säger hur länge uppgifterna sparas, eller ange en tid och händelsen den räknas från.',
              'No fixed period could be read. Check that the criterion says how long the data are kept, or give a period and the event it runs from.',
            ),
            cell,
            'retention.criteria',
            line,
          );
        if (!r.from && (r.duration || !r.criteria))
          t(
            q(
              'Från vilken händelse räknas gallringsfristen (t.ex. sista anteckningen, avslutat uppdrag)?',
              'Which event does the retention period run from (e.g. the last entry, the end of the assignment)?',
            ),
            cell,
            'retention.from',
            line,
          );
        if (r.lawText) {
          const c = matchLaw(r.lawText);
          if (c) entry.law = cite(c);
          else {
            entry.note = r.lawText;
            t(
              q('Lagen bakom gallringsfristen hittades inte i vokabulären; den står som anmärkning.', 'The law behind the retention period was not found in the vocabulary; it is kept as a note.'),
              cell,
              'retention.law',
              r.lawText,
            );
          }
        }
        entry.then = r.then ?? 'deleted';
        if (r.then === 'handed-over' && r.handedOverTo) entry.handedOverTo = recipient(r.handedOverTo);
        retention.push(entry);
      }
    }
    if (!retention.length) t(q('Hur länge sparas uppgifterna, och vad händer sedan?', 'How long are the data kept, and what happens then?'), undefined, 'retention');
    a.retention = retention;

    const measures = [
      ...new Set(
        cells('security')
          .flatMap((c) => list(c.text))
          .map((n) => measure(n, cells('security')[0])),
      ),
    ];
    if (measures.length) a.securityMeasures = measures;
    const systems = [...new Set(cells('systems').flatMap((c) => list(c.text)))];
    if (systems.length) a.systems = systems;
    for (const cell of cells('responsible'))
      t(q('Ansvarig person: lägg till personen i people/ och ange responsible.', 'Responsible person: add the person in people/ and give responsible.'), cell, 'responsible');

    const reviewed = cells('lastReviewed')[0];
    const date = reviewed ? dateOf(reviewed) : undefined;
    a.lastReviewed = date ?? opts.today;
    if (!date) t(q('När granskades behandlingen senast? Importdatumet är en platshållare.', 'When was the activity last reviewed? The import date is a placeholder.'), reviewed, 'lastReviewed');

    for (const { rec } of g.recs)
      for (const u of rec.unmapped) {
        const x = unmappedTodo(u);
        if (!todos.some((y) => y.source === x.source)) todos.push(x);
      }
    // The register's row order is the order people know: keep it (the model sorts by order, then id).
    a.order = (groupIndex += 1) * 10;
    a.draft = true;
    if (todos.length) a.todo = todos;
    const id = freshId('activities', slug(g.name));
    bucket('activities').set(id, a);
  }

  // Security sheets and processor sheets name the activities they serve.
  const activityByName = new Map([...bucket('activities').values()].map((x) => [nameKey(x.name as string), x]));
  for (const layout of allLayouts.filter((l) => l.kind !== 'activities')) {
    const field = layout.kind === 'processors' ? 'processorActivities' : 'measureActivities';
    for (const rec of tables.records.get(layout)!) {
      const cell = rec.fields.get(field);
      const nameCell = rec.fields.get(layout.kind === 'processors' ? 'processorName' : 'measureTitle');
      if (!cell || !nameCell) continue;
      const kind = layout.kind === 'processors' ? 'processors' : 'security-measures';
      const id = existing.names.get(kind)!.get(nameKey(nameCell.text)) ?? newNames.get(kind)?.get(nameKey(nameCell.text));
      if (!id) continue;
      for (const n of lines(cell.text)) {
        const act = activityByName.get(nameKey(n));
        if (!act) continue;
        const key = layout.kind === 'processors' ? 'processors' : 'securityMeasures';
        const ids = (act[key] as string[] | undefined) ?? [];
        if (!ids.includes(id)) ids.push(id);
        act[key] = ids;
      }
    }
  }
  return { entries, laws, rowsRead, notes };
}

function countryCode(text: string): string | undefined {
  const t = text.trim();
  if (/^[A-Z]{2}$/.test(t)) return t;
  const f = fold(t);
  if (/^(sverige|sweden)$/.test(f)) return 'SE';
  return COUNTRY_NAMES[f];
}

function categoryData(name: string): Data {
  const f = fold(name);
  const d: Data = { name };
  if (/halsa|sjukdom|diagnos|lakemedel|journal|funktionsnedsattning|health/.test(f)) d.special = 'health';
  if (/personnummer|samordningsnummer/.test(f)) d.personnummer = true;
  if (/belastningsregist|brott|lagovertradelse|criminal/.test(f)) d.criminal = true;
  return d;
}
