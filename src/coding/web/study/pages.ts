/** The study's interview-analysis page, a chunk of its own: loaded when the study team first opens it. */
export { CodingPage } from './CodingPage.js';
