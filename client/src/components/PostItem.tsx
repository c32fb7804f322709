import { useState, type FormEvent } from 'react';
import type { PostDTO, UserDTO } from '../../../shared/api.js';
import { canDelete as mayDelete, canEdit as mayEdit } from '../../../shared/policy.js';
import { api, seg } from '../api/client.js';
import { listKinds } from '../lib/findings.js';
import { useAction } from '../lib/useAction.js';
import { AuthorBadges, Badge } from './Badge.js';
import { Composer } from './Composer.js';
import { ErrorAlert } from './ErrorAlert.js';
import { PostBody } from './PostBody.js';
import { RelativeTime } from './RelativeTime.js';
import { SubmitButton } from './SubmitButton.js';

interface PostItemProps {
  post: PostDTO;
  viewer: UserDTO | null;
  onChange: (post: PostDTO) => void;
  onDeleted: (id: string) => void;
  /** Deleting the opening post deletes the thread; the page decides where to go next. */
  onDeleteThread: () => Promise<void>;
}

function PostStatus({ post }: { post: PostDTO }) {
  if (post.status === 'held') {
    const reasons = post.review?.reasons ?? [];
    return (
      <div className="post-status post-status-held" role="note">
        <p>
          <Badge tone="warning">Awaiting review</Badge> Only you and the moderators can see this post until a moderator
          has checked it.
        </p>
        {reasons.length > 0 && <p>It may contain: {listKinds(reasons)}.</p>}
      </div>
    );
  }
  if (post.status === 'rejected') {
    return (
      <div className="post-status post-status-rejected" role="note">
        <p>
          <Badge tone="danger">Not published</Badge> A moderator decided not to publish this post. Only you can see
          it.
        </p>
        {post.review?.rejectionReason && (
          <p>
            <span className="label">Moderator&apos;s reason:</span> {post.review.rejectionReason}
          </p>
        )}
      </div>
    );
  }
  return null;
}

export function PostItem({ post, viewer, onChange, onDeleted, onDeleteThread }: PostItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState('');
  const { busy, error, setError, run } = useAction();

  const isOwn = viewer !== null && viewer.id === post.author.id;
  // The server's own rules (shared/policy.ts); editing also needs the source text, sent only to the author.
  const facts = { authorId: post.author.id, status: post.status, deleted: post.deleted };
  const canEdit = mayEdit(viewer, facts) && post.bodySource !== null;
  const canDelete = mayDelete(viewer, facts);
  const name = post.author.displayName;

  function startEdit() {
    setDraft(post.bodySource ?? '');
    setError(null);
    setMode('edit');
  }

  async function saveEdit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || draft.trim() === '') return;
    await run(async () => {
      const updated = await api.patch<PostDTO>(`/posts/${seg(post.id)}`, { body: draft });
      onChange(updated);
      setMode('view');
    });
  }

  async function confirmDelete() {
    await run(async () => {
      if (post.isFirst) {
        await onDeleteThread();
      } else {
        await api.delete(`/posts/${seg(post.id)}`);
        onDeleted(post.id);
      }
      setMode('view');
    });
  }

  if (post.deleted) {
    return (
      <article className="post post-deleted" id={`post-${post.id}`} aria-label={`Deleted post by ${name}`}>
        <p className="muted">This post was removed.</p>
      </article>
    );
  }

  return (
    <article
      className={`post${post.status !== 'published' ? ` post-${post.status}` : ''}${post.author.clinician ? ' post-clinician' : ''}`}
      id={`post-${post.id}`}
      aria-label={`Post by ${name}`}
    >
      <header className="post-header">
        <span className="post-author">{name}</span>
        <AuthorBadges author={post.author} />
        <span className="post-time">
          <a href={`#post-${post.id}`} className="quiet-link">
            <RelativeTime iso={post.createdAt} />
          </a>
          {post.editedAt && (
            <span className="muted">
              {' '}
              · edited <RelativeTime iso={post.editedAt} />
            </span>
          )}
        </span>
      </header>

      {isOwn ? (
        <PostStatus post={post} />
      ) : (
        post.status !== 'published' && (
          <p className="post-status">
            <Badge tone="warning">{post.status === 'held' ? 'Awaiting review' : 'Not published'}</Badge>
          </p>
        )
      )}

      {mode === 'edit' ? (
        <form className="stack" onSubmit={saveEdit}>
          <Composer label="Edit your post" value={draft} onChange={setDraft} disabled={busy} autoFocus />
          <ErrorAlert error={error} />
          <div className="actions">
            <SubmitButton busy={busy} label="Save changes" busyLabel="Saving…" disabled={draft.trim() === ''} />
            <button type="button" className="button button-secondary" onClick={() => setMode('view')} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <PostBody html={post.bodyHtml} />
      )}

      {post.author.clinician && (
        <footer className="post-disclaimer">General information, not personal medical advice.</footer>
      )}

      {(canEdit || canDelete) && mode === 'view' && (
        <div className="post-actions">
          {canEdit && (
            <button type="button" className="button button-small button-quiet" onClick={startEdit}>
              Edit
            </button>
          )}
          {canDelete && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => {
              setError(null);
              setMode('confirm-delete');
            }}
          >
            {post.isFirst ? 'Delete thread' : 'Delete'}
          </button>
          )}
        </div>
      )}

      {mode === 'confirm-delete' && (
        <div className="confirm" role="group" aria-label="Confirm deletion">
          <p>
            {post.isFirst
              ? 'Delete this whole thread, including any replies? This cannot be undone.'
              : 'Delete this post? This cannot be undone.'}
          </p>
          <div className="actions">
            <button type="button" className="button button-danger" onClick={confirmDelete} disabled={busy}>
              {busy ? 'Deleting…' : post.isFirst ? 'Yes, delete thread' : 'Yes, delete post'}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setMode('view')} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {mode !== 'edit' && <ErrorAlert error={error} />}
    </article>
  );
}
