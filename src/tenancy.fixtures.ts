/**
 * Fixtures for the tenancy walk (src/tenancy.db.test.ts): for every API operation, how organisation B calls it
 * against organisation A's data. Add an entry when you add an operation with path parameters or a required body.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { expect } from 'vitest';
import { addItem } from './frameworks/framework-items.service.js';
import { frameworkItems, frameworkVersions, roleProfiles } from './frameworks/frameworks.schema.js';
import { createDraft, createFramework, publishVersion } from './frameworks/frameworks.service.js';
import { createRoleProfile } from './frameworks/role-profiles.service.js';
import { modules } from './modules.js';
import { listAreas, setUnitArea } from './organisations/areas.service.js';
import { recordConsent } from './organisations/consents.service.js';
import { storeUpload } from './organisations/import.service.js';
import { consents, orgAreas, orgchartImports, orgUnits, people } from './organisations/organisations.schema.js';
import { insertOrgChart } from './organisations/organisations.test-fixtures.js';
import { apiTokens, invitations, memberships } from './platform/accounts/accounts.schema.js';
import { requestAuditExport } from './platform/audit/audit-export.service.js';
import type { AppContext } from './platform/context.js';
import { storedFiles } from './platform/files/files.schema.js';
import { saveFile } from './platform/files/files.service.js';
import { outboxMessages } from './platform/mail/mail.schema.js';
import { sendMail } from './platform/mail/mail.service.js';
import type { TestServices } from './platform/testing/test-app.js';
import type { buildApp } from './server.js';
import { studies, studyOrganisations, studyParticipants } from './studies/studies.schema.js';
import { createStudy, inviteOrganisation, respondToStudy } from './studies/studies.service.js';
import { codingCalls, prepareCoding } from './tenancy.coding-fixtures.js';

export interface TenantSeed {
  orgId: string;
  orgName: string;
  adminId: string;
  adminEmail: string;
  invitationId: string;
  invitationEmail: string;
  tokenId: string;
  tokenName: string;
  tokenSecret: string;
}

export interface TenantData extends TenantSeed {
  fileId: string;
  outboxMessageId: string;
  jobId: string;
  /** A's org chart: a unit, a person in it and their consent. */
  unitId: string;
  personId: string;
  consentId: string;
  /** A's org-chart import (uploaded) and an area set on A's unit. */
  importId: string;
  areaId: string;
  /** A's framework: a published version 1, a draft version 2 with an item, and a role profile on version 1. */
  frameworkId: string;
  publishedVersionId: string;
  draftVersionId: string;
  itemIdentifier: string;
  roleProfileId: string;
  /** A's study (A runs it and takes part itself) with a drawn participant. */
  studyId: string;
  participantId: string;
  /** A's interview analysis in that study: a transcript, a code, a coding, a memo and a machine suggestion. */
  transcriptId: string;
  codeId: string;
  codingId: string;
  memoId: string;
  suggestionId: string;
  /** Strings that must never appear in a response to organisation B. */
  markers: string[];
}

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Must the call be refused (403/404)? Defaults to true when the path has parameters. */
  expectDenied?: boolean;
}

/** Well-formed, but nobody's link. */
const FORGED_TOKEN = 'f'.repeat(43);

