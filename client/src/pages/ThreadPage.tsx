import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LIMITS } from '../../../shared/limits.js';
import type { GroupDTO, PostDTO, ThreadDTO } from '../../../shared/api.js';
import { api, newIdempotencyKey, seg } from '../api/client.js';
import { upsertById, usePaginated, useQuery } from '../api/hooks.js';
import { isModerator, useSession } from '../api/session.js';
import { Badge } from '../components/Badge.js';
import { Composer } from '../components/Composer.js';
import { ErrorAlert, Loading, PageError } from '../components/ErrorAlert.js';
import { LoadMore } from '../components/LoadMore.js';
import { PostItem } from '../components/PostItem.js';
import { useSocketEvent, useThreadRoom } from '../realtime/hooks.js';
import { useDocumentTitle } from '../lib/title.js';
import { useAction } from '../lib/useAction.js';
import { MembershipButton } from './HomePage.js';
import { SubmitButton } from '../components/SubmitButton.js';

/** Oldest first; a live post or a later page lands in its place and never twice. */
function mergePosts(current: PostDTO[], incoming: PostDTO[]): PostDTO[] {
  return upsertById(current, incoming).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A deleted post keeps its place in the conversation, without its text. */
function markDeleted(post: PostDTO): PostDTO {
  return { ...post, deleted: true, bodyHtml: '' };
}

function TitleEditor({ thread, onSaved }: { thread: ThreadDTO; onSaved: (thread: ThreadDTO) => void }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(thread.title);
  const { busy, error, setError, run } = useAction();

  if (!editing) {
    return (
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => {
          setTitle(thread.title);
          setError(null);
          setEditing(true);
        }}
      >
        Edit title
      </button>
    );
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const updated = await api.patch<ThreadDTO>(`/threads/${seg(thread.id)}`, { title });
      onSaved(updated);
      setEditing(false);
    });
  }

  return (
    <form className="title-editor stack" onSubmit={save}>
      <div className="field">
        <label htmlFor="thread-title-edit" className="field-label">
          Thread title
        </label>
        <input
          id="thread-title-edit"
          className="input"
          value={title}
          minLength={LIMITS.threadTitleMin}
          maxLength={LIMITS.threadTitleMax}
          required
          // The author just asked to edit; put them in the field.
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
          disabled={busy}
        />
      </div>
      <ErrorAlert error={error} />
      <div className="actions">
        <SubmitButton busy={busy} label="Save title" busyLabel="Saving…" className="button button-small" />
        <button type="button" className="button button-small button-secondary" onClick={() => setEditing(false)} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ReplyForm({ threadId, onPosted }: { threadId: string; onPosted: (post: PostDTO) => void }) {
  const [body, setBody] = useState('');
  const { busy, error, run } = useAction();
  const [heldNotice, setHeldNotice] = useState(false);
  // One key per composed reply: a retry after a network failure must not post twice.
  const idempotencyKey = useRef<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || body.trim() === '' || body.length > LIMITS.postBodyMax) return;
    await run(async () => {
      setHeldNotice(false);
      idempotencyKey.current ??= newIdempotencyKey();
      const post = await api.post<PostDTO>(`/threads/${seg(threadId)}/posts`, { body }, { idempotencyKey: idempotencyKey.current });
      idempotencyKey.current = null;
      setBody('');
      setHeldNotice(post.status === 'held');
      onPosted(post);
    });
  }

  return (
    <form className="card stack reply-form" onSubmit={submit}>
      <Composer
        label="Your reply"
        value={body}
        onChange={(value) => {
          setBody(value);
          idempotencyKey.current = null;
        }}
        disabled={busy}
      />
      <div role="status">
        {heldNotice && (
          <p className="notice notice-warning">
            Thank you. Your reply is awaiting review and will appear to others once a moderator has checked it.
          </p>
        )}
      </div>
      <ErrorAlert error={error} />
      <div className="actions">
        <SubmitButton busy={busy} label="Post reply" busyLabel="Posting…" disabled={body.trim() === '' || body.length > LIMITS.postBodyMax} />
      </div>
    </form>
  );
}

function ReplySection({ thread, onPosted }: { thread: ThreadDTO; onPosted: (post: PostDTO) => void }) {
  const { user } = useSession();
  const group = useQuery(user && !isModerator(user) ? `group:${thread.group.slug}` : null, (signal) =>
    api.get<GroupDTO>(`/groups/${seg(thread.group.slug)}`, { signal }),
  );

  if (!user) {
    return (
      <p className="card">
        <Link to={`/signin?next=${encodeURIComponent(`/t/${thread.id}`)}`}>Sign in</Link> to reply.
      </p>
    );
  }
  // Staff may reply anywhere; members need to have joined.
  if (isModerator(user)) return <ReplyForm threadId={thread.id} onPosted={onPosted} />;
  if (group.state.status === 'loading') return <Loading />;
  if (group.state.status === 'success' && !group.state.data.isMember) {
    const g = group.state.data;
    return (
      <div className="card stack">
        <p>Join {g.name} to reply in this thread.</p>
        <MembershipButton group={g} onChange={(updated) => group.setData(() => updated)} />
      </div>
    );
  }
  return <ReplyForm threadId={thread.id} onPosted={onPosted} />;
}

