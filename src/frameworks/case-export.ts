/**
 * A framework version as a CASE 1.1 CFPackage (1EdTech Competencies and Academic Standards Exchange):
 * - CFDocument = the framework (title and description in Danish, version, Draft/Adopted, creator = publisher);
 * - CFItems = the items (fullStatement = Danish title, humanCodingScheme = code, CFItemType Domain/Competency/
 *   Indicator, notes = Danish description, conceptKeywords = Danish keywords, listEnumeration = position + 1);
 * - CFAssociations = one isChildOf per item (origin = the item, destination = its parent, or the CFDocument for a
 *   top-level item; sequenceNumber = position + 1);
 * - CFRubrics = the level descriptors: one rubric per item that has descriptors, with one criterion pointing at the
 *   item whose levels carry score = level, quality = the scale label and description = the Danish descriptor.
 *   (Rubrics rather than hasSkillLevel items: a level is a property of one competency here, not an item of its own.)
 * What CASE has no field for (English texts and keywords, the scale with both labels) goes in `extensions.frontline`
 * objects, which the schema allows on the document, items and rubric criterion levels; case-import reads them back.
 * Identifiers we make up (associations, rubrics, criteria, levels, item types) are name-based UUIDs derived from the
 * item's or framework's identifier, so exporting the same content twice gives the same bytes.
 */
import { createHash } from 'node:crypto';
import {
  type FrameworkContent,
  type FrameworkItem,
  flattenTree,
  type ItemKind,
  type ScaleLevel,
  UUID_PATTERN,
} from './frameworks.model';

/** The key of our own object inside CASE `extensions`. */
export const CASE_EXTENSION_KEY = 'frontline';

export const CASE_ITEM_TYPES: Record<ItemKind, string> = {
  domain: 'Domain',
  competency: 'Competency',
  indicator: 'Indicator',
};

/** Titles longer than this also get an abbreviatedStatement (for lists in CASE tools). */
export const ABBREVIATE_AFTER = 60;

export interface CaseExportMeta {
  /** Where the API is served, e.g. https://frontline.example.dk; URIs are `${baseUri}/ims/case/v1p1/<Type>/<id>`. */
  baseUri: string;
  versionNumber: number | string;
  status: 'draft' | 'published';
  /** ISO 8601 date-time with zone, e.g. from Date.toISOString(). */
  lastChangeDateTime: string;
  language?: 'da';
}

export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}

/** Our extension on the CFDocument. `titleDa`/`descriptionDa` only when the CASE field shows the English fallback. */
export interface DocumentExtension {
  titleEn?: string;
  descriptionEn?: string;
  titleDa?: string;
  descriptionDa?: string;
  scale: ScaleLevel[];
}

export interface ItemExtension {
  titleEn?: string;
  descriptionEn?: string;
  keywordsEn?: string[];
  titleDa?: string;
  descriptionDa?: string;
}

export interface LevelExtension {
  en?: string;
  /** Only when the CASE description shows the English fallback because the Danish descriptor is empty. */
  da?: string;
}

export interface CaseDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  publisher?: string;
  description?: string;
  language?: string;
  version?: string;
  adoptionStatus?: string;
  caseVersion?: '1.1';
  extensions?: Record<string, unknown>;
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  lastChangeDateTime: string;
  abbreviatedStatement?: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  CFItemType?: string;
  CFItemTypeURI?: CaseLink;
  conceptKeywords?: string[];
  notes?: string;
  language?: string;
  extensions?: Record<string, unknown>;
}

export interface CaseAssociation {
  identifier: string;
  associationType: string;
  uri: string;
  originNodeURI: CaseLink;
  destinationNodeURI: CaseLink;
  sequenceNumber?: number;
  lastChangeDateTime: string;
}

export interface CaseRubricLevel {
  identifier: string;
  uri: string;
  score?: number;
  quality?: string;
  description?: string;
  feedback?: string;
  position?: number;
  rubricCriterionId?: string;
  lastChangeDateTime: string;
  extensions?: Record<string, unknown>[];
}

export interface CaseRubricCriterion {
  identifier: string;
  uri: string;
  CFItemURI?: CaseLink;
  position?: number;
  rubricId?: string;
  lastChangeDateTime: string;
  CFRubricCriterionLevels?: CaseRubricLevel[];
}

