/**
 * A control's accessible name: its visible label followed by what it acts on ("Fjern: Mandag, tidsrum 1"). The name
 * starts with the visible text (WCAG 2.5.3), and the many "Fjern" and "Flyt op" buttons of a page are told apart.
 */
export const named = (label: string, context: string) => `${label}: ${context}`;
