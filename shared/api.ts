/**
 * The HTTP contract: request schemas (parsed on the server, reused by the client's forms) and the
 * DTOs every response is built from. Dates are ISO strings on the wire.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { FINDING_KINDS, SITE_RULE_ACTIONS, type FindingKind, type FindingLabel, type SiteRuleAction } from './screening/types.js';

// ---------- primitives ----------

export const idSchema = z.uuid();
export const usernameSchema = z
  .string()
  .trim()
  .min(LIMITS.usernameMin)
  .max(LIMITS.usernameMax)
  .regex(/^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/, 'Letters, digits, dot, dash and underscore only');
export const passwordSchema = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);
export const slugSchema = z
  .string()
  .trim()
  .min(2)
  .max(LIMITS.groupSlugMax)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single dashes');
export const cursorSchema = z.string().max(200).regex(/^[A-Za-z0-9_-]+$/);
export const pageQuerySchema = z.object({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export const idempotencyKeySchema = z.string().min(8).max(LIMITS.idempotencyKeyMax).regex(/^[A-Za-z0-9_.:-]+$/);

export const ROLES = ['member', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const CREDENTIALS = ['MD', 'DO', 'RN', 'NP', 'PA', 'PharmD', 'RD', 'PhD', 'LCSW', 'PT', 'OT', 'Other'] as const;
export type Credential = (typeof CREDENTIALS)[number];
export const POST_STATUSES = ['published', 'held', 'rejected'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
export const GROUP_VISIBILITIES = ['public', 'members'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];

// ---------- requests ----------

export const signUpSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(LIMITS.displayNameMax),
  email: z.email().max(LIMITS.emailMax),
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  /** Username or e-mail address. */
  login: z.string().trim().min(1).max(LIMITS.emailMax),
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const setupSchema = signUpSchema.extend({ token: z.string().min(16).max(200) });
export type SetupInput = z.infer<typeof setupSchema>;

export const createGroupSchema = z.object({
  name: z.string().trim().min(2).max(LIMITS.groupNameMax),
  slug: slugSchema,
  description: z.string().trim().max(LIMITS.groupDescriptionMax).default(''),
  visibility: z.enum(GROUP_VISIBILITIES).default('public'),
});
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const groupParamsSchema = z.object({ slug: slugSchema });
export const idParamsSchema = z.object({ id: idSchema });

const bodySchema = z.string().trim().min(1).max(LIMITS.postBodyMax);

export const createThreadSchema = z.object({
  title: z.string().trim().min(LIMITS.threadTitleMin).max(LIMITS.threadTitleMax),
  body: bodySchema,
});
export type CreateThreadInput = z.infer<typeof createThreadSchema>;

export const updateThreadSchema = z.object({
  title: z.string().trim().min(LIMITS.threadTitleMin).max(LIMITS.threadTitleMax),
});
export type UpdateThreadInput = z.infer<typeof updateThreadSchema>;

export const createPostSchema = z.object({ body: bodySchema });
export type CreatePostInput = z.infer<typeof createPostSchema>;
export const updatePostSchema = createPostSchema;
export type UpdatePostInput = z.infer<typeof updatePostSchema>;

export const approveSchema = z.object({ note: z.string().trim().max(LIMITS.reasonMax).optional() });
export const redactSchema = z.object({ reason: z.string().trim().max(LIMITS.reasonMax).optional() });
export const rejectSchema = z.object({ reason: z.string().trim().min(3).max(LIMITS.reasonMax) });
export type RejectInput = z.infer<typeof rejectSchema>;

export const setRoleSchema = z.object({ role: z.enum(ROLES) });
export const grantClinicianSchema = z.object({
  credential: z.enum(CREDENTIALS),
  specialty: z.string().trim().min(2).max(80),
  /** What the moderator checked, for the audit log (licence register, employer letter...). */
  note: z.string().trim().max(LIMITS.reasonMax).optional(),
});
export type GrantClinicianInput = z.infer<typeof grantClinicianSchema>;
export const addGroupMemberSchema = z.object({ username: usernameSchema });
export type AddGroupMemberInput = z.infer<typeof addGroupMemberSchema>;
export const userSearchSchema = z.object({ q: z.string().trim().max(64).optional() });

export const createSiteRuleSchema = z.object({
  pattern: z.string().trim().min(2).max(LIMITS.siteRulePatternMax),
  action: z.enum(SITE_RULE_ACTIONS),
});
export type CreateSiteRuleInput = z.infer<typeof createSiteRuleSchema>;

// ---------- responses ----------

export interface ClinicianBadgeDTO {
  credential: Credential;
  specialty: string;
}

export interface AuthorDTO {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  clinician: ClinicianBadgeDTO | null;
}

export interface UserDTO extends AuthorDTO {
  createdAt: string;
}

/** What admins see in the user list. Still no e-mail: it is not needed to grant roles. */
export type AdminUserDTO = UserDTO;

export interface SessionDTO {
  user: UserDTO | null;
  csrfToken: string;
  /** True while no admin exists: the UI then points to the one-time setup link in the server log. */
  setupRequired: boolean;
}

