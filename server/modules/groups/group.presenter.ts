import type { GroupDTO } from '../../../shared/api.js';
import type { GroupWithMembership } from './group.repository.js';

export function presentGroup(g: GroupWithMembership): GroupDTO {
  return {
    id: g.id,
    slug: g.slug,
    name: g.name,
    description: g.description,
    visibility: g.visibility,
    memberCount: g.member_count,
    threadCount: g.thread_count,
    isMember: g.is_member,
    createdAt: g.created_at.toISOString(),
  };
}
