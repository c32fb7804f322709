// The content rules live in shared/ so the client offers exactly the actions the server allows.
export { canDelete, canEdit, canReply, canSeeContent, canSeeReview, canSeeThread } from '../../../shared/policy.js';
