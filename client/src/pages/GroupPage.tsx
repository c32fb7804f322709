import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { createThreadSchema, type GroupDTO, type Page, type PostDTO, type ThreadDTO, type ThreadSummaryDTO } from '../../../shared/api.js';
import { LIMITS } from '../../../shared/limits.js';
import { api, newIdempotencyKey, seg } from '../api/client.js';
import { usePaginated, useQuery } from '../api/hooks.js';
import { isModerator, useSession } from '../api/session.js';
import { AuthorBadges, Badge } from '../components/Badge.js';
import { Composer, FindingList, ScreeningSummary, useScreening } from '../components/Composer.js';
import { ErrorAlert, Loading, PageError, ProblemAlert } from '../components/ErrorAlert.js';
import { LoadMore } from '../components/LoadMore.js';
import { RelativeTime } from '../components/RelativeTime.js';
import { useGroupRoom, useSocketEvent, useSocketReconnect } from '../realtime/hooks.js';
import { plural } from '../lib/text.js';
import { mergeThreads } from '../lib/threads.js';
import { useDocumentTitle } from '../lib/title.js';
import { MembershipButton } from './HomePage.js';
import { SubmitButton } from '../components/SubmitButton.js';

function ThreadRow({ thread, viewerId }: { thread: ThreadSummaryDTO; viewerId: string | null }) {
  const own = viewerId !== null && thread.author.id === viewerId;
  const replies = thread.replyCount;
  return (
    <li className="thread-row">
      <div className="thread-row-main">
        <h3 className="thread-title">
          <Link to={`/t/${thread.id}`}>{thread.title}</Link>
        </h3>
        {own && thread.status === 'held' && <Badge tone="warning">Awaiting review</Badge>}
        {own && thread.status === 'rejected' && <Badge tone="danger">Not published</Badge>}
        <p className="meta">
          Started by {thread.author.displayName} <AuthorBadges author={thread.author} />
        </p>
      </div>
      <p className="thread-row-stats meta">
        <span>{plural(replies, 'reply', 'replies')}</span>
        <span>
          <RelativeTime iso={thread.lastActivityAt} prefix="Active " />
        </span>
      </p>
    </li>
  );
}