const calls: Record<string, (a: TenantData) => Call> = {
  // Session and profile: B acts on B's own account; bodies that name A must be refused.
  'POST /api/v1/auth/sign-in': () => ({ body: { email: 'nobody@beta.test', password: 'wrong-password' } }),
  'POST /api/v1/auth/password-reset': (a) => ({ body: { email: a.adminEmail } }),
  'POST /api/v1/auth/password-reset/confirm': () => ({
    body: { token: 'not-a-real-token-123', password: 'x'.repeat(12) },
  }),
  'PUT /api/v1/session/organisation': (a) => ({ body: { organisationId: a.orgId }, expectDenied: true }),
  'PATCH /api/v1/me': () => ({ body: { name: 'Beta Admin' } }),
  'POST /api/v1/me/password': () => ({ body: { currentPassword: 'wrong-password', newPassword: 'y'.repeat(12) } }),
  // Organisations and members: B's admin creates in B, and cannot touch A's members or invitations.
  'POST /api/v1/organisations': () => ({ body: { kind: 'school', name: 'Beta Skole' } }),
  'PATCH /api/v1/members/{userId}': (a) => ({ params: { userId: a.adminId }, body: { role: 'hr' } }),
  'DELETE /api/v1/members/{userId}': (a) => ({ params: { userId: a.adminId } }),
  'POST /api/v1/invitations': () => ({ body: { email: 'beta-invitee@beta.test', role: 'analyst' } }),
  'DELETE /api/v1/invitations/{id}': (a) => ({ params: { id: a.invitationId } }),
  'GET /api/v1/invitations/lookup': () => ({ query: { token: 'not-a-real-token-123' } }),
  'POST /api/v1/invitations/accept': () => ({
    body: { token: 'not-a-real-token-123', name: 'X', password: 'z'.repeat(12) },
  }),
  'POST /api/v1/tokens': () => ({ body: { name: 'beta-second-token' } }),
  'DELETE /api/v1/tokens/{id}': (a) => ({ params: { id: a.tokenId } }),
  // Audit, outbox, jobs and files: B exports its own log; A's mail, jobs and files stay out of reach.
  'POST /api/v1/audit/exports': () => ({ body: {} }),
  'GET /api/v1/outbox/{id}': (a) => ({ params: { id: a.outboxMessageId } }),
  'GET /api/v1/jobs/{id}': (a) => ({ params: { id: a.jobId } }),
  'POST /api/v1/jobs/{id}/retry': (a) => ({ params: { id: a.jobId } }),
  'GET /api/v1/files/{id}': (a) => ({ params: { id: a.fileId } }),
  // People and privacy: B's filters naming A's units find nothing; A's people, consents and tree stay out of reach.
  'GET /api/v1/people': (a) => ({ query: { unitId: a.unitId, q: 'alfa-person-name' } }),
  'POST /api/v1/people/exports': (a) => ({ body: { format: 'csv', unitId: a.unitId }, expectDenied: false }),
  'GET /api/v1/people/{id}': (a) => ({ params: { id: a.personId } }),
  'DELETE /api/v1/people/{id}': (a) => ({ params: { id: a.personId } }),
  'GET /api/v1/orgchart/tree': (a) => ({ query: { parentId: a.unitId }, expectDenied: true }),
  'GET /api/v1/people/{id}/consents': (a) => ({ params: { id: a.personId } }),
  'POST /api/v1/people/{id}/consents': (a) => ({
    params: { id: a.personId },
    body: { purpose: 'beta-purpose', method: 'paper', givenAt: '2026-01-01' },
  }),
  'POST /api/v1/consents/{id}/withdraw': (a) => ({ params: { id: a.consentId } }),
  'GET /api/v1/people/{id}/export': (a) => ({ params: { id: a.personId } }),
  'GET /api/v1/people/{id}/export.html': (a) => ({ params: { id: a.personId } }),
  // Org-chart import, leaders and areas: A's import, unit and area are out of reach; B's bulk decision naming A's
  // person updates nothing (reported as notFound); B's filters naming A's unit find nothing.
  'POST /api/v1/orgchart/imports': () => ({ body: {} }),
  'GET /api/v1/orgchart/imports/{id}': (a) => ({ params: { id: a.importId } }),
  'PUT /api/v1/orgchart/imports/{id}/mapping': (a) => ({
    params: { id: a.importId },
    body: { mapping: { employeeId: 'Nr' } },
  }),
  'POST /api/v1/orgchart/imports/{id}/apply': (a) => ({ params: { id: a.importId } }),
  'GET /api/v1/leaders': (a) => ({ query: { unitId: a.unitId, status: 'all' } }),
  'POST /api/v1/leaders/decisions': (a) => ({ body: { personIds: [a.personId], decision: 'confirmed' } }),
  'POST /api/v1/areas': () => ({ body: { name: 'beta-area-name' } }),
  'PATCH /api/v1/areas/{id}': (a) => ({ params: { id: a.areaId }, body: { name: 'beta-renamed' } }),
  'DELETE /api/v1/areas/{id}': (a) => ({ params: { id: a.areaId } }),
  'PUT /api/v1/units/{id}/area': (a) => ({ params: { id: a.unitId }, body: { mode: 'clear' } }),
  // Frameworks and role profiles: B sees national ones and its own; A's framework, versions, items and profile are
  // out of reach; B's import is B's own (an invalid one here: refused with a report).
  'POST /api/v1/frameworks': () => ({ body: { titleDa: 'beta-framework', titleEn: '' } }),
  'GET /api/v1/frameworks/{id}': (a) => ({ params: { id: a.frameworkId } }),
  'POST /api/v1/frameworks/{id}/draft': (a) => ({ params: { id: a.frameworkId } }),
  'GET /api/v1/frameworks/{id}/case': (a) => ({ params: { id: a.frameworkId } }),
  'GET /api/v1/frameworks/{id}/moodle.csv': (a) => ({ params: { id: a.frameworkId } }),
  'POST /api/v1/frameworks/import': (a) => ({
    body: { CFDocument: { identifier: a.frameworkId }, CFItems: [] },
    expectDenied: false,
  }),
  'GET /api/v1/framework-versions/{id}': (a) => ({ params: { id: a.publishedVersionId } }),
  'PATCH /api/v1/framework-versions/{id}': (a) => ({ params: { id: a.draftVersionId }, body: { titleDa: 'beta' } }),
  'DELETE /api/v1/framework-versions/{id}': (a) => ({ params: { id: a.draftVersionId } }),
  'POST /api/v1/framework-versions/{id}/publish': (a) => ({
    params: { id: a.draftVersionId },
    body: { changeNote: 'beta-note' },
  }),
  'GET /api/v1/framework-versions/{id}/diff': (a) => ({
    params: { id: a.draftVersionId },
    query: { against: a.publishedVersionId },
  }),
  'POST /api/v1/framework-versions/{id}/items': (a) => ({
    params: { id: a.draftVersionId },
    body: { parentIdentifier: null, kind: 'domain', titleDa: 'beta-item', titleEn: '' },
  }),
  'PATCH /api/v1/framework-versions/{id}/items/{identifier}': (a) => ({
    params: { id: a.draftVersionId, identifier: a.itemIdentifier },
    body: { titleDa: 'beta-renamed' },
  }),
  'POST /api/v1/framework-versions/{id}/items/{identifier}/move': (a) => ({
    params: { id: a.draftVersionId, identifier: a.itemIdentifier },
    body: { parentIdentifier: null, position: 0 },
  }),
  'DELETE /api/v1/framework-versions/{id}/items/{identifier}': (a) => ({
    params: { id: a.draftVersionId, identifier: a.itemIdentifier },
  }),
  'GET /api/v1/role-profiles': (a) => ({ query: { frameworkId: a.frameworkId } }),
  'POST /api/v1/role-profiles': (a) => ({
    body: { nameDa: 'beta-profile', nameEn: '', versionId: a.publishedVersionId },
    expectDenied: true,
  }),
  'GET /api/v1/role-profiles/{id}': (a) => ({ params: { id: a.roleProfileId } }),
  'PATCH /api/v1/role-profiles/{id}': (a) => ({ params: { id: a.roleProfileId }, body: { nameDa: 'beta-renamed' } }),
  'DELETE /api/v1/role-profiles/{id}': (a) => ({ params: { id: a.roleProfileId } }),
  'POST /api/v1/role-profiles/{id}/upgrade': (a) => ({
    params: { id: a.roleProfileId },
    body: { versionId: a.publishedVersionId },
  }),
  // Studies: A's study, its organisations, team, sampling and participants are out of reach; B cannot pin A's
  // framework; the directory lists public employers by name on purpose (queried here for a name nobody has).
  'GET /api/v1/studies': () => ({}),
  'POST /api/v1/studies': (a) => ({
    body: { title: 'beta-study', frameworkVersionId: a.publishedVersionId },
    expectDenied: true,
  }),
  'GET /api/v1/studies/{id}': (a) => ({ params: { id: a.studyId } }),
  'PATCH /api/v1/studies/{id}': (a) => ({ params: { id: a.studyId }, body: { title: 'beta-renamed' } }),
  'PUT /api/v1/studies/{id}/status': (a) => ({ params: { id: a.studyId }, body: { status: 'recruiting' } }),
  'PUT /api/v1/studies/{id}/organisations/{orgId}': (a) => ({ params: { id: a.studyId, orgId: a.orgId } }),
  'DELETE /api/v1/studies/{id}/organisations/{orgId}': (a) => ({ params: { id: a.studyId, orgId: a.orgId } }),
  'PUT /api/v1/studies/{id}/participation': (a) => ({ params: { id: a.studyId }, body: { accept: false } }),
  'PUT /api/v1/studies/{id}/team': (a) => ({ params: { id: a.studyId }, body: { members: [] } }),
  'GET /api/v1/study-organisation-directory': () => ({ query: { q: 'no-such-organisation-name' } }),
  'GET /api/v1/studies/{id}/sampling': (a) => ({ params: { id: a.studyId } }),
  'PUT /api/v1/studies/{id}/sampling/targets': (a) => ({ params: { id: a.studyId }, body: { total: 0 } }),
  'POST /api/v1/studies/{id}/sampling/draw': (a) => ({ params: { id: a.studyId } }),
  'GET /api/v1/studies/{id}/participants': (a) => ({ params: { id: a.studyId } }),
  'POST /api/v1/studies/{id}/participants/{participantId}/replace': (a) => ({
    params: { id: a.studyId, participantId: a.participantId },
  }),
  'POST /api/v1/studies/{id}/invitations': (a) => ({ params: { id: a.studyId } }),
  'POST /api/v1/studies/{id}/reminders': (a) => ({ params: { id: a.studyId } }),
  'GET /api/v1/studies/{id}/availability': (a) => ({ params: { id: a.studyId } }),
  'PUT /api/v1/studies/{id}/availability': (a) => ({
    params: { id: a.studyId },
    body: {
      availability: {
        weekly: [{ weekday: 1, start: '09:00', end: '12:00' }],
        exceptions: [],
        slotMinutes: 30,
        bufferMinutes: 0,
        fromDate: '2027-01-04',
        toDate: '2027-01-29',
      },
      mode: 'video',
      location: 'beta-location',
    },
  }),
  'GET /api/v1/studies/{id}/agenda': (a) => ({ params: { id: a.studyId } }),
  'PUT /api/v1/studies/{id}/bookings/{bookingId}/outcome': (a) => ({
    params: { id: a.studyId, bookingId: a.participantId },
    body: { outcome: 'done' },
  }),
  'GET /api/v1/studies/{id}/team-candidates': (a) => ({ params: { id: a.studyId } }),
  'GET /api/v1/studies/{id}/guide': (a) => ({ params: { id: a.studyId } }),
  'PUT /api/v1/studies/{id}/guide': (a) => ({ params: { id: a.studyId }, body: { sections: [] } }),
  'DELETE /api/v1/studies/{id}/guide': (a) => ({ params: { id: a.studyId } }),
  'GET /api/v1/studies/{id}/guide.html': (a) => ({ params: { id: a.studyId } }),
  'GET /api/v1/studies/{id}/guide.pdf': (a) => ({ params: { id: a.studyId } }),
  'GET /api/v1/studies/{id}/response-rates': (a) => ({ params: { id: a.studyId } }),
  // The participant's link is the credential: a token that is not A's participant's reaches nothing.
  ...Object.fromEntries(
    [
      'GET /api/v1/participation/{token}',
      'POST /api/v1/participation/{token}/consent',
      'POST /api/v1/participation/{token}/decline',
      'POST /api/v1/participation/{token}/withdraw',
      'GET /api/v1/participation/{token}/slots',
      'DELETE /api/v1/participation/{token}/booking',
      'GET /api/v1/participation/{token}/survey',
      'POST /api/v1/participation/{token}/survey/submit',
    ].map((op) => [op, () => ({ params: { token: FORGED_TOKEN } })]),
  ),
  'PUT /api/v1/participation/{token}/booking': () => ({
    params: { token: FORGED_TOKEN },
    body: { interviewerId: '00000000-0000-4000-8000-000000000000', start: '2027-01-04T08:00:00Z' },
  }),
  // Interview analysis: A's transcripts, codebook, codings, memos, suggestions and exports are out of reach.
  ...codingCalls(),
  'PUT /api/v1/participation/{token}/survey/answers': () => ({
    params: { token: FORGED_TOKEN },
    body: { answers: [] },
  }),
};

