/** The zod schemas of the frameworks API, shared by its routers (and so by the OpenAPI document). */
import { z } from '@hono/zod-openapi';
import { ITEM_KINDS, MAX_SCALE_LEVELS } from './frameworks.model.js';

export const tags = ['Frameworks'];
export const profileTags = ['Role profiles'];

const title = z.string().trim().max(500);
const description = z.string().max(20_000);
const keywords = z.array(z.string().trim().min(1).max(100)).max(200);

export const scaleLevelSchema = z
  .object({ level: z.number().int().min(0).max(100), labelDa: z.string().max(200), labelEn: z.string().max(200) })
  .openapi('ScaleLevel');

export const levelDescriptorSchema = z
  .object({ level: z.number().int().min(0).max(100), da: z.string().max(5000), en: z.string().max(5000) })
  .openapi('LevelDescriptor');

export const itemSchema = z
  .object({
    identifier: z.uuid(),
    parentIdentifier: z.uuid().nullable(),
    position: z.number().int(),
    kind: z.enum(ITEM_KINDS),
    code: z.string(),
    titleDa: z.string(),
    titleEn: z.string(),
    descriptionDa: z.string(),
    descriptionEn: z.string(),
    keywordsDa: z.array(z.string()),
    keywordsEn: z.array(z.string()),
    levels: z.array(levelDescriptorSchema),
  })
  .openapi('FrameworkItem');

export const contentSchema = z
  .object({
    identifier: z.uuid(),
    titleDa: z.string(),
    titleEn: z.string(),
    descriptionDa: z.string(),
    descriptionEn: z.string(),
    publisher: z.string(),
    scale: z.array(scaleLevelSchema),
    items: z.array(itemSchema),
  })
  .openapi('FrameworkContent');

const versionRef = z.object({ id: z.uuid(), number: z.number().int() });
const status = z.enum(['draft', 'published']);

export const summarySchema = z
  .object({
    id: z.uuid(),
    identifier: z.uuid(),
    scope: z.enum(['national', 'organisation']),
    ownerName: z.string().nullable(),
    titleDa: z.string(),
    titleEn: z.string(),
    latestPublished: versionRef.extend({ publishedAt: z.string() }).nullable(),
    draft: versionRef.nullable(),
    canEdit: z.boolean(),
  })
  .openapi('FrameworkSummary');

export const detailSchema = summarySchema
  .extend({
    descriptionDa: z.string(),
    descriptionEn: z.string(),
    versions: z.array(
      versionRef.extend({
        status,
        changeNote: z.string().nullable(),
        publishedAt: z.string().nullable(),
        publishedByName: z.string().nullable(),
        createdAt: z.string(),
        itemCount: z.number().int(),
      }),
    ),
  })
  .openapi('FrameworkDetail');

export const versionSchema = z
  .object({
    id: z.uuid(),
    frameworkId: z.uuid(),
    number: z.number().int(),
    status,
    changeNote: z.string().nullable(),
    publishedAt: z.string().nullable(),
    canEdit: z.boolean(),
    content: contentSchema,
  })
  .openapi('FrameworkVersion');

const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const diffSchema = z
  .object({
    from: versionRef,
    to: versionRef,
    added: z.array(itemSchema),
    removed: z.array(itemSchema),
    changed: z.array(
      z.object({ identifier: z.uuid(), titleDa: z.string(), titleEn: z.string(), fields: z.array(fieldChange) }),
    ),
    moved: z.array(
      z.object({
        identifier: z.uuid(),
        titleDa: z.string(),
        titleEn: z.string(),
        fromParent: z.uuid().nullable(),
        toParent: z.uuid().nullable(),
      }),
    ),
    framework: z.array(fieldChange),
  })
  .openapi('FrameworkDiff');

export const newFrameworkBody = z.object({
  titleDa: title.min(1),
  titleEn: title,
  descriptionDa: description.optional(),
  descriptionEn: description.optional(),
  national: z.boolean().optional(),
});

export const versionFieldsBody = z.object({
  titleDa: title.min(1).optional(),
  titleEn: title.optional(),
  descriptionDa: description.optional(),
  descriptionEn: description.optional(),
  publisher: z.string().trim().max(500).optional(),
  scale: z.array(scaleLevelSchema).min(2).max(MAX_SCALE_LEVELS).optional(),
});

export const itemFieldsBody = z.object({
  kind: z.enum(ITEM_KINDS).optional(),
  code: z.string().trim().max(50).optional(),
  titleDa: title.optional(),
  titleEn: title.optional(),
  descriptionDa: description.optional(),
  descriptionEn: description.optional(),
  keywordsDa: keywords.optional(),
  keywordsEn: keywords.optional(),
  levels: z.array(levelDescriptorSchema).max(MAX_SCALE_LEVELS).optional(),
});

export const newItemBody = itemFieldsBody
  .extend({
    parentIdentifier: z.uuid().nullable(),
    position: z.number().int().min(0).max(100_000).optional(),
    kind: z.enum(ITEM_KINDS),
    titleDa: title,
    titleEn: title,
  })
  .refine((b) => b.titleDa.length > 0 || b.titleEn.length > 0, { path: ['titleDa'], message: 'title_missing' });

export const moveBody = z.object({
  parentIdentifier: z.uuid().nullable(),
  position: z.number().int().min(0).max(100_000),
});

export const versionItemParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  identifier: z.uuid().openapi({ param: { name: 'identifier', in: 'path' } }),
});
