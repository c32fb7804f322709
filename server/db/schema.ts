import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Credential, FindingDTO, GroupVisibility, PostStatus, Role } from '../../shared/api.js';
import type { SiteRuleAction } from '../../shared/screening/types.js';

/** A timestamp with a database default: optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

/** What a held post keeps of its screen: the finding as shown, kind and offsets, never the matched text. */
export type StoredFinding = FindingDTO;

export interface UsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string;
  password_hash: string;
  role: Generated<Role>;
  clinician_credential: Credential | null;
  clinician_specialty: string | null;
  clinician_verified_at: NullableTimestamp;
  clinician_verified_by: string | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  sid: string;
  sess: Json<Record<string, unknown>>;
  user_id: string | null;
  expires_at: RequiredTimestamp;
}

export interface SetupTokensTable {
  token_hash: string;
  expires_at: RequiredTimestamp;
}

export interface GroupsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  description: string;
  visibility: GroupVisibility;
  member_count: Generated<number>;
  thread_count: Generated<number>;
  created_by: string;
  created_at: Timestamp;
}

export interface GroupMembershipsTable {
  group_id: string;
  user_id: string;
  created_at: Timestamp;
}

export interface ThreadsTable {
  id: Generated<string>;
  group_id: string;
  author_id: string;
  title: string;
  status: PostStatus;
  reply_count: Generated<number>;
  last_activity_at: Timestamp;
  created_at: Timestamp;
  deleted_at: NullableTimestamp;
}

export interface PostsTable {
  id: Generated<string>;
  thread_id: string;
  author_id: string;
  body_source: string;
  body_html: string;
  status: PostStatus;
  is_first: boolean;
  findings: Json<StoredFinding[]>;
  held_at: NullableTimestamp;
  decided_at: NullableTimestamp;
  decided_by: string | null;
  rejection_reason: string | null;
  created_at: Timestamp;
  edited_at: NullableTimestamp;
  deleted_at: NullableTimestamp;
}

export interface PostRevisionsTable {
  id: Generated<string>;
  post_id: string;
  body_source: string;
  created_at: Timestamp;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  scope: string;
  resource_id: string;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  actor_id: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  metadata: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface SiteRulesTable {
  id: Generated<string>;
  pattern: string;
  action: SiteRuleAction;
  created_by: string;
  created_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  setup_tokens: SetupTokensTable;
  groups: GroupsTable;
  group_memberships: GroupMembershipsTable;
  threads: ThreadsTable;
  posts: PostsTable;
  post_revisions: PostRevisionsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  site_rules: SiteRulesTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type GroupRow = Selectable<GroupsTable>;
export type ThreadRow = Selectable<ThreadsTable>;
export type PostRow = Selectable<PostsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type SiteRuleRow = Selectable<SiteRulesTable>;
