/**
 * The team form's state: the current team as editable rows, the members who can still be added, and what PUT /team
 * should receive. The API keeps the caller on the team whatever is sent, so the form does not offer to remove them.
 */
import type { Member, TeamMember, TeamRole } from './studies.api';
import { TEAM_ROLES } from './studies.api';

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);
}

/** Members of the running organisation who are not on the team yet, by name. */
export function addableMembers(members: readonly Member[], team: readonly TeamMember[]): Member[] {
  const onTeam = new Set(team.map((m) => m.userId));
  return members.filter((m) => !onTeam.has(m.userId)).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export function teamPayload(team: readonly TeamMember[]): { userId: string; role: TeamRole }[] {
  return team.map((m) => ({ userId: m.userId, role: m.role }));
}

/** Whether the edited team differs from the saved one (members or roles; order does not matter). */
export function teamChanged(saved: readonly TeamMember[], edited: readonly TeamMember[]): boolean {
  const text = (team: readonly TeamMember[]) =>
    team
      .map((m) => `${m.userId}:${m.role}`)
      .sort()
      .join();
  return text(saved) !== text(edited);
}
