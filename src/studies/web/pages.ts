/** The studies pages, loaded together as one chunk when the first of them is opened. */
export { StudiesPage } from './StudiesPage';
export { StudyPage } from './StudyPage';
