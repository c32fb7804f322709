import { useRef, useState, type FormEvent } from 'react';
import { Link, NavLink } from 'react-router';
import { rejectSchema, type AuditEntryDTO, type PostDTO, type QueueItemDTO } from '../../../shared/api.js';
import { LIMITS } from '../../../shared/limits.js';
import { api, isApiError, seg } from '../api/client.js';
import { upsertById, usePaginated } from '../api/hooks.js';
import { AuthorBadges } from '../components/Badge.js';
import { ErrorAlert, Loading, PageError } from '../components/ErrorAlert.js';
import { LoadMore } from '../components/LoadMore.js';
import { HighlightedText } from '../components/HighlightedText.js';
import { RelativeTime } from '../components/RelativeTime.js';
import { listKinds } from '../lib/findings.js';
import { formatDateTime } from '../lib/time.js';
import { useDocumentTitle } from '../lib/title.js';
import { useModerationQueue } from '../realtime/queue.js';

function ModerationTabs() {
  return (
    <nav aria-label="Moderation" className="tabs">
      <NavLink to="/moderation" end>
        Review queue
      </NavLink>
      <NavLink to="/moderation/audit">Audit log</NavLink>
    </nav>
  );
}

type Decision = 'approve' | 'redact' | 'reject';

const DONE: Record<Decision, string> = {
  approve: 'Post approved and published.',
  redact: 'Flagged details removed and post published.',
  reject: 'Post rejected. The author will see your reason.',
};

