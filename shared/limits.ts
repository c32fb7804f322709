/** Sizes shared by the composer (to warn early) and the server (to refuse). */
export const LIMITS = {
  usernameMin: 3,
  usernameMax: 32,
  displayNameMax: 60,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  groupNameMax: 80,
  groupSlugMax: 48,
  groupDescriptionMax: 500,
  threadTitleMin: 3,
  threadTitleMax: 150,
  postBodyMax: 20_000,
  reasonMax: 500,
  pageSizeDefault: 20,
  pageSizeMax: 50,
  idempotencyKeyMax: 100,
  siteRulePatternMax: 100,
  siteRulesMax: 500,
  /** The JSON body limit: a little over the largest legitimate request. */
  requestBodyBytes: 64 * 1024,
} as const;
