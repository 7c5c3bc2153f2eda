/** The participant's page, loaded as its own chunk: leaders opening their link need none of the rest of the app. */
export { ParticipationPage, type ParticipationStep } from './ParticipationPage';
