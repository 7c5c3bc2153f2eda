import { describe, expect, it } from 'vitest';
import type { Member, TeamMember } from './studies.api';
import { addableMembers, isTeamRole, teamChanged, teamPayload } from './teamDraft';

const member = (userId: string, name: string): Member => ({ userId, name, email: `${userId}@x.dk`, role: 'analyst' });
const onTeam = (userId: string, role: TeamMember['role']): TeamMember => ({
  userId,
  name: userId,
  email: `${userId}@x.dk`,
  role,
});

describe('team draft', () => {
  it('offers only members who are not on the team, in Danish alphabetical order', () => {
    const members = [member('u1', 'Åse'), member('u2', 'Bo'), member('u3', 'Æble'), member('u4', 'Anne')];
    expect(addableMembers(members, [onTeam('u2', 'lead')]).map((m) => m.name)).toEqual(['Anne', 'Æble', 'Åse']);
  });

  it('sends user ids and roles only', () => {
    expect(teamPayload([onTeam('u1', 'lead'), onTeam('u2', 'interviewer')])).toEqual([
      { userId: 'u1', role: 'lead' },
      { userId: 'u2', role: 'interviewer' },
    ]);
  });

  it('sees a changed role or member, but not a changed order', () => {
    const saved = [onTeam('u1', 'lead'), onTeam('u2', 'analyst')];
    expect(teamChanged(saved, [...saved].reverse())).toBe(false);
    expect(teamChanged(saved, [onTeam('u1', 'lead'), onTeam('u2', 'interviewer')])).toBe(true);
    expect(teamChanged(saved, [onTeam('u1', 'lead')])).toBe(true);
  });

  it('knows the team roles', () => {
    expect(isTeamRole('interviewer')).toBe(true);
    expect(isTeamRole('hr')).toBe(false);
  });
});
