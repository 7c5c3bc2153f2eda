/** The coding workspace, a chunk of its own: loaded when a transcript is first opened for coding. */
export { TranscriptWorkspacePage } from './TranscriptWorkspacePage.js';
