/** The study's gap analysis page, a chunk of its own: loaded when it is first opened. */
export { AnalysisPage } from './AnalysisPage.js';
