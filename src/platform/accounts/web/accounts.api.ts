import { useQuery } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { OrganisationKind, Role } from '../accounts.model';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  invitedByName: string | null;
}

export interface InvitationLookup {
  organisationName: string;
  email: string;
  role: Role;
  accountExists: boolean;
  expiresAt: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

/** Returned once, when the token is created: the secret is never shown again. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipalityCode: string | null;
  regionCode: string | null;
  regionName: string | null;
  isDemo: boolean;
}

export interface Municipality {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

/** Query keys; the session switch forgets every non-session query, so they need no organisation id. */
export const accountsKeys = {
  members: ['members'] as const,
  invitations: ['invitations'] as const,
  tokens: ['tokens'] as const,
  organisations: ['organisations'] as const,
  activeOrganisation: ['organisation'] as const,
  municipalities: ['municipalities'] as const,
  invitationLookup: (token: string) => ['invitation-lookup', token] as const,
};

/** Details of the active organisation (e.g. whether it holds demo data); nothing when there is none. */
export function useActiveOrganisation(enabled: boolean) {
  return useQuery({
    queryKey: accountsKeys.activeOrganisation,
    queryFn: () => api.get<Organisation>('/organisation'),
    enabled,
    staleTime: 5 * 60_000,
  });
}
