/**
 * A CASE 1.1 CFPackage (ours or anyone's) to framework content. Order of work:
 * 1. Schema validation: every error with its JSON path, and nothing else is looked at when there are any.
 * 2. The tree from isChildOf associations (origin = child, destination = parent; the CFDocument as destination, or no
 *    isChildOf at all, means top-level). Duplicate identifiers, a cycle, an isChildOf whose end is neither an item
 *    of the package nor its document, and an item with two different parents are blocking issues (content = null).
 * 3. Sibling order: the isChildOf sequenceNumber, else a numeric listEnumeration, else the order in CFItems.
 * 4. Kind: from CFItemType (Danish or English names, any case; see KIND_NAMES), else inferred from the parent's kind
 *    (see inferKind).
 * 5. Texts: CASE fields hold the document's language (Danish unless CFDocument.language is English); our
 *    `extensions.frontline` objects (see case-export) fill in the other language, the keywords and the scale.
 * 6. Levels from CFRubrics (criterion → item by CFItemURI, level score → level, description → descriptor). The scale
 *    is our extension's, else built from the distinct scores (quality = label), else the default 1–5 scale.
 * 7. validateFramework on the result; its issues are blocking too.
 * Everything read but not kept (other association types, exemplars, fields and extensions we have no place for)
 * is listed in `dropped`. Never throws.
 */

import { abbreviate, CASE_EXTENSION_KEY, type CaseItem, type CasePackage, type CaseRubricLevel } from './case-export';
import { caseSchemaIssues } from './case-validate';
import {
  DEFAULT_SCALE,
  type FrameworkContent,
  type FrameworkIssue,
  type FrameworkItem,
  findCycles,
  flattenTree,
  type ItemKind,
  type LevelDescriptor,
  type ScaleLevel,
  validateFramework,
} from './frameworks.model';

export interface FrameworkImportResult {
  /** The content, or null when it could not be built; `issues` non-empty means it must not be stored. */
  content: FrameworkContent | null;
  /** Blocking problems, each with the path (JSON path, or row) where it is. */
  issues: FrameworkIssue[];
  /** What the file held that the framework cannot keep. */
  dropped: FrameworkIssue[];
  /** Not blocking, worth telling (e.g. a default was used). */
  warnings: FrameworkIssue[];
}

/** CFItemType values (lower case) that name a kind; anything else leaves the kind to inferKind. */
const KIND_NAMES: Record<string, ItemKind> = {
  domain: 'domain',
  domæne: 'domain',
  kompetenceområde: 'domain',
  område: 'domain',
  area: 'domain',
  'competency area': 'domain',
  'competence area': 'domain',
  cluster: 'domain',
  category: 'domain',
  kategori: 'domain',
  competency: 'competency',
  competence: 'competency',
  kompetence: 'competency',
  standard: 'competency',
  skill: 'competency',
  færdighed: 'competency',
  'learning objective': 'competency',
  læringsmål: 'competency',
  objective: 'competency',
  outcome: 'competency',
  indicator: 'indicator',
  indikator: 'indicator',
  adfærdsindikator: 'indicator',
  'behavioural indicator': 'indicator',
  'behavioral indicator': 'indicator',
  'performance indicator': 'indicator',
  behaviour: 'indicator',
  behavior: 'indicator',
  benchmark: 'indicator',
};

export function kindFromName(name: string | undefined): ItemKind | null {
  if (!name) return null;
  return KIND_NAMES[name.trim().toLowerCase()] ?? null;
}

/**
 * The kind of an item whose source does not say: a top-level item with children is a domain, a top-level leaf a
 * competency; below a domain a competency; below a competency or an indicator an indicator. (For the usual
 * three-level tree this gives domain → competency → indicator; for a flat list, competencies.)
 */
export function inferKind(parentKind: ItemKind | null, hasChildren: boolean): ItemKind {
  if (parentKind === null) return hasChildren ? 'domain' : 'competency';
  return parentKind === 'domain' ? 'competency' : 'indicator';
}

/** More dropped notes of one kind than this are summed up in one `dropped_more` entry. */
export const MAX_DROPPED_PER_CODE = 50;

export function capDropped(list: FrameworkIssue[], max = MAX_DROPPED_PER_CODE): FrameworkIssue[] {
  const counts = new Map<string, number>();
  const out: FrameworkIssue[] = [];
  for (const entry of list) {
    const n = (counts.get(entry.code) ?? 0) + 1;
    counts.set(entry.code, n);
    if (n <= max) out.push(entry);
  }
  for (const [code, n] of counts) {
    if (n > max) out.push({ path: '', code: 'dropped_more', params: { code, count: n - max } });
  }
  return out;
}