export function ThreadPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const thread = useQuery(`thread:${id}`, (signal) => api.get<ThreadDTO>(`/threads/${seg(id)}`, { signal }));
  const loaded = thread.state.status === 'success' ? thread.state.data : null;
  const posts = usePaginated<PostDTO>(loaded ? `/threads/${seg(id)}/posts` : null, mergePosts);
  const { setItems } = posts;
  useDocumentTitle(loaded?.title ?? null);

  useThreadRoom(loaded ? id : null);
  // A new or reviewed post; the opening post's review decides the thread's status (and a redaction may
  // change its title).
  const showPost = (post: PostDTO) => {
    if (post.threadId !== id) return;
    setItems((items) => mergePosts(items, [post]));
    if (post.isFirst) thread.reload();
  };
  useSocketEvent('post:created', showPost);
  useSocketEvent('post:updated', (post) => {
    if (post.threadId === id) setItems((items) => items.map((p) => (p.id === post.id ? post : p)));
  });
  useSocketEvent('post:deleted', ({ id: postId, threadId }) => {
    if (threadId !== id) return;
    setItems((items) =>
      items.map((p) => {
        if (p.id !== postId) return p;
        // The author's own edit awaiting review hides the post from others, not from its author.
        if (user && p.author.id === user.id && p.status !== 'published') return p;
        return markDeleted(p);
      }),
    );
  });
  useSocketEvent('post:reviewed', ({ post }) => showPost(post));

  if (thread.state.status === 'loading') return <Loading label="Loading thread…" />;
  if (thread.state.status === 'error') {
    return (
      <PageError
        error={thread.state.error}
        onRetry={thread.reload}
        notFoundTitle="We could not find this thread"
        notFoundText="It may have been removed, or it may be in a group open to members only."
      />
    );
  }
  const t = thread.state.data;
  const isAuthor = user !== null && user.id === t.author.id;

  async function deleteThread() {
    await api.delete(`/threads/${seg(t.id)}`);
    navigate(`/g/${t.group.slug}`);
  }

  if (t.deleted) {
    return (
      <section className="card">
        <h1>This thread was deleted</h1>
        <p>
          <Link to={`/g/${t.group.slug}`}>Back to {t.group.name}</Link>
        </p>
      </section>
    );
  }

  return (
    <div className="thread-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Groups</Link> <span aria-hidden="true">›</span> <Link to={`/g/${t.group.slug}`}>{t.group.name}</Link>
      </nav>
      <header className="thread-header">
        <h1>{t.title}</h1>
        <div className="thread-header-meta">
          {t.group.visibility === 'members' && <Badge tone="info">Members only</Badge>}
          {isAuthor && t.status === 'held' && <Badge tone="warning">Awaiting review</Badge>}
          {isAuthor && t.status === 'rejected' && <Badge tone="danger">Not published</Badge>}
          {isAuthor && <TitleEditor thread={t} onSaved={(updated) => thread.setData(() => updated)} />}
        </div>
        {isAuthor && t.status === 'held' && (
          <p className="notice notice-warning">
            Your thread will appear in {t.group.name} once a moderator has checked it. Until then only you and the
            moderators can see it.
          </p>
        )}
      </header>

      <section aria-label="Posts">
        {posts.state.status === 'loading' && <Loading label="Loading posts…" />}
        {posts.state.status === 'error' && <PageError error={posts.state.error} onRetry={posts.reload} />}
        {posts.state.status === 'success' && (
          <ol className="post-list">
            {posts.state.data.map((post) => (
              <li key={post.id}>
                <PostItem
                  post={post}
                  viewer={user}
                  onChange={(updated) => setItems((items) => mergePosts(items, [updated]))}
                  onDeleted={(postId) =>
                    setItems((items) => items.map((p) => (p.id === postId ? markDeleted(p) : p)))
                  }
                  onDeleteThread={deleteThread}
                />
              </li>
            ))}
          </ol>
        )}
        <LoadMore list={posts} />
      </section>

      {t.status === 'published' ? (
        <section aria-labelledby="reply-title" className="reply-section">
          <h2 id="reply-title">Reply</h2>
          <ReplySection thread={t} onPosted={(post) => setItems((items) => mergePosts(items, [post]))} />
        </section>
      ) : null}
    </div>
  );
}