async function prepare(services: TestServices, asAdmin: AppContext, seed: TenantSeed): Promise<TenantData> {
  // Queues exist once the job system has started (workers off: jobs stay queued, which is all the walk needs).
  for (const module of modules) module.defineJobs?.(services.jobs, services);
  await services.jobs.start({ work: false });
  const file = await saveFile(asAdmin, {
    name: 'alfa-file-name.csv',
    contentType: 'text/csv',
    bytes: new TextEncoder().encode('alfa-file-content'),
  });
  await sendMail(asAdmin, {
    to: 'alfa-mail-recipient@alfa.test',
    subject: 'alfa-mail-subject',
    text: 'alfa-mail-text',
    kind: 'test',
    orgId: seed.orgId,
  });
  const [outbox] = await asAdmin.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.orgId, seed.orgId), eq(outboxMessages.subject, 'alfa-mail-subject')));
  const { jobId } = await requestAuditExport(asAdmin, {});
  const chart = await insertOrgChart(asAdmin.db, seed.orgId, {
    areas: [],
    units: [{ key: 'alfa', name: 'alfa-unit-name', parent: null }],
    people: [{ employeeId: 'alfa-1', name: 'alfa-person-name', email: 'alfa-person@alfa.test', unit: 'alfa' }],
  });
  const person = chart.people['alfa-1'];
  const consent = await recordConsent(asAdmin, person.id, {
    purpose: 'alfa-consent-purpose',
    method: 'paper',
    givenAt: new Date('2026-01-01T00:00:00Z'),
  });
  const upload = await storeUpload(asAdmin, {
    name: 'alfa-orgchart-file.csv',
    contentType: 'text/csv',
    bytes: new TextEncoder().encode('Medarbejdernr;Navn;Afdeling\nalfa-9;alfa-upload-person;alfa'),
  });
  const [area] = await listAreas(asAdmin);
  await setUnitArea(asAdmin, chart.units.alfa, { mode: 'set', areaId: area.id });
  const framework = await prepareFramework(asAdmin);
  const study = await prepareStudy(asAdmin, seed.orgId, framework.publishedVersionId, person.id);
  return {
    ...framework,
    ...study,
    ...seed,
    fileId: file.id,
    outboxMessageId: outbox.id,
    jobId,
    unitId: chart.units.alfa,
    personId: person.id,
    consentId: consent.id,
    importId: upload.id,
    areaId: area.id,
    markers: [
      upload.id,
      'alfa-orgchart-file',
      'alfa-upload-person',
      area.id,
      chart.units.alfa,
      'alfa-unit-name',
      person.id,
      'alfa-person-name',
      'alfa-person@alfa.test',
      person.pseudonym,
      consent.id,
      'alfa-consent-purpose',
      file.id,
      'alfa-file-name',
      'alfa-file-content',
      outbox.id,
      'alfa-mail-recipient',
      'alfa-mail-subject',
      jobId,
      seed.orgId,
      seed.orgName,
      seed.adminId,
      seed.adminEmail,
      seed.invitationId,
      seed.invitationEmail,
      seed.tokenId,
      seed.tokenName,
      seed.tokenSecret,
      framework.frameworkId,
      framework.publishedVersionId,
      framework.draftVersionId,
      framework.itemIdentifier,
      framework.roleProfileId,
      'alfa-framework-title',
      'alfa-item-title',
      'alfa-profile-name',
      study.studyId,
      study.participantId,
      'alfa-study-title',
      study.transcriptId,
      study.codeId,
      study.codingId,
      study.memoId,
      study.suggestionId,
      'alfa-transcript-words',
      'alfa-code-name',
      'alfa-memo-text',
      'tenancy.alfa_marker',
      'alfa-entity-id',
    ],
  };
}