const ITEM_FIELDS_DROPPED = [
  'alternativeLabel',
  'subject',
  'subjectURI',
  'educationLevel',
  'licenseURI',
  'conceptKeywordsURI',
  'statusStartDate',
  'statusEndDate',
];
const DOCUMENT_FIELDS_DROPPED = [
  'frameworkType',
  'officialSourceURL',
  'subject',
  'subjectURI',
  'licenseURI',
  'notes',
  'statusStartDate',
  'statusEndDate',
];
const DEFINITIONS_DROPPED = ['CFConcepts', 'CFSubjects', 'CFLicenses', 'CFAssociationGroupings'];

type Language = 'da' | 'en';
type Loose = Record<string, unknown>;

/** Identifiers compare without case and without a `urn:uuid:` prefix (both allowed by the schema's uuid format). */
export function normaliseIdentifier(value: string): string {
  return value.replace(/^urn:uuid:/i, '').toLowerCase();
}

const text = (value: unknown): string => (typeof value === 'string' ? value.normalize('NFC').trim() : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.map(text).filter(Boolean))] : [];

export function parseCasePackage(json: unknown): FrameworkImportResult {
  const schemaIssues = caseSchemaIssues(json);
  if (schemaIssues.length > 0) return { content: null, issues: schemaIssues, dropped: [], warnings: [] };
  const pkg = json as CasePackage & Loose;
  const issues: FrameworkIssue[] = [];
  const dropped: FrameworkIssue[] = [];
  const warnings: FrameworkIssue[] = [];
  const doc = pkg.CFDocument as CasePackage['CFDocument'] & Loose;
  const docId = normaliseIdentifier(doc.identifier);
  const language: Language = /^en(g|$|[-_])/i.test(doc.language ?? '') ? 'en' : 'da';
  const caseItems = (pkg.CFItems ?? []) as (CaseItem & Loose)[];

  // Identifiers.
  const indexOf = new Map<string, number>();
  caseItems.forEach((item, j) => {
    const id = normaliseIdentifier(item.identifier);
    const first =
      id === docId ? '/CFDocument/identifier' : indexOf.has(id) ? `/CFItems/${indexOf.get(id)}/identifier` : null;
    if (first)
      issues.push({
        path: `/CFItems/${j}/identifier`,
        code: 'duplicate_identifier',
        params: { value: item.identifier, first },
      });
    else indexOf.set(id, j);
  });

  // The tree.
  const parentOf = new Map<number, { parent: string | null; association: number; sequence?: number }>();
  (pkg.CFAssociations ?? []).forEach((association, k) => {
    const path = `/CFAssociations/${k}`;
    const origin = normaliseIdentifier(association.originNodeURI.identifier);
    if (association.associationType !== 'isChildOf' || origin === docId) {
      dropped.push({ path, code: 'case_association_dropped', params: { type: association.associationType } });
      return;
    }
    const child = indexOf.get(origin);
    if (child === undefined) {
      issues.push({
        path: `${path}/originNodeURI/identifier`,
        code: 'case_association_missing_node',
        params: { value: association.originNodeURI.identifier },
      });
      return;
    }
    const destination = normaliseIdentifier(association.destinationNodeURI.identifier);
    if (destination !== docId && !indexOf.has(destination)) {
      issues.push({
        path: `${path}/destinationNodeURI/identifier`,
        code: 'case_association_missing_node',
        params: { value: association.destinationNodeURI.identifier },
      });
      return;
    }
    const parent = destination === docId ? null : destination;
    const known = parentOf.get(child);
    if (known) {
      if (known.parent === parent)
        dropped.push({ path, code: 'case_association_duplicate', params: { identifier: origin } });
      else
        issues.push({
          path,
          code: 'case_multiple_parents',
          params: { identifier: origin, first: `/CFAssociations/${known.association}` },
        });
      return;
    }
    parentOf.set(child, { parent, association: k, sequence: association.sequenceNumber });
  });
  if (issues.length === 0) {
    const links = caseItems.map((item, j) => ({
      identifier: normaliseIdentifier(item.identifier),
      parentIdentifier: parentOf.get(j)?.parent ?? null,
    })) as FrameworkItem[];
    for (const cycle of findCycles(links))
      issues.push({ ...cycle, path: cycle.path.replace(/^items\[(\d+)\]/, '/CFItems/$1') });
  }
  if (issues.length > 0) return { content: null, issues, dropped: capDropped(dropped), warnings };

  // Extensions of the document and the package.
  const docExtension = readExtension(doc.extensions, '/CFDocument/extensions', DOCUMENT_EXTENSION_KEYS, dropped);
  if (pkg.extensions !== undefined)
    dropped.push({ path: '/extensions', code: 'case_extension_dropped', params: { key: '*' } });
  dropFields(doc, DOCUMENT_FIELDS_DROPPED, '/CFDocument', dropped);
  if (doc.publisher && doc.creator && doc.publisher !== doc.creator) {
    dropped.push({ path: '/CFDocument/creator', code: 'case_field_dropped', params: { field: 'creator' } });
  }
  const definitions = (pkg.CFDefinitions ?? {}) as Loose;
  for (const key of DEFINITIONS_DROPPED) {
    const list = definitions[key];
    if (Array.isArray(list) && list.length > 0) {
      dropped.push({
        path: `/CFDefinitions/${key}`,
        code: 'case_definitions_dropped',
        params: { kind: key, count: list.length },
      });
    }
  }

  // Items: texts, kind (explicit for now), order key.
  const built = caseItems.map((item, j) => {
    const base = `/CFItems/${j}`;
    const extension = readExtension(item.extensions, `${base}/extensions`, ITEM_EXTENSION_KEYS, dropped);
    dropFields(item, ITEM_FIELDS_DROPPED, base, dropped);
    const title = text(item.fullStatement);
    if (item.abbreviatedStatement && text(item.abbreviatedStatement) !== abbreviate(title)) {
      dropped.push({
        path: `${base}/abbreviatedStatement`,
        code: 'case_field_dropped',
        params: { field: 'abbreviatedStatement' },
      });
    }
    const explicitKind = kindFromName(item.CFItemType);
    if (item.CFItemType && !explicitKind) {
      warnings.push({ path: `${base}/CFItemType`, code: 'case_item_type_unknown', params: { value: item.CFItemType } });
    }
    const enumeration = /^\s*\d+\s*$/.test(item.listEnumeration ?? '') ? Number(item.listEnumeration) : undefined;
    const link = parentOf.get(j);
    const titles = bilingual(language, title, extension, 'title');
    const descriptions = bilingual(language, text(item.notes), extension, 'description');
    const keywords = bilingualList(language, strings(item.conceptKeywords), extension);
    return {
      fileIndex: j,
      explicitKind,
      order: link?.sequence ?? enumeration ?? Number.POSITIVE_INFINITY,
      item: {
        identifier: normaliseIdentifier(item.identifier),
        parentIdentifier: link?.parent ?? null,
        position: 0,
        kind: explicitKind ?? 'competency',
        code: text(item.humanCodingScheme),
        titleDa: titles.da,
        titleEn: titles.en,
        descriptionDa: descriptions.da,
        descriptionEn: descriptions.en,
        keywordsDa: keywords.da,
        keywordsEn: keywords.en,
        levels: [] as LevelDescriptor[],
      } satisfies FrameworkItem,
    };
  });

  // Order among siblings, then kinds top-down (an inferred kind depends on the parent's).
  const siblings = new Map<string | null, typeof built>();
  for (const entry of built) {
    const group = siblings.get(entry.item.parentIdentifier) ?? [];
    group.push(entry);
    siblings.set(entry.item.parentIdentifier, group);
  }
  for (const group of siblings.values()) {
    group.sort((a, b) => a.order - b.order || a.fileIndex - b.fileIndex);
    group.forEach((entry, position) => {
      entry.item.position = position;
    });
  }
  const assignKinds = (parent: string | null, parentKind: ItemKind | null) => {
    for (const entry of siblings.get(parent) ?? []) {
      const hasChildren = siblings.has(entry.item.identifier);
      entry.item.kind = entry.explicitKind ?? inferKind(parentKind, hasChildren);
      assignKinds(entry.item.identifier, entry.item.kind);
    }
  };
  assignKinds(null, null);

  // Levels.
  const byIdentifier = new Map(built.map((entry) => [entry.item.identifier, entry]));
  const qualities = new Map<number, string>();
  /** Where each descriptor came from, for issues about it: `${identifier}|${level}` → JSON path. */
  const levelPaths = new Map<string, string>();
  (pkg.CFRubrics ?? []).forEach((rubric, r) => {
    const rubricPath = `/CFRubrics/${r}`;
    const looseRubric = rubric as typeof rubric & Loose;
    dropFields(looseRubric, ['description'], rubricPath, dropped);
    if (looseRubric.extensions !== undefined)
      dropped.push({ path: `${rubricPath}/extensions`, code: 'case_extension_dropped', params: { key: '*' } });
    (rubric.CFRubricCriteria ?? []).forEach((criterion, c) => {
      const criterionPath = `${rubricPath}/CFRubricCriteria/${c}`;
      const looseCriterion = criterion as typeof criterion & Loose;
      dropFields(looseCriterion, ['description', 'category', 'weight'], criterionPath, dropped);
      if (looseCriterion.extensions !== undefined)
        dropped.push({ path: `${criterionPath}/extensions`, code: 'case_extension_dropped', params: { key: '*' } });
      const target = criterion.CFItemURI
        ? byIdentifier.get(normaliseIdentifier(criterion.CFItemURI.identifier))
        : undefined;
      if (!target) {
        dropped.push({
          path: criterionPath,
          code: 'case_rubric_criterion_unlinked',
          params: { value: criterion.CFItemURI?.identifier ?? '' },
        });
        return;
      }
      (criterion.CFRubricCriterionLevels ?? []).forEach((level, l) => {
        const levelPath = `${criterionPath}/CFRubricCriterionLevels/${l}`;
        const descriptor = readLevel(level, levelPath, language, dropped);
        if (!descriptor) return;
        const quality = text(level.quality);
        if (!qualities.has(descriptor.level) || (!qualities.get(descriptor.level) && quality))
          qualities.set(descriptor.level, quality);
        if (target.item.levels.some((d) => d.level === descriptor.level)) {
          dropped.push({ path: levelPath, code: 'case_rubric_level_duplicate', params: { level: descriptor.level } });
        } else if (descriptor.da || descriptor.en) {
          target.item.levels.push(descriptor);
          levelPaths.set(`${target.item.identifier}|${descriptor.level}`, levelPath);
        }
      });
      target.item.levels.sort((a, b) => a.level - b.level);
    });
  });

  // The scale.
  let scale = readScale(docExtension?.scale, dropped);
  const scaleFromExtension = scale !== null;
  if (!scale && qualities.size > 0) {
    scale = [...qualities]
      .sort(([a], [b]) => a - b)
      .map(([level, quality]) => ({
        level,
        labelDa: language === 'da' ? quality || String(level) : '',
        labelEn: language === 'en' ? quality || String(level) : '',
      }));
  }
  if (!scale) {
    scale = DEFAULT_SCALE.map((s) => ({ ...s }));
    warnings.push({ path: '/CFRubrics', code: 'case_scale_default', params: { count: scale.length } });
  }

  const titles = bilingual(language, text(doc.title), docExtension, 'title');
  const descriptions = bilingual(language, text(doc.description), docExtension, 'description');
  const items = flattenTree(built.map((entry) => entry.item)).map((entry) => entry.item);
  const content: FrameworkContent = {
    identifier: docId,
    titleDa: titles.da,
    titleEn: titles.en,
    descriptionDa: descriptions.da,
    descriptionEn: descriptions.en,
    publisher: text(doc.publisher) || text(doc.creator),
    scale,
    items,
  };

  const fileIndexOf = new Map(built.map((entry) => [entry.item.identifier, entry.fileIndex]));
  for (const issue of validateFramework(content)) {
    issues.push({ ...issue, path: contentPathToFile(issue.path, items, fileIndexOf, levelPaths, scaleFromExtension) });
  }
  return { content, issues, dropped: capDropped(dropped), warnings };
}