function QueueItem({ item, onDecided }: { item: QueueItemDTO; onDecided: (postId: string, message: string) => void }) {
  const { post, thread } = item;
  const [busy, setBusy] = useState<Decision | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const allFindings = post.review?.findings ?? [];
  const findings = allFindings.filter((f) => f.field !== 'title');
  const titleFindings = allFindings.filter((f) => f.field === 'title');
  const reasonId = `reject-reason-${post.id}`;

  async function decide(decision: Decision, body: Record<string, string>) {
    setBusy(decision);
    setError(null);
    try {
      await api.post<PostDTO>(`/moderation/posts/${seg(post.id)}/${decision}`, body);
      onDecided(post.id, DONE[decision]);
    } catch (e) {
      // Someone else got there first: the item is gone either way.
      if (isApiError(e) && (e.code === 'not_found' || e.code === 'conflict')) {
        onDecided(post.id, 'Another moderator has already decided on this post.');
        return;
      }
      setError(e);
      setBusy(null);
    }
  }

  function submitReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = rejectSchema.safeParse({ reason });
    if (!parsed.success) {
      setReasonError(`Write a short reason the author will see (at least 3 characters).`);
      document.getElementById(reasonId)?.focus();
      return;
    }
    setReasonError(null);
    void decide('reject', { reason: parsed.data.reason });
  }

  return (
    <article className="queue-item card" aria-label={`Held post by ${post.author.displayName}`}>
      <header className="queue-item-header">
        <p className="meta">
          <Link to={`/g/${thread.groupSlug}`}>{thread.groupName}</Link> <span aria-hidden="true">›</span>{' '}
          <Link to={`/t/${thread.id}#post-${post.id}`}>
            <HighlightedText text={thread.title} findings={titleFindings} inline />
          </Link>
          {post.isFirst && <span> (opening post)</span>}
        </p>
        <p>
          <span className="post-author">{post.author.displayName}</span> <span className="muted">@{post.author.username}</span>{' '}
          <AuthorBadges author={post.author} /> · <RelativeTime iso={item.heldAt} prefix="held " />
        </p>
      </header>

      {post.review && post.review.reasons.length > 0 && (
        <p className="queue-reasons">
          <strong>May contain:</strong> {listKinds(post.review.reasons)}
        </p>
      )}

      <HighlightedText text={post.bodySource ?? ''} findings={findings} />

      {allFindings.length > 0 && (
        <ul className="finding-messages" aria-label="Findings">
          {allFindings.map((f) => (
            <li key={`${f.field ?? 'body'}-${f.kind}-${f.start}-${f.end}`}>
              {f.field === 'title' && <span className="label">In the title: </span>}
              {f.message}
            </li>
          ))}
        </ul>
      )}

      <ErrorAlert error={error} />

      {!rejecting ? (
        <div className="actions">
          <button type="button" className="button" disabled={busy !== null} onClick={() => void decide('approve', {})}>
            {busy === 'approve' ? 'Approving…' : 'Approve'}
          </button>
          <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void decide('redact', {})}>
            {busy === 'redact' ? 'Publishing…' : 'Redact & publish'}
          </button>
          <button
            type="button"
            className="button button-danger-outline"
            disabled={busy !== null}
            onClick={() => {
              setRejecting(true);
              setError(null);
            }}
          >
            Reject
          </button>
        </div>
      ) : (
        <form className="reject-form stack" onSubmit={submitReject} noValidate>
          <div className="field">
            <label htmlFor={reasonId} className="field-label">
              Reason for the author
            </label>
            <p id={`${reasonId}-hint`} className="field-hint">
              Be kind and specific; the author sees this. For example: &ldquo;Please remove your relative&apos;s full
              name and post again.&rdquo;
            </p>
            <textarea
              id={reasonId}
              className="textarea"
              rows={3}
              value={reason}
              maxLength={LIMITS.reasonMax}
              // The moderator just chose to reject; the reason is the next thing to write.
              autoFocus
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}`}
              onChange={(e) => setReason(e.target.value)}
            />
            {reasonError && (
              <p id={`${reasonId}-error`} className="field-error">
                {reasonError}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="button button-danger" disabled={busy !== null}>
              {busy === 'reject' ? 'Rejecting…' : 'Reject post'}
            </button>
            <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => setRejecting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

export function ModerationQueuePage() {
  useDocumentTitle('Review queue');
  const { state, reload, remove } = useModerationQueue();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  function onDecided(postId: string, message: string) {
    remove(postId);
    setAnnouncement(message);
    // The decided item (and the focused button) is gone; keep the keyboard user on the page.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title" ref={heading} tabIndex={-1}>
        Moderation
      </h1>
      <ModerationTabs />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {announcement && (
        <p className="notice notice-success" aria-hidden="true">
          {announcement}
        </p>
      )}
      {state.status === 'loading' && <Loading label="Loading the review queue…" />}
      {state.status === 'error' && <PageError error={state.error} onRetry={reload} />}
      {state.status === 'success' &&
        (state.data.length === 0 ? (
          <p className="empty">Nothing is waiting for review. New held posts will appear here as they arrive.</p>
        ) : (
          <>
            <p className="meta">
              {state.data.length} {state.data.length === 1 ? 'post is' : 'posts are'} waiting, oldest first.
            </p>
            <ul className="queue-list">
              {state.data.map((item) => (
                <li key={item.post.id}>
                  <QueueItem item={item} onDecided={onDecided} />
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

function humanize(action: string): string {
  const words = action.replace(/[._:]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function AuditLogPage() {
  useDocumentTitle('Audit log');
  const audit = usePaginated<AuditEntryDTO>('/moderation/audit', upsertById);

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Moderation</h1>
      <ModerationTabs />
      <h2 className="visually-hidden">Audit log</h2>
      {audit.state.status === 'loading' && <Loading label="Loading the audit log…" />}
      {audit.state.status === 'error' && <PageError error={audit.state.error} onRetry={audit.reload} />}
      {audit.state.status === 'success' &&
        (audit.state.data.length === 0 ? (
          <p className="empty">No moderation actions yet.</p>
        ) : (
          <div className="table-wrap" role="region" aria-label="Audit log" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {audit.state.data.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                    </td>
                    <td>{entry.actor.displayName}</td>
                    <td>{humanize(entry.action)}</td>
                    <td>
                      {entry.targetType === 'thread' ? (
                        <Link to={`/t/${entry.targetId}`}>Thread</Link>
                      ) : (
                        humanize(entry.targetType)
                      )}{' '}
                      <code className="muted">{entry.targetId.slice(0, 8)}</code>
                    </td>
                    <td>{entry.reason ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <LoadMore list={audit} />
    </section>
  );
}
