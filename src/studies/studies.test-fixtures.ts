/** Organisations, people and a study for the studies domain's tests. */
import { insertOrgChart, type OrgChartFixture, type PersonSpec } from '../organisations/organisations.test-fixtures.js';
import type { Role } from '../platform/accounts/accounts.model.js';
import { memberClient, newOrg } from '../platform/accounts/accounts.test-fixtures.js';
import { createOrganisation } from '../platform/accounts/organisations.service.js';
import type { ApiClient } from '../platform/testing/http-client.js';
import type { TestServices } from '../platform/testing/test-app.js';
import type { buildApp } from '../server.js';

type App = ReturnType<typeof buildApp>;

/** Real municipality codes (reference/kommuner.csv) for the labels the tests use. */
const MUNICIPALITY_CODES: Record<string, string> = {
  viborg: '0791',
  norddjurs: '0707',
  syddjurs: '0706',
  andet: '0101',
};

export interface Member {
  orgId: string;
  userId: string;
  client: ApiClient;
}

export async function orgMember(
  services: TestServices,
  app: App,
  label: string,
  kind: 'municipality' | 'school',
  role: Role,
): Promise<Member> {
  const org =
    kind === 'school'
      ? await newOrg(services, `${label} Skole`, 'school')
      : await createOrganisation(services.ctx(), {
          name: `${label} Kommune`,
          kind,
          municipalityCode: MUNICIPALITY_CODES[label] ?? '0101',
        });
  const { user, client } = await memberClient(services, app, `${role}@${label}.test`, org.id, role);
  return { orgId: org.id, userId: user.id, client };
}

/**
 * A municipality's chart with `count` confirmed first-line leaders spread over two areas (technical, elderly care),
 * a third of them new leaders (under 2 years), plus a rejected and an unconfirmed one who must never be sampled.
 */
export async function leadersChart(services: TestServices, orgId: string, count: number): Promise<OrgChartFixture> {
  const leaders: PersonSpec[] = Array.from({ length: count }, (_, i) => ({
    employeeId: `L${i + 1}`,
    name: `Leder ${i + 1}`,
    email: `leder${i + 1}@${orgId.slice(0, 8)}.test`,
    jobTitle: 'Teamleder',
    unit: i % 2 === 0 ? 'teknik' : 'aeldre',
    leaderSince: i % 3 === 0 ? '2026-01-01' : '2015-06-01',
    suggestion: true,
    decision: 'confirmed',
  }));
  return insertOrgChart(services.database.db, orgId, {
    areas: [
      { key: 'teknik-og-miljo', name: 'Teknik og Miljø' },
      { key: 'aeldre-og-sundhed', name: 'Ældre og Sundhed' },
    ],
    units: [
      { key: 'kommune', name: 'Kommunen', parent: null },
      { key: 'teknik', name: 'Teknik og Miljø', parent: 'kommune', area: 'teknik-og-miljo' },
      { key: 'aeldre', name: 'Ældre og Sundhed', parent: 'kommune', area: 'aeldre-og-sundhed' },
    ],
    people: [
      ...leaders,
      { employeeId: 'R1', name: 'Afvist Leder', unit: 'teknik', suggestion: true, decision: 'rejected' },
      { employeeId: 'S1', name: 'Foreslået Leder', unit: 'aeldre', suggestion: true },
    ],
  });
}