const DOCUMENT_EXTENSION_KEYS = ['titleEn', 'descriptionEn', 'titleDa', 'descriptionDa', 'scale'];
const ITEM_EXTENSION_KEYS = ['titleEn', 'descriptionEn', 'keywordsEn', 'titleDa', 'descriptionDa', 'keywordsDa'];
const LEVEL_EXTENSION_KEYS = ['en', 'da'];

/** Our object from an `extensions` value; other keys (and unknown keys inside ours) are listed as dropped. */
function readExtension(value: unknown, path: string, known: string[], dropped: FrameworkIssue[]): Loose | undefined {
  if (value === undefined) return undefined;
  const extensions = value as Loose;
  let ours: Loose | undefined;
  for (const [key, inner] of Object.entries(extensions)) {
    if (key === CASE_EXTENSION_KEY && inner && typeof inner === 'object' && !Array.isArray(inner)) {
      ours = inner as Loose;
      for (const innerKey of Object.keys(ours)) {
        if (!known.includes(innerKey))
          dropped.push({
            path: `${path}/${key}/${innerKey}`,
            code: 'case_extension_dropped',
            params: { key: innerKey },
          });
      }
    } else {
      dropped.push({ path: `${path}/${key}`, code: 'case_extension_dropped', params: { key } });
    }
  }
  return ours;
}

