import { Link } from 'react-router';
import type { GroupDTO } from '../../../shared/api.js';
import { api, seg } from '../api/client.js';
import { useQuery } from '../api/hooks.js';
import { useSession } from '../api/session.js';
import { Badge } from '../components/Badge.js';
import { ErrorAlert, Loading, PageError } from '../components/ErrorAlert.js';
import { plural } from '../lib/text.js';
import { useDocumentTitle } from '../lib/title.js';
import { useAction } from '../lib/useAction.js';

/** Join or leave; the server answers with the updated group. */
export function MembershipButton({ group, onChange }: { group: GroupDTO; onChange: (group: GroupDTO) => void }) {
  const { user } = useSession();
  const { busy, error, run } = useAction();

  if (!user) {
    return (
      <Link to={`/signin?next=${encodeURIComponent(`/g/${group.slug}`)}`} className="button button-small button-secondary">
        Sign in to join
      </Link>
    );
  }

  async function toggle() {
    await run(async () => {
      const path = `/groups/${seg(group.slug)}/membership`;
      const updated = group.isMember ? await api.delete<GroupDTO>(path) : await api.put<GroupDTO>(path);
      onChange(updated);
    });
  }

  return (
    <div className="membership">
      <button
        type="button"
        className={`button button-small${group.isMember ? ' button-secondary' : ''}`}
        onClick={toggle}
        disabled={busy}
        aria-describedby={`group-${group.id}-name`}
      >
        {group.isMember ? 'Leave' : 'Join'}
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}

export function HomePage() {
  useDocumentTitle('Groups');
  const { user, setupRequired } = useSession();
  const query = useQuery(`groups:${user?.id ?? 'anon'}`, (signal) =>
    api.get<{ items: GroupDTO[] }>('/groups', { signal }).then((res) => res.items),
  );
  const { setData } = query;

  return (
    <section aria-labelledby="groups-title">
      {setupRequired && !user && (
        <div className="notice notice-info setup-notice" role="note">
          <p>This Hearth has no administrator yet. Open the one-time setup link printed in the server log.</p>
        </div>
      )}
      <div className="page-intro">
        <h1 id="groups-title">Groups</h1>
        <p className="lede">
          Find people who understand. Each group is a place to ask questions, share experiences and support one
          another. Moderators read every group.
        </p>
      </div>

      {query.state.status === 'loading' && <Loading label="Loading groups…" />}
      {query.state.status === 'error' && <PageError error={query.state.error} onRetry={query.reload} />}
      {query.state.status === 'success' &&
        (query.state.data.length === 0 ? (
          <p className="empty">There are no groups yet.{user?.role === 'admin' && <> <Link to="/admin">Create the first one</Link>.</>}</p>
        ) : (
          <ul className="group-list">
            {query.state.data.map((group) => (
              <li key={group.id} className="group-card card">
                <div className="group-card-main">
                  <h2 className="group-name" id={`group-${group.id}-name`}>
                    <Link to={`/g/${group.slug}`}>{group.name}</Link>
                  </h2>
                  {group.visibility === 'members' && <Badge tone="info">Members only</Badge>}
                  {group.isMember && <Badge>Member</Badge>}
                  {group.description && <p className="group-description">{group.description}</p>}
                  <p className="meta">
                    {plural(group.memberCount, 'member', 'members')} · {plural(group.threadCount, 'thread', 'threads')}
                  </p>
                </div>
                <MembershipButton
                  group={group}
                  onChange={(updated) => setData((groups) => groups.map((g) => (g.id === updated.id ? updated : g)))}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
