/** The fieldwork page, a chunk of its own: loaded when a study team first opens it. */
export { FieldworkPage } from './FieldworkPage';