export interface GroupDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: GroupVisibility;
  memberCount: number;
  threadCount: number;
  isMember: boolean;
  createdAt: string;
}

/** A finding as stored and shown: where and what, never a copy of the matched text. */
export interface FindingDTO {
  label: FindingLabel;
  kind: FindingKind;
  start: number;
  end: number;
  message: string;
  /** 'title' when the span is in the thread title; otherwise it is in bodySource. */
  field?: 'title';
}
export const findingKindSchema = z.enum(FINDING_KINDS);

/** Only the author and moderators ever receive a review. */
export interface ReviewDTO {
  /** Distinct finding kinds, for "awaiting review: phone number, date of birth". */
  reasons: FindingKind[];
  findings: FindingDTO[];
  rejectionReason: string | null;
  decidedAt: string | null;
}

export interface PostDTO {
  id: string;
  threadId: string;
  author: AuthorDTO;
  /** Sanitized HTML, rendered by one component on the client. Empty when deleted. */
  bodyHtml: string;
  /** The author's Markdown: only for the author (to edit) and moderators (to review). */
  bodySource: string | null;
  status: PostStatus;
  review: ReviewDTO | null;
  isFirst: boolean;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
}

export interface ThreadSummaryDTO {
  id: string;
  groupSlug: string;
  title: string;
  author: AuthorDTO;
  status: PostStatus;
  replyCount: number;
  lastActivityAt: string;
  createdAt: string;
}

export interface ThreadDTO extends ThreadSummaryDTO {
  group: { slug: string; name: string; visibility: GroupVisibility };
  deleted: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface QueueItemDTO {
  post: PostDTO;
  thread: { id: string; title: string; groupSlug: string; groupName: string };
  heldAt: string;
}

export type ModerationDecision = 'approved' | 'redacted' | 'rejected';

export interface AuditEntryDTO {
  id: string;
  actor: AuthorDTO;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  createdAt: string;
}

export interface SiteRuleDTO {
  id: string;
  pattern: string;
  action: SiteRuleAction;
  createdAt: string;
}

/**
 * Routes (all JSON, under /api; state-changing ones need the `x-csrf-token` header from SessionDTO):
 *   GET    /session                         -> SessionDTO
 *   POST   /auth/signup      signUpSchema   -> 201 SessionDTO
 *   POST   /auth/signin      signInSchema   -> SessionDTO
 *   POST   /auth/signout                    -> SessionDTO (signed out, fresh csrfToken)
 *   POST   /setup            setupSchema    -> 201 SessionDTO   (first admin, one-time token)
 *   GET    /groups                          -> { items: GroupDTO[] }
 *   POST   /groups           createGroupSchema (admin) -> 201 GroupDTO
 *   GET    /groups/:slug                    -> GroupDTO
 *   PUT    /groups/:slug/membership         -> GroupDTO  (join)
 *   DELETE /groups/:slug/membership         -> GroupDTO  (leave)
 *   GET    /groups/:slug/threads  pageQuery -> Page<ThreadSummaryDTO>
 *   POST   /groups/:slug/threads  createThreadSchema, Idempotency-Key header -> 201 { thread: ThreadDTO, post: PostDTO }
 *   GET    /threads/:id                     -> ThreadDTO
 *   PATCH  /threads/:id      updateThreadSchema -> ThreadDTO
 *   DELETE /threads/:id                     -> 204
 *   GET    /threads/:id/posts     pageQuery -> Page<PostDTO>   (oldest first)
 *   POST   /threads/:id/posts     createPostSchema, Idempotency-Key header -> 201 PostDTO
 *   PATCH  /posts/:id        updatePostSchema -> PostDTO
 *   DELETE /posts/:id                       -> 204
 *   GET    /moderation/queue                -> { items: QueueItemDTO[] }        (moderator)
 *   POST   /moderation/posts/:id/approve  approveSchema -> PostDTO             (moderator)
 *   POST   /moderation/posts/:id/redact   redactSchema  -> PostDTO             (moderator)
 *   POST   /moderation/posts/:id/reject   rejectSchema  -> PostDTO             (moderator)
 *   GET    /moderation/audit      pageQuery -> Page<AuditEntryDTO>             (moderator)
 *   GET    /admin/users      userSearchSchema -> { items: AdminUserDTO[] }     (admin)
 *   PUT    /admin/users/:id/role  setRoleSchema -> AdminUserDTO                (admin)
 *   PUT    /admin/users/:id/clinician grantClinicianSchema -> AdminUserDTO     (admin)
 *   DELETE /admin/users/:id/clinician        -> AdminUserDTO                   (admin)
 *   POST   /admin/groups/:slug/members addGroupMemberSchema -> 204            (admin; how members-only groups grow)
 *   GET    /admin/site-rules                 -> { items: SiteRuleDTO[] }       (admin)
 *   POST   /admin/site-rules createSiteRuleSchema -> 201 SiteRuleDTO           (admin)
 *   DELETE /admin/site-rules/:id             -> 204                            (admin)
 *   GET    /site-rules                       -> { items: SiteRule[] } (signed in; the composer screens with them)
 */
export const API_PREFIX = '/api';