function NewThreadForm({ group }: { group: GroupDTO }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  // One key per composed thread, reused if the author retries after a failure.
  const idempotencyKey = useRef<string | null>(null);
  const titleScreening = useScreening(title);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = createThreadSchema.safeParse({ title, body });
    if (!parsed.success) {
      const titleBad = parsed.error.issues.some((i) => i.path[0] === 'title');
      setTitleError(titleBad ? `Give your thread a title of ${LIMITS.threadTitleMin}–${LIMITS.threadTitleMax} characters.` : null);
      setBodyError(titleBad ? null : `Write your post before starting the thread (up to ${LIMITS.postBodyMax.toLocaleString()} characters).`);
      setError(null);
      if (titleBad) document.getElementById('new-thread-title')?.focus();
      return;
    }
    setTitleError(null);
    setBodyError(null);
    setBusy(true);
    setError(null);
    idempotencyKey.current ??= newIdempotencyKey();
    try {
      const created = await api.post<{ thread: ThreadDTO; post: PostDTO }>(`/groups/${seg(group.slug)}/threads`, parsed.data, {
        idempotencyKey: idempotencyKey.current,
      });
      idempotencyKey.current = null;
      navigate(`/t/${created.thread.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="start-thread">
      <div className="field">
        <label htmlFor="new-thread-title" className="field-label">
          Title
        </label>
        <input
          id="new-thread-title"
          className="input"
          value={title}
          maxLength={LIMITS.threadTitleMax}
          onChange={(e) => {
            setTitle(e.target.value);
            idempotencyKey.current = null;
          }}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? 'new-thread-title-error' : undefined}
          disabled={busy}
        />
        {titleError && (
          <p id="new-thread-title-error" className="field-error">
            {titleError}
          </p>
        )}
        <ScreeningSummary findings={titleScreening.findings} subject="thread" />
        <FindingList
          screening={titleScreening}
          onRemove={(next) => {
            setTitle(next);
            idempotencyKey.current = null;
            document.getElementById('new-thread-title')?.focus();
          }}
        />
      </div>
      <Composer
        label="Your post"
        value={body}
        onChange={(value) => {
          setBody(value);
          idempotencyKey.current = null;
        }}
        disabled={busy}
        rows={8}
      />
      <ProblemAlert problem={bodyError} />
      <ErrorAlert error={error} />
      <div className="actions">
        <SubmitButton busy={busy} label="Start thread" busyLabel="Starting thread…" />
      </div>
    </form>
  );
}

export function GroupPage() {
  const { slug = '' } = useParams();
  const { user } = useSession();
  const group = useQuery(`group:${slug}`, (signal) => api.get<GroupDTO>(`/groups/${seg(slug)}`, { signal }));
  const loaded = group.state.status === 'success' ? group.state.data : null;
  const threads = usePaginated<ThreadSummaryDTO>(loaded ? `/groups/${seg(slug)}/threads` : null, mergeThreads);
  const { setItems } = threads;
  useDocumentTitle(loaded?.name ?? null);

  useGroupRoom(loaded ? slug : null);
  const showThread = (thread: ThreadSummaryDTO) => {
    if (thread.groupSlug === slug) setItems((items) => mergeThreads(items, [thread]));
  };
  useSocketEvent('thread:created', showThread);
  useSocketEvent('thread:updated', showThread);
  // Events sent while we were disconnected are lost; the newest page shows what changed meanwhile.
  useSocketReconnect(() => {
    if (!loaded) return;
    api.get<Page<ThreadSummaryDTO>>(`/groups/${seg(slug)}/threads`).then(
      (page) => setItems((items) => mergeThreads(items, page.items)),
      () => undefined,
    );
  });
  useSocketEvent('thread:deleted', ({ id, groupSlug }) => {
    if (groupSlug === slug) setItems((items) => items.filter((t) => t.id !== id));
  });

  if (group.state.status === 'loading') return <Loading label="Loading group…" />;
  if (group.state.status === 'error') {
    return (
      <PageError
        error={group.state.error}
        onRetry={group.reload}
        notFoundTitle="We could not find this group"
        notFoundText="It may not exist, or it may be open to members only. Members-only groups are listed on the Groups page, where you can ask to join."
      />
    );
  }
  const g = group.state.data;
  const canPost = g.isMember || isModerator(user);

  return (
    <div className="group-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Groups</Link>
      </nav>
      <header className="page-intro group-header">
        <div>
          <h1>{g.name}</h1>
          {g.visibility === 'members' && <Badge tone="info">Members only</Badge>}
          {g.description && <p className="lede">{g.description}</p>}
          <p className="meta">
            {plural(g.memberCount, 'member', 'members')} · {plural(g.threadCount, 'thread', 'threads')}
          </p>
        </div>
        <div className="group-header-actions">
          {canPost && (
            <a href="#start-thread" className="button">
              Start a thread
            </a>
          )}
          <MembershipButton group={g} onChange={(updated) => group.setData(() => updated)} />
        </div>
      </header>

      <section aria-labelledby="threads-title">
        <h2 id="threads-title" className="visually-hidden">
          Threads
        </h2>
        {threads.state.status === 'loading' && <Loading label="Loading threads…" />}
        {threads.state.status === 'error' && <PageError error={threads.state.error} onRetry={threads.reload} />}
        {threads.state.status === 'success' &&
          (threads.state.data.length === 0 ? (
            <p className="empty">No threads yet. {canPost ? 'You could start the first one below.' : ''}</p>
          ) : (
            <ul className="thread-list card">
              {threads.state.data.map((t) => (
                <ThreadRow key={t.id} thread={t} viewerId={user?.id ?? null} />
              ))}
            </ul>
          ))}
        <LoadMore list={threads} />
      </section>

      <section aria-labelledby="start-thread" className="start-thread">
        <h2 id="start-thread" tabIndex={-1}>
          Start a thread
        </h2>
        {!user ? (
          <p>
            <Link to={`/signin?next=${encodeURIComponent(`/g/${g.slug}`)}`}>Sign in</Link> to start a thread or reply.
          </p>
        ) : canPost ? (
          <NewThreadForm group={g} />
        ) : (
          <p className="card">Join this group (the Join button at the top) to start a thread or reply.</p>
        )}
      </section>
    </div>
  );
}
