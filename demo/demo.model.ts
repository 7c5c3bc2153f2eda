import type { OrganisationKind, Role } from '../src/platform/accounts/accounts.model.js';

/**
 * The demo data set: fictitious people in the seed project's setting (three Midtjylland municipalities, a
 * vocational school, a VEU centre and a union). Every organisation is flagged `is_demo` and shown as demo data.
 */
export const DEMO_PASSWORD = 'frontline-demo';

export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name?: string;
  municipalityCode?: string;
}

export const demoOrganisations: DemoOrganisation[] = [
  { key: 'viborg', kind: 'municipality', municipalityCode: '0791' },
  { key: 'norddjurs', kind: 'municipality', municipalityCode: '0707' },
  { key: 'syddjurs', kind: 'municipality', municipalityCode: '0706' },
  { key: 'mercantec', kind: 'school', name: 'Mercantec' },
  { key: 'veu', kind: 'veu_centre', name: 'VEU-center Midt' },
  { key: 'foa', kind: 'union', name: 'FOA Midtjylland' },
];

export interface DemoUser {
  email: string;
  name: string;
  isPlatformAdmin?: boolean;
  memberships: { org: string; role: Role }[];
  /** What the login is for, printed at start-up. */
  purpose: string;
}

export const demoUsers: DemoUser[] = [
  {
    email: 'admin@demo.frontline.dk',
    name: 'Dorte Demo-Admin',
    isPlatformAdmin: true,
    memberships: [{ org: 'viborg', role: 'admin' }],
    purpose: 'platform admin; admin of Viborg Kommune',
  },
  {
    email: 'hr.viborg@demo.frontline.dk',
    name: 'Henrik Demo-HR',
    memberships: [{ org: 'viborg', role: 'hr' }],
    purpose: 'HR, Viborg Kommune',
  },
  {
    email: 'analytiker@demo.frontline.dk',
    name: 'Aase Demo-Analytiker',
    memberships: [
      { org: 'mercantec', role: 'analyst' },
      { org: 'veu', role: 'admin' },
    ],
    purpose: 'analyst at Mercantec and admin of VEU-center Midt (two organisations)',
  },
  {
    email: 'medkoder@demo.frontline.dk',
    name: 'Mads Demo-Medkoder',
    memberships: [{ org: 'mercantec', role: 'analyst' }],
    purpose: 'analyst at Mercantec, second coder of the demo interviews',
  },
  {
    email: 'leder@demo.frontline.dk',
    name: 'Lars Demo-Leder',
    memberships: [{ org: 'viborg', role: 'leader' }],
    purpose: 'first-line leader, Viborg Kommune',
  },
  {
    email: 'koordinator@demo.frontline.dk',
    name: 'Karen Demo-Koordinator',
    memberships: [{ org: 'mercantec', role: 'coordinator' }],
    purpose: 'course coordinator, Mercantec',
  },
  {
    email: 'norddjurs@demo.frontline.dk',
    name: 'Niels Demo-Admin',
    memberships: [
      { org: 'norddjurs', role: 'admin' },
      { org: 'syddjurs', role: 'hr' },
    ],
    purpose: 'admin of Norddjurs Kommune, HR in Syddjurs Kommune',
  },
  {
    email: 'foa@demo.frontline.dk',
    name: 'Frida Demo-FOA',
    memberships: [{ org: 'foa', role: 'admin' }],
    purpose: 'admin of FOA Midtjylland (union)',
  },
];
