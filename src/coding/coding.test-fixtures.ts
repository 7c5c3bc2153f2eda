/** Test set-up for interview analysis: a school running a collecting study across Viborg, with drawn participants. */
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { NATIONAL_VERSION_ID } from '../frameworks/national-framework.sql.js';
import { people } from '../organisations/organisations.schema.js';
import type { TestServices } from '../platform/testing/test-app.js';
import { studyParticipants } from '../studies/studies.schema.js';
import type { Member } from '../studies/studies.test-fixtures.js';

export interface CodingStudy {
  studyId: string;
  participants: { id: string; pseudonym: string; name: string }[];
}

/** A study in `collecting` with `count` drawn participants from the participating organisation. */
export async function collectingStudy(
  services: TestServices,
  runner: Member,
  participant: Member,
  count: number,
  title = 'Interviewanalyse',
): Promise<CodingStudy> {
  const client = runner.client;
  const study = (await client.post('/api/v1/studies', { title, frameworkVersionId: NATIONAL_VERSION_ID })).json;
  await client.request('PUT', `/api/v1/studies/${study.id}/organisations/${participant.orgId}`);
  await participant.client.request('PUT', `/api/v1/studies/${study.id}/participation`, { accept: true });
  await client.request('PUT', `/api/v1/studies/${study.id}/sampling/targets`, { total: count });
  expect((await client.post(`/api/v1/studies/${study.id}/sampling/draw`)).status).toBe(200);
  for (const status of ['recruiting', 'collecting']) {
    const moved = await client.request('PUT', `/api/v1/studies/${study.id}/status`, { status });
    expect(moved.status, moved.text).toBe(200);
  }
  const rows = await services.database.db
    .select({ id: studyParticipants.id, pseudonym: people.pseudonym, name: people.name })
    .from(studyParticipants)
    .innerJoin(people, eq(people.id, studyParticipants.personId))
    .where(eq(studyParticipants.studyId, study.id));
  return { studyId: study.id, participants: rows };
}

/** Posts a transcript as multipart form data; returns the raw response. */
export async function uploadTranscript(
  runner: Member,
  studyId: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array | string },
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set('file', new Blob([file.bytes as BlobPart]), file.name);
  return runner.client.request('POST', `/api/v1/studies/${studyId}/transcripts`, form);
}
