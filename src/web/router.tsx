import { createRootRoute, createRoute, createRouter, Navigate, useNavigate } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense } from 'react';
import { AreasPage } from '../organisations/web/AreasPage';
import { ImportPage } from '../organisations/web/ImportPage';
import { LeadersPage } from '../organisations/web/LeadersPage';
import { OrgChartPage } from '../organisations/web/OrgChartPage';
import { PeoplePage } from '../organisations/web/PeoplePage';
import { PersonPage } from '../organisations/web/PersonPage';
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
import { Loading } from './ui/Loading';

/** Signed-out visitors get the sign-in form in place (the URL stays, so they land where they meant to). */
function Protected({ section, children }: { section: Section; children: ReactNode }) {
  const session = useSession().data ?? null;
  if (!session) return <SignInPage />;
  if (!canOpen(section, session)) return <NoAccessPage />;
  return <>{children}</>;
}

// The frameworks pages are one chunk of their own, fetched when the first of them is opened.
const frameworkPages = () => import('../frameworks/web/pages');
const FrameworksPage = lazy(() => frameworkPages().then((m) => ({ default: m.FrameworksPage })));
const FrameworkPage = lazy(() => frameworkPages().then((m) => ({ default: m.FrameworkPage })));
const FrameworkImportPage = lazy(() => frameworkPages().then((m) => ({ default: m.FrameworkImportPage })));
const RoleProfilesPage = lazy(() => frameworkPages().then((m) => ({ default: m.RoleProfilesPage })));
const RoleProfilePage = lazy(() => frameworkPages().then((m) => ({ default: m.RoleProfilePage })));
// Likewise the studies pages.
const studyPages = () => import('../studies/web/pages');
const StudiesPage = lazy(() => studyPages().then((m) => ({ default: m.StudiesPage })));
const StudyPage = lazy(() => studyPages().then((m) => ({ default: m.StudyPage })));
// The participant's page (from the invitation mail's personal link) is a chunk of its own: it is all a leader needs.
const participationPages = () => import('../studies/web/participation/pages');
const ParticipationPage = lazy(() => participationPages().then((m) => ({ default: m.ParticipationPage })));
// The study team's fieldwork page (invitations, hours, agenda, guide, response rates) is a chunk of its own too.
const fieldworkPages = () => import('../studies/web/fieldwork/pages');
const FieldworkPage = lazy(() => fieldworkPages().then((m) => ({ default: m.FieldworkPage })));
// The study team's interview analysis (transcripts, codebook, retrieval, agreement, search, …) is a chunk of its own.
const codingStudyPages = () => import('../coding/web/study/pages');
const CodingPage = lazy(() => codingStudyPages().then((m) => ({ default: m.CodingPage })));
// The study's gap analysis ("Kompetencegab") is a chunk of its own, as is the heatmap's ECharts inside it.
const analysisPages = () => import('../analysis/web/pages');
const AnalysisPage = lazy(() => analysisPages().then((m) => ({ default: m.AnalysisPage })));
// The coding workspace (one transcript) is a chunk of its own.
const codingWorkspacePages = () => import('../coding/web/workspace/pages');
const TranscriptWorkspacePage = lazy(() =>
  codingWorkspacePages().then((m) => ({ default: m.TranscriptWorkspacePage })),
);

function LazyPage({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
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

const optionalOffset = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
};

const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const orgImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/import',
  validateSearch: (search: Record<string, unknown>): { importId?: string } => ({
    importId: optionalText(search.importId),
  }),
  component: function OrgImportRoute() {
    const { importId } = orgImportRoute.useSearch();
    const navigate = useNavigate();
    return (
      <Protected section="orgchart">
        <ImportPage
          importId={importId}
          onImportChosen={(id) => void navigate({ to: '/organisation/import', search: { importId: id } })}
        />
      </Protected>
    );
  },
});

const orgLeadersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/leaders',
  component: () => (
    <Protected section="leaders">
      <LeadersPage />
    </Protected>
  ),
});

const orgPeopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/people',
  validateSearch: (search: Record<string, unknown>): { unitId?: string; areaId?: string; erased?: string } => ({
    unitId: optionalText(search.unitId),
    areaId: optionalText(search.areaId),
    erased: optionalText(search.erased),
  }),
  component: function OrgPeopleRoute() {
    const { unitId, areaId, erased } = orgPeopleRoute.useSearch();
    return (
      <Protected section="people">
        <PeoplePage
          key={`${unitId}:${areaId}`}
          initial={{ unitId: unitId ?? '', areaId: areaId ?? '' }}
          erased={erased}
        />
      </Protected>
    );
  },
});

const orgPersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/people/$personId',
  component: function OrgPersonRoute() {
    const { personId } = orgPersonRoute.useParams();
    const navigate = useNavigate();
    return (
      <Protected section="people">
        <PersonPage
          personId={personId}
          onErased={(pseudonym) => void navigate({ to: '/organisation/people', search: { erased: pseudonym } })}
        />
      </Protected>
    );
  },
});

const orgChartRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/chart',
  component: () => (
    <Protected section="people">
      <OrgChartPage />
    </Protected>
  ),
});

const orgAreasRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation/areas',
  component: () => (
    <Protected section="orgchart">
      <AreasPage />
    </Protected>
  ),
});

const frameworksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/frameworks',
  component: () => (
    <Protected section="frameworks">
      <LazyPage>
        <FrameworksPage />
      </LazyPage>
    </Protected>
  ),
});

const frameworkImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/frameworks/import',
  component: () => (
    <Protected section="frameworks">
      <LazyPage>
        <FrameworkImportPage />
      </LazyPage>
    </Protected>
  ),
});

const frameworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/frameworks/$frameworkId',
  validateSearch: (search: Record<string, unknown>): { version?: string } => ({
    version: optionalText(search.version),
  }),
  component: function FrameworkRoute() {
    const { frameworkId } = frameworkRoute.useParams();
    const { version } = frameworkRoute.useSearch();
    const navigate = useNavigate();
    return (
      <Protected section="frameworks">
        <LazyPage>
          <FrameworkPage
            frameworkId={frameworkId}
            versionId={version}
            onShowVersion={(id) =>
              void navigate({
                to: '/frameworks/$frameworkId',
                params: { frameworkId },
                search: id ? { version: id } : {},
              })
            }
          />
        </LazyPage>
      </Protected>
    );
  },
});

const roleProfilesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/role-profiles',
  validateSearch: (search: Record<string, unknown>): { frameworkId?: string } => ({
    frameworkId: optionalText(search.frameworkId),
  }),
  component: function RoleProfilesRoute() {
    const { frameworkId } = roleProfilesRoute.useSearch();
    return (
      <Protected section="roleProfiles">
        <LazyPage>
          <RoleProfilesPage key={frameworkId ?? ''} frameworkId={frameworkId} />
        </LazyPage>
      </Protected>
    );
  },
});

const roleProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/role-profiles/$profileId',
  component: function RoleProfileRoute() {
    const { profileId } = roleProfileRoute.useParams();
    const navigate = useNavigate();
    return (
      <Protected section="roleProfiles">
        <LazyPage>
          <RoleProfilePage profileId={profileId} onDeleted={() => void navigate({ to: '/role-profiles' })} />
        </LazyPage>
      </Protected>
    );
  },
});

const studiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/studies',
  component: () => (
    <Protected section="studies">
      <LazyPage>
        <StudiesPage />
      </LazyPage>
    </Protected>
  ),
});

const studyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/studies/$studyId',
  validateSearch: (search: Record<string, unknown>): { tab?: string; created?: string } => ({
    tab: optionalText(search.tab),
    created: optionalText(search.created),
  }),
  component: function StudyRoute() {
    const { studyId } = studyRoute.useParams();
    const { tab, created } = studyRoute.useSearch();
    const navigate = useNavigate();
    return (
      <Protected section="studies">
        <LazyPage>
          <StudyPage
            studyId={studyId}
            tab={tab}
            created={created === '1'}
            onTab={(next) =>
              void navigate({
                to: '/studies/$studyId',
                params: { studyId },
                search: next === 'overview' ? {} : { tab: next },
                replace: true,
                resetScroll: false,
              })
            }
            onDeclined={() => void navigate({ to: '/studies' })}
          />
        </LazyPage>
      </Protected>
    );
  },
});

const studyFieldworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/studies/$studyId/fieldwork',
  component: function StudyFieldworkRoute() {
    const { studyId } = studyFieldworkRoute.useParams();
    return (
      <Protected section="studies">
        <LazyPage>
          <FieldworkPage studyId={studyId} />
        </LazyPage>
      </Protected>
    );
  },
});

const transcriptWorkspaceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/studies/$studyId/transcripts/$transcriptId',
  // From a retrieved passage or a search hit (start, end: code points) or an agreement comparison (view=compare).
  validateSearch: (search: Record<string, unknown>): { start?: number; end?: number; view?: 'compare' } => ({
    start: optionalOffset(search.start),
    end: optionalOffset(search.end),
    view: search.view === 'compare' ? 'compare' : undefined,
  }),
  component: function TranscriptWorkspaceRoute() {
    const { studyId, transcriptId } = transcriptWorkspaceRoute.useParams();
    const { start, view } = transcriptWorkspaceRoute.useSearch();
    return (
      <Protected section="studies">
        <LazyPage>
          <TranscriptWorkspacePage
            key={transcriptId}
            studyId={studyId}
            transcriptId={transcriptId}
            focusAt={start}
            compare={view === 'compare'}
          />
        </LazyPage>
      </Protected>
    );
  },
});

const studyCodingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/studies/$studyId/coding',
  validateSearch: (search: Record<string, unknown>): { tab?: string; code?: string } => ({
    tab: optionalText(search.tab),
    code: optionalText(search.code),
  }),
  component: function StudyCodingRoute() {
    const { studyId } = studyCodingRoute.useParams();
    const { tab, code } = studyCodingRoute.useSearch();
    const navigate = useNavigate();
    return (
      <Protected section="studies">
        <LazyPage>
          <CodingPage
            studyId={studyId}
            tab={tab}
            code={code}
            onTab={(next, target) =>
              void navigate({
                to: '/studies/$studyId/coding',
                params: { studyId },
                search: {
                  ...(next === 'transcripts' ? {} : { tab: next }),
                  ...(target?.code ? { code: target.code } : {}),
                },
                replace: true,
                resetScroll: false,
              })
            }
          />
        </LazyPage>
      </Protected>
    );
  },
});

const studyAnalysisRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/studies/$studyId/analysis',
  component: function StudyAnalysisRoute() {
    const { studyId } = studyAnalysisRoute.useParams();
    return (
      <Protected section="studies">
        <LazyPage>
          <AnalysisPage studyId={studyId} />
        </LazyPage>
      </Protected>
    );
  },
});

/** Public: the token in the path is the credential, so no sign-in is asked for (as for /sign-in and /invitation). */
const participationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/deltag/$token',
  validateSearch: (search: Record<string, unknown>): { step?: 'booking' | 'survey' } => ({
    step: search.step === 'booking' || search.step === 'survey' ? search.step : undefined,
  }),
  component: function ParticipationRoute() {
    const { token } = participationRoute.useParams();
    const { step } = participationRoute.useSearch();
    const navigate = useNavigate();
    return (
      <LazyPage>
        <ParticipationPage
          token={token}
          step={step}
          onStep={(next) =>
            void navigate({ to: '/deltag/$token', params: { token }, search: next ? { step: next } : {} })
          }
        />
      </LazyPage>
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
  orgImportRoute,
  orgLeadersRoute,
  orgPeopleRoute,
  orgPersonRoute,
  orgChartRoute,
  orgAreasRoute,
  frameworksRoute,
  frameworkImportRoute,
  frameworkRoute,
  roleProfilesRoute,
  roleProfileRoute,
  studiesRoute,
  studyRoute,
  studyFieldworkRoute,
  studyCodingRoute,
  studyAnalysisRoute,
  transcriptWorkspaceRoute,
  participationRoute,
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
