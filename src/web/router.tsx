import { createRootRoute, createRoute, createRouter, Navigate, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ForgotPasswordPage } from '../platform/accounts/web/ForgotPasswordPage';
import { InvitationPage } from '../platform/accounts/web/InvitationPage';
import { MembersPage } from '../platform/accounts/web/MembersPage';
import { OrganisationsPage } from '../platform/accounts/web/OrganisationsPage';
import { ProfilePage } from '../platform/accounts/web/ProfilePage';
import { ResetPasswordPage } from '../platform/accounts/web/ResetPasswordPage';
import { SignInPage } from '../platform/accounts/web/SignInPage';
import { TokensPage } from '../platform/accounts/web/TokensPage';
import { AuditPage } from '../platform/audit/web/AuditPage';
import { OutboxMessagePage } from '../platform/mail/web/OutboxMessagePage';
import { OutboxPage } from '../platform/mail/web/OutboxPage';
import { Layout } from './layout/Layout';
import { canOpen, type Section } from './navigation';
import { ErrorPage } from './pages/ErrorPage';
import { NoAccessPage } from './pages/NoAccessPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';
import { useSession } from './session';

/** Signed-out visitors get the sign-in form in place (the URL stays, so they land where they meant to). */
function Protected({ section, children }: { section: Section; children: ReactNode }) {
  const session = useSession().data ?? null;
  if (!session) return <SignInPage />;
  if (!canOpen(section, session)) return <NoAccessPage />;
  return <>{children}</>;
}

const tokenSearch = (search: Record<string, unknown>): { token: string } => ({
  token: typeof search.token === 'string' ? search.token : '',
});

const rootRoute = createRootRoute({
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

const startRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: () => (
    <Protected section="start">
      <StartPage />
    </Protected>
  ),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  component: function SignInRoute() {
    const session = useSession().data;
    const navigate = useNavigate();
    if (session) return <Navigate to="/" />;
    return <SignInPage onSignedIn={() => void navigate({ to: '/' })} />;
  },
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: tokenSearch,
  component: function ResetPasswordRoute() {
    const { token } = resetPasswordRoute.useSearch();
    return <ResetPasswordPage token={token} />;
  },
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitation',
  validateSearch: tokenSearch,
  component: function InvitationRoute() {
    const { token } = invitationRoute.useSearch();
    return <InvitationPage token={token} />;
  },
});

const profileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/profile',
  component: () => (
    <Protected section="profile">
      <ProfilePage />
    </Protected>
  ),
});

const tokensRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tokens',
  component: () => (
    <Protected section="tokens">
      <TokensPage />
    </Protected>
  ),
});

const membersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/members',
  component: () => (
    <Protected section="members">
      <MembersPage />
    </Protected>
  ),
});

const organisationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisations',
  component: () => (
    <Protected section="organisations">
      <OrganisationsPage />
    </Protected>
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  component: () => (
    <Protected section="audit">
      <AuditPage />
    </Protected>
  ),
});

const outboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/outbox',
  component: () => (
    <Protected section="outbox">
      <OutboxPage />
    </Protected>
  ),
});

const outboxMessageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/outbox/$messageId',
  component: function OutboxMessageRoute() {
    const { messageId } = outboxMessageRoute.useParams();
    return (
      <Protected section="outbox">
        <OutboxMessagePage messageId={messageId} />
      </Protected>
    );
  },
});

const routeTree = rootRoute.addChildren([
  startRoute,
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  profileRoute,
  tokensRoute,
  membersRoute,
  organisationsRoute,
  auditRoute,
  outboxRoute,
  outboxMessageRoute,
]);

export const router = createRouter({
  routeTree,
  defaultNotFoundComponent: NotFoundPage,
  defaultErrorComponent: ErrorPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