function dropFields(object: Loose, fields: string[], base: string, dropped: FrameworkIssue[]) {
  for (const field of fields) {
    const value = object[field];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (!empty) dropped.push({ path: `${base}/${field}`, code: 'case_field_dropped', params: { field } });
  }
}

/** The primary language's text from the CASE field, unless our extension says otherwise; the other from ours. */
function bilingual(language: Language, main: string, extension: Loose | undefined, field: 'title' | 'description') {
  const da = extension && typeof extension[`${field}Da`] === 'string' ? text(extension[`${field}Da`]) : undefined;
  const en = extension && typeof extension[`${field}En`] === 'string' ? text(extension[`${field}En`]) : undefined;
  return language === 'da' ? { da: da ?? main, en: en ?? '' } : { da: da ?? '', en: en ?? main };
}

function bilingualList(language: Language, main: string[], extension: Loose | undefined) {
  const da = extension && Array.isArray(extension.keywordsDa) ? strings(extension.keywordsDa) : undefined;
  const en = extension && Array.isArray(extension.keywordsEn) ? strings(extension.keywordsEn) : undefined;
  return language === 'da' ? { da: da ?? main, en: en ?? [] } : { da: da ?? [], en: en ?? main };
}

function readLevel(
  level: CaseRubricLevel,
  path: string,
  language: Language,
  dropped: FrameworkIssue[],
): LevelDescriptor | null {
  if (typeof level.score !== 'number') {
    dropped.push({ path, code: 'case_rubric_level_no_score' });
    return null;
  }
  if (text(level.feedback))
    dropped.push({ path: `${path}/feedback`, code: 'case_field_dropped', params: { field: 'feedback' } });
  let extension: Loose | undefined;
  (level.extensions ?? []).forEach((entry, e) => {
    const ours = readExtension(entry, `${path}/extensions/${e}`, LEVEL_EXTENSION_KEYS, dropped);
    if (ours) extension = ours;
  });
  const main = text(level.description);
  const da = extension && typeof extension.da === 'string' ? text(extension.da) : undefined;
  const en = extension && typeof extension.en === 'string' ? text(extension.en) : undefined;
  return language === 'da'
    ? { level: level.score, da: da ?? main, en: en ?? '' }
    : { level: level.score, da: da ?? '', en: en ?? main };
}

