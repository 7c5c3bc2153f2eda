import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { OrganisationKind, Role } from '../platform/accounts/accounts.model';
import { ApiError, api } from './api';
import { currentLanguage, type Language, setLanguage } from './i18n';
import { queryClient, sessionQueryKey } from './query';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: Language;
  isPlatformAdmin: boolean;
}

export interface OrganisationMembership {
  id: string;
  name: string;
  kind: OrganisationKind;
  role: Role;
}

export interface Session {
  user: SessionUser;
  activeOrganisation: OrganisationMembership | null;
  organisations: OrganisationMembership[];
  csrfToken: string | null;
  authKind: 'session' | 'token';
}

/** The session, or null when signed out (the API answers 401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await api.get<Session>('/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function cachedSession(): Session | null {
  return queryClient.getQueryData<Session | null>(sessionQueryKey) ?? null;
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in session; only for components rendered inside the signed-in part of the app. */
export function useSignedInSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInSession used outside a signed-in page');
  return data;
}

/** Replaces the cached session and forgets data of the previous user or organisation. */
function useAdoptSession() {
  const client = useQueryClient();
  return (session: Session | null) => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    client.setQueryData(sessionQueryKey, session);
  };
}

export function useSignIn() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api.post<Session>('/auth/sign-in', input),
    onSuccess: (session) => {
      adopt(session);
      void setLanguage(session.user.locale);
    },
  });
}

/** Applies a session that an API call returned (e.g. accepting an invitation signs the user in). */
export function useAcceptSession() {
  const adopt = useAdoptSession();
  return (session: Session) => {
    adopt(session);
    void setLanguage(session.user.locale);
  };
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    onSettled: () => {
      client.clear();
      client.setQueryData(sessionQueryKey, null);
    },
  });
}

export function useSwitchOrganisation() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (organisationId: string) => api.put<Session>('/session/organisation', { organisationId }),
    onSuccess: (session) => adopt(session),
  });
}

/**
 * Changes the UI language at once; for a signed-in user also saves it on the account (PATCH /me) so that
 * mails and other devices follow.
 */
export function useChangeLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (language: Language) => {
      const session = client.getQueryData<Session | null>(sessionQueryKey);
      // Update the cache first so the session-locale sync below does not switch back.
      if (session) client.setQueryData(sessionQueryKey, { ...session, user: { ...session.user, locale: language } });
      await setLanguage(language);
      if (session && session.authKind === 'session') await api.patch<SessionUser>('/me', { locale: language });
    },
  });
}

/** Follows the language saved on the account when the session (re)loads. */
export function useSessionLanguage(session: Session | null | undefined) {
  const locale = session?.user.locale;
  useEffect(() => {
    if (locale && locale !== currentLanguage()) void setLanguage(locale);
  }, [locale]);
}
