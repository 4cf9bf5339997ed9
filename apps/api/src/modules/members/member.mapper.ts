import type { TMember } from '@gcm/domain';

export const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

export const memberInclude = {
  person: { select: { id: true, name: true, email: true, title: true } },
  organisation: organisationRef,
} as const;

export type MemberRow = {
  id: string;
  role: TMember['role'];
  acceptedAt: Date | null;
  person: { id: string; name: string; email: string; title: string | null };
  organisation: TMember['organisation'];
};

export function toMember(row: MemberRow): TMember {
  return {
    membershipId: row.id,
    personId: row.person.id,
    name: row.person.name,
    email: row.person.email,
    title: row.person.title,
    role: row.role,
    organisation: row.organisation,
    status: row.acceptedAt ? 'active' : 'invited',
  };
}