/** Our extension's scale when it is well-formed; a malformed one is listed as dropped (and the rubrics decide). */
function readScale(value: unknown, dropped: FrameworkIssue[]): ScaleLevel[] | null {
  if (value === undefined) return null;
  const ok =
    Array.isArray(value) &&
    value.every(
      (s) =>
        s &&
        typeof s === 'object' &&
        typeof (s as Loose).level === 'number' &&
        typeof (s as Loose).labelDa === 'string' &&
        typeof (s as Loose).labelEn === 'string',
    );
  if (!ok) {
    dropped.push({
      path: `/CFDocument/extensions/${CASE_EXTENSION_KEY}/scale`,
      code: 'case_extension_invalid',
      params: { key: 'scale' },
    });
    return null;
  }
  return (value as ScaleLevel[])
    .map((s) => ({ level: s.level, labelDa: text(s.labelDa), labelEn: text(s.labelEn) }))
    .sort((a, b) => a.level - b.level);
}

/** A validateFramework path (`items[3].title`, `items[3].levels[0]`, `scale[0]`, `title`) as a place in the file. */
function contentPathToFile(
  path: string,
  items: FrameworkItem[],
  fileIndexOf: Map<string, number>,
  levelPaths: Map<string, string>,
  scaleFromExtension: boolean,
): string {
  const match = /^items\[(\d+)\](.*)$/.exec(path);
  if (match) {
    const item = items[Number(match[1])];
    if (!item) return path;
    const level = /^\.levels\[(\d+)\]$/.exec(match[2]);
    const descriptor = level ? item.levels[Number(level[1])] : undefined;
    if (descriptor) return levelPaths.get(`${item.identifier}|${descriptor.level}`) ?? path;
    const rest = match[2]
      .replace(/^\.title$/, '.fullStatement')
      .replace(/^\.kind$/, '.CFItemType')
      .replace(/\[(\d+)\]/g, '/$1')
      .replaceAll('.', '/');
    return `/CFItems/${fileIndexOf.get(item.identifier)}${rest}`;
  }
  if (path === 'identifier' || path === 'title') return `/CFDocument/${path}`;
  if (path.startsWith('scale')) {
    if (!scaleFromExtension) return '/CFRubrics';
    return `/CFDocument/extensions/${CASE_EXTENSION_KEY}/${path.replace(/\[(\d+)\]/g, '/$1').replaceAll('.', '/')}`;
  }
  return path === 'items' ? '/CFItems' : path;
}
