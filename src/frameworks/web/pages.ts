/** The frameworks and role-profile pages, loaded together as one chunk when the first of them is opened. */
export { FrameworkImportPage } from './FrameworkImportPage';
export { FrameworkPage } from './FrameworkPage';
export { FrameworksPage } from './FrameworksPage';
export { RoleProfilePage } from './RoleProfilePage';
export { RoleProfilesPage } from './RoleProfilesPage';