export interface CaseRubric {
  identifier: string;
  uri: string;
  title?: string;
  lastChangeDateTime: string;
  CFRubricCriteria?: CaseRubricCriterion[];
}

export interface CaseItemType {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode?: string;
  lastChangeDateTime: string;
}

export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems?: CaseItem[];
  CFAssociations?: CaseAssociation[];
  CFDefinitions?: { CFItemTypes?: CaseItemType[] };
  CFRubrics?: CaseRubric[];
}

export function exportCase(content: FrameworkContent, meta: CaseExportMeta): CasePackage {
  const base = `${meta.baseUri.replace(/\/+$/, '')}/ims/case/v1p1`;
  const uriOf = (type: string, identifier: string) => `${base}/${type}/${identifier}`;
  const at = meta.lastChangeDateTime;
  const ordered = flattenTree(content.items).map((entry) => entry.item);
  const byId = new Map(ordered.map((item) => [item.identifier, item]));

  const documentLink: CaseLink = {
    title: mainText(content.titleDa, content.titleEn),
    identifier: content.identifier,
    uri: uriOf('CFDocuments', content.identifier),
  };
  const itemLink = (item: FrameworkItem): CaseLink => ({
    title: mainText(item.titleDa, item.titleEn),
    identifier: item.identifier,
    uri: uriOf('CFItems', item.identifier),
  });

  const kindsUsed = [...new Set(ordered.map((i) => i.kind))];
  const itemTypes: CaseItemType[] = (['domain', 'competency', 'indicator'] as const)
    .filter((kind) => kindsUsed.includes(kind))
    .map((kind, index) => {
      const identifier = uuidV5(content.identifier, `CFItemType:${kind}`);
      return {
        identifier,
        uri: uriOf('CFItemTypes', identifier),
        title: CASE_ITEM_TYPES[kind],
        description: CASE_ITEM_TYPES[kind],
        hierarchyCode: String(index + 1),
        typeCode: CASE_ITEM_TYPES[kind],
        lastChangeDateTime: at,
      };
    });
  const typeLink = new Map(
    itemTypes.map((t) => [t.typeCode, { title: t.title, identifier: t.identifier, uri: t.uri } satisfies CaseLink]),
  );

  const document: CaseDocument = {
    identifier: content.identifier,
    uri: documentLink.uri,
    creator: content.publisher,
    title: documentLink.title,
    lastChangeDateTime: at,
    ...(content.publisher ? { publisher: content.publisher } : {}),
    ...optional('description', mainText(content.descriptionDa, content.descriptionEn)),
    language: meta.language ?? 'da',
    version: String(meta.versionNumber),
    adoptionStatus: meta.status === 'published' ? 'Adopted' : 'Draft',
    caseVersion: '1.1',
    extensions: {
      [CASE_EXTENSION_KEY]: {
        ...optional('titleEn', content.titleEn),
        ...optional('descriptionEn', content.descriptionEn),
        ...fallbackMarker('titleDa', content.titleDa, content.titleEn),
        ...fallbackMarker('descriptionDa', content.descriptionDa, content.descriptionEn),
        scale: [...content.scale].sort((a, b) => a.level - b.level).map((s) => ({ ...s })),
      } satisfies DocumentExtension,
    },
  };

  const items: CaseItem[] = ordered.map((item) => {
    const title = mainText(item.titleDa, item.titleEn);
    const extension: ItemExtension = {
      ...optional('titleEn', item.titleEn),
      ...optional('descriptionEn', item.descriptionEn),
      ...(item.keywordsEn.length > 0 ? { keywordsEn: [...item.keywordsEn] } : {}),
      ...fallbackMarker('titleDa', item.titleDa, item.titleEn),
      ...fallbackMarker('descriptionDa', item.descriptionDa, item.descriptionEn),
    };
    const type = CASE_ITEM_TYPES[item.kind];
    return {
      identifier: item.identifier,
      uri: uriOf('CFItems', item.identifier),
      fullStatement: title,
      ...(title.length > ABBREVIATE_AFTER ? { abbreviatedStatement: abbreviate(title) } : {}),
      ...optional('humanCodingScheme', item.code),
      listEnumeration: String(item.position + 1),
      CFItemType: type,
      ...(typeLink.has(type) ? { CFItemTypeURI: typeLink.get(type) } : {}),
      ...(item.keywordsDa.length > 0 ? { conceptKeywords: [...item.keywordsDa] } : {}),
      ...optional('notes', mainText(item.descriptionDa, item.descriptionEn)),
      language: meta.language ?? 'da',
      lastChangeDateTime: at,
      ...(Object.keys(extension).length > 0 ? { extensions: { [CASE_EXTENSION_KEY]: extension } } : {}),
    };
  });

  const associations: CaseAssociation[] = ordered.map((item) => {
    const identifier = uuidV5(item.identifier, 'isChildOf');
    const parent = item.parentIdentifier ? byId.get(item.parentIdentifier) : undefined;
    return {
      identifier,
      associationType: 'isChildOf',
      uri: uriOf('CFAssociations', identifier),
      originNodeURI: itemLink(item),
      destinationNodeURI: parent ? itemLink(parent) : documentLink,
      sequenceNumber: item.position + 1,
      lastChangeDateTime: at,
    };
  });

  const labelOf = new Map(content.scale.map((s) => [s.level, s]));
  const rubrics: CaseRubric[] = ordered
    .filter((item) => item.levels.length > 0)
    .map((item) => {
      const rubricId = uuidV5(item.identifier, 'CFRubric');
      const criterionId = uuidV5(item.identifier, 'CFRubricCriterion');
      const levels = [...item.levels].sort((a, b) => a.level - b.level);
      return {
        identifier: rubricId,
        uri: uriOf('CFRubrics', rubricId),
        title: mainText(item.titleDa, item.titleEn),
        lastChangeDateTime: at,
        CFRubricCriteria: [
          {
            identifier: criterionId,
            uri: uriOf('CFRubricCriteria', criterionId),
            CFItemURI: itemLink(item),
            position: 1,
            rubricId,
            lastChangeDateTime: at,
            CFRubricCriterionLevels: levels.map((descriptor, index) => {
              const levelId = uuidV5(item.identifier, `CFRubricCriterionLevel:${descriptor.level}`);
              const step = labelOf.get(descriptor.level);
              const extension: LevelExtension = {
                ...optional('en', descriptor.en),
                ...(!descriptor.da && descriptor.en ? { da: '' } : {}),
              };
              return {
                identifier: levelId,
                uri: uriOf('CFRubricCriterionLevels', levelId),
                ...optional('description', descriptor.da || descriptor.en),
                ...optional('quality', step ? mainText(step.labelDa, step.labelEn) : ''),
                score: descriptor.level,
                position: index + 1,
                rubricCriterionId: criterionId,
                lastChangeDateTime: at,
                ...(Object.keys(extension).length > 0 ? { extensions: [{ [CASE_EXTENSION_KEY]: extension }] } : {}),
              };
            }),
          },
        ],
      };
    });

  return {
    CFDocument: document,
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
    CFRubrics: rubrics,
  };
}

/** The text CASE shows: Danish, else English (so a framework written only in English still has titles). */
export function mainText(da: string, en: string): string {
  return da || en;
}

/** Marks that the CASE field holds the English fallback because the Danish text is empty. */
function fallbackMarker(key: 'titleDa' | 'descriptionDa', da: string, en: string): Record<string, string> {
  return !da && en ? { [key]: '' } : {};
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

/** The title cut at a word boundary near ABBREVIATE_AFTER characters, with an ellipsis. */
export function abbreviate(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= ABBREVIATE_AFTER) return text;
  const cut = chars.slice(0, ABBREVIATE_AFTER).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > ABBREVIATE_AFTER / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A name-based UUID (RFC 4122 version 5, SHA-1): the same namespace and name always give the same UUID. The
 * namespace is a UUID (e.g. an item's identifier); any other string is hashed into one first.
 */
export function uuidV5(namespace: string, name: string): string {
  const ns = UUID_PATTERN.test(namespace)
    ? Buffer.from(namespace.replaceAll('-', ''), 'hex')
    : createHash('sha1').update(namespace, 'utf8').digest().subarray(0, 16);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
