import type { TMember } from '@gcm/domain';
import type { MemberRow } from './members.repository';

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