async function prepareFramework(asAdmin: AppContext) {
  const framework = await createFramework(asAdmin, { titleDa: 'alfa-framework-title', titleEn: '' });
  const v1 = framework.draft?.id as string;
  const domain = await addItem(asAdmin, v1, {
    parentIdentifier: null,
    kind: 'domain',
    titleDa: 'alfa-item-title',
    titleEn: '',
  });
  const competency = await addItem(asAdmin, v1, {
    parentIdentifier: domain.identifier,
    kind: 'competency',
    titleDa: 'alfa-item-title 2',
    titleEn: '',
  });
  await publishVersion(asAdmin, v1, 'alfa-change-note');
  const draft = await createDraft(asAdmin, framework.id);
  const profile = await createRoleProfile(asAdmin, {
    nameDa: 'alfa-profile-name',
    nameEn: '',
    versionId: v1,
    targets: [{ itemIdentifier: competency.identifier, level: 3 }],
  });
  return {
    frameworkId: framework.id,
    publishedVersionId: v1,
    draftVersionId: draft.id,
    itemIdentifier: domain.identifier,
    roleProfileId: profile.id,
  };
}

/** A's study, run by A with A taking part, and A's person drawn as a participant. */
async function prepareStudy(asAdmin: AppContext, orgId: string, versionId: string, personId: string) {
  const study = await createStudy(asAdmin, { title: 'alfa-study-title', frameworkVersionId: versionId });
  await inviteOrganisation(asAdmin, study.id, orgId);
  await respondToStudy(asAdmin, study.id, true);
  const [participant] = await asAdmin.db
    .insert(studyParticipants)
    .values({ studyId: study.id, orgId, personId, stratumKey: JSON.stringify({ orgId }), drawOrder: 1 })
    .returning({ id: studyParticipants.id });
  return {
    studyId: study.id,
    participantId: participant.id,
    ...(await prepareCoding(asAdmin, orgId, study.id, participant.id)),
  };
}

