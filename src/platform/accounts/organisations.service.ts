import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.js';
import type { AppContext } from '../context.js';
import type { DbOrTx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { Problem } from '../http/problem.js';
import type { OrganisationKind } from './accounts.model.js';
import { memberships, municipalities, organisations } from './accounts.schema.js';

export interface OrganisationView {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipalityCode: string | null;
  regionCode: string | null;
  regionName: string | null;
  isDemo: boolean;
}

const regionNames: Record<string, string> = {
  '1081': 'Region Nordjylland',
  '1082': 'Region Midtjylland',
  '1083': 'Region Syddanmark',
  '1084': 'Region Hovedstaden',
  '1085': 'Region Sjælland',
};

/** The two municipalities whose official name is not "<name> Kommune". */
const officialMunicipalityNames: Record<string, string> = {
  '0101': 'Københavns Kommune',
  '0400': 'Bornholms Regionskommune',
};

function view(row: typeof organisations.$inferSelect): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    municipalityCode: row.municipalityCode,
    regionCode: row.regionCode,
    regionName: row.regionCode ? (regionNames[row.regionCode] ?? null) : null,
    isDemo: row.isDemo,
  };
}

export async function listMunicipalities(ctx: AppContext) {
  return ctx.db.select().from(municipalities).orderBy(asc(municipalities.name));
}

/** Platform admins see every organisation; everyone else the ones they belong to. */
export async function listOrganisations(ctx: AppContext): Promise<OrganisationView[]> {
  const user = ctx.user!;
  if (user.isPlatformAdmin) {
    return (await ctx.db.select().from(organisations).orderBy(asc(organisations.name))).map(view);
  }
  const mine = ctx.db.select({ id: memberships.orgId }).from(memberships).where(eq(memberships.userId, user.id));
  const rows = await ctx.db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, mine))
    .orderBy(asc(organisations.name));
  return rows.map(view);
}

export async function getActiveOrganisation(ctx: AppContext): Promise<OrganisationView> {
  const [row] = await ctx.db.select().from(organisations).where(eq(organisations.id, ctx.tenant!.orgId));
  if (!row) throw new Problem(404, 'not_found');
  return view(row);
}

export interface NewOrganisation {
  name?: string;
  kind: OrganisationKind;
  municipalityCode?: string;
  regionCode?: string;
  isDemo?: boolean;
}

/**
 * Creates a tenant. A municipality takes its official name and region from the reference data when no name is
 * given; only municipalities carry a municipality code, and each municipality exists once.
 */
export async function createOrganisation(ctx: AppContext, input: NewOrganisation, db: DbOrTx = ctx.db) {
  let name = input.name?.normalize('NFC').trim();
  let regionCode = input.regionCode ?? null;
  if (input.kind === 'municipality') {
    if (!input.municipalityCode) throw new Problem(400, 'municipality_required');
    const [m] = await db.select().from(municipalities).where(eq(municipalities.code, input.municipalityCode));
    if (!m) throw new Problem(400, 'municipality_unknown', { code: input.municipalityCode });
    const [taken] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.municipalityCode, m.code));
    if (taken) throw new Problem(409, 'municipality_taken');
    name ||= officialMunicipalityNames[m.code] ?? `${m.name} Kommune`;
    regionCode = m.regionCode;
  } else if (input.municipalityCode) {
    throw new Problem(400, 'municipality_only');
  }
  if (!name) throw new Problem(400, 'validation', {}, [{ path: 'name', message: 'required' }]);
  const [row] = await db
    .insert(organisations)
    .values({
      name,
      kind: input.kind,
      municipalityCode: input.kind === 'municipality' ? input.municipalityCode! : null,
      regionCode,
      isDemo: input.isDemo ?? false,
    })
    .returning()
    .catch((error: unknown) => {
      // Two requests for one municipality at once both pass the check above; the unique index stops the second.
      if (isUniqueViolation(error)) throw new Problem(409, 'municipality_taken');
      throw error;
    });
  await recordAudit(
    ctx,
    { action: 'organisation.created', orgId: row.id, entityType: 'organisation', entityId: row.id },
    db,
  );
  return view(row);
}

export async function findOrganisationByName(db: DbOrTx, name: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.name, name)));
  return row;
}
