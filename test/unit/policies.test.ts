import { describe, expect, it } from 'vitest';
import { canPostInGroup, canSeeGroup } from '../../server/modules/groups/group.policy.js';
import { canDelete, canEdit, canReply, canSeeContent, canSeeReview, canSeeThread } from '../../server/modules/threads/thread.policy.js';

const member = { id: 'm', role: 'member' as const };
const author = { id: 'a', role: 'member' as const };
const mod = { id: 'mod', role: 'moderator' as const };

describe('group policy', () => {
  it('shows members-only groups to members and staff only', () => {
    const hidden = { visibility: 'members' as const, isMember: false };
    expect(canSeeGroup(null, hidden)).toBe(false);
    expect(canSeeGroup(member, hidden)).toBe(false);
    expect(canSeeGroup(mod, hidden)).toBe(true);
    expect(canSeeGroup(member, { ...hidden, isMember: true })).toBe(true);
    expect(canSeeGroup(null, { visibility: 'public', isMember: false })).toBe(true);
  });

  it('lets only signed-in members (or staff) post', () => {
    expect(canPostInGroup(null, { visibility: 'public', isMember: false })).toBe(false);
    expect(canPostInGroup(member, { visibility: 'public', isMember: false })).toBe(false);
    expect(canPostInGroup(member, { visibility: 'public', isMember: true })).toBe(true);
    expect(canPostInGroup(mod, { visibility: 'public', isMember: false })).toBe(true);
  });
});

describe('content policy', () => {
  const held = { authorId: 'a', status: 'held' as const, deleted: false };
  const published = { authorId: 'a', status: 'published' as const, deleted: false };

  it('shows held and rejected content to its author and staff only', () => {
    expect(canSeeContent(null, held)).toBe(false);
    expect(canSeeContent(member, held)).toBe(false);
    expect(canSeeContent(author, held)).toBe(true);
    expect(canSeeContent(mod, held)).toBe(true);
    expect(canSeeContent(member, { ...held, status: 'rejected' })).toBe(false);
    expect(canSeeContent(author, { ...held, deleted: true })).toBe(false);
  });

  it('keeps deleted published posts as placeholders but hides deleted threads', () => {
    expect(canSeeContent(member, { ...published, deleted: true })).toBe(true);
    expect(canSeeThread(member, { ...published, deleted: true })).toBe(false);
  });

  it('gives the review only to the author and staff', () => {
    expect(canSeeReview(member, published)).toBe(false);
    expect(canSeeReview(author, published)).toBe(true);
    expect(canSeeReview(mod, published)).toBe(true);
  });

  it('lets authors edit, authors and staff delete, and replies only to published threads', () => {
    expect(canEdit(author, published)).toBe(true);
    expect(canEdit(mod, published)).toBe(false);
    expect(canEdit(author, { ...published, status: 'rejected' })).toBe(false);
    expect(canDelete(mod, published)).toBe(true);
    expect(canDelete(member, published)).toBe(false);
    expect(canReply(published)).toBe(true);
    expect(canReply(held)).toBe(false);
  });
});