/** After the walk: A's admin, invitation and token are exactly as before. */
async function verifyUntouched(services: TestServices, _app: ReturnType<typeof buildApp>, a: TenantData) {
  const db = services.database.db;
  const [member] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, a.orgId), eq(memberships.userId, a.adminId)));
  expect(member?.role).toBe('admin');
  const [invitation] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, a.invitationId), isNull(invitations.revokedAt)));
  expect(invitation).toBeDefined();
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, a.tokenId), isNull(apiTokens.revokedAt)));
  expect(token).toBeDefined();
  const [file] = await db.select({ id: storedFiles.id }).from(storedFiles).where(eq(storedFiles.id, a.fileId));
  expect(file).toBeDefined();
  const [person] = await db.select().from(people).where(eq(people.id, a.personId));
  expect(person?.name).toBe('alfa-person-name');
  const personConsents = await db.select().from(consents).where(eq(consents.personId, a.personId));
  expect(personConsents.map((c) => [c.id, c.withdrawnAt])).toEqual([[a.consentId, null]]);
  expect(person?.leaderDecision).toBeNull();
  const [upload] = await db.select().from(orgchartImports).where(eq(orgchartImports.id, a.importId));
  expect(upload).toMatchObject({ status: 'uploaded', mapping: null });
  const [area] = await db.select().from(orgAreas).where(eq(orgAreas.id, a.areaId));
  expect(area?.orgId).toBe(a.orgId);
  expect(area?.name).not.toBe('beta-renamed');
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, a.unitId));
  expect(unit).toMatchObject({ areaId: a.areaId, areaCleared: 0 });
  const draft = await db
    .select()
    .from(frameworkItems)
    .where(and(eq(frameworkItems.versionId, a.draftVersionId), eq(frameworkItems.identifier, a.itemIdentifier)));
  expect(draft.map((i) => i.titleDa)).toEqual(['alfa-item-title']);
  const [version] = await db.select().from(frameworkVersions).where(eq(frameworkVersions.id, a.draftVersionId));
  expect(version).toMatchObject({ status: 'draft', titleDa: 'alfa-framework-title' });
  const [profile] = await db.select().from(roleProfiles).where(eq(roleProfiles.id, a.roleProfileId));
  expect(profile).toMatchObject({ nameDa: 'alfa-profile-name', versionId: a.publishedVersionId });
  const [study] = await db.select().from(studies).where(eq(studies.id, a.studyId));
  expect(study).toMatchObject({ title: 'alfa-study-title', status: 'draft', samplingSeed: null });
  const taking = await db.select().from(studyOrganisations).where(eq(studyOrganisations.studyId, a.studyId));
  expect(taking.map((t) => [t.orgId, t.status])).toEqual([[a.orgId, 'accepted']]);
  const [participant] = await db.select().from(studyParticipants).where(eq(studyParticipants.id, a.participantId));
  expect(participant?.status).toBe('drawn');
}

export const tenancyFixtures = { calls, prepare, verifyUntouched };
