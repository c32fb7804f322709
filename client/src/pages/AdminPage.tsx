import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  CREDENTIALS,
  addGroupMemberSchema,
  ROLES,
  createGroupSchema,
  createSiteRuleSchema,
  grantClinicianSchema,
  type AdminUserDTO,
  type Credential,
  type GroupDTO,
  type GroupVisibility,
  type Role,
  type SiteRuleDTO,
} from '../../../shared/api.js';
import { LIMITS } from '../../../shared/limits.js';
import { SITE_RULE_ACTIONS, type SiteRuleAction } from '../../../shared/screening/types.js';
import { api, seg } from '../api/client.js';
import { useQuery } from '../api/hooks.js';
import { useSession } from '../api/session.js';
import { invalidateSiteRules } from '../api/siteRules.js';
import { Badge } from '../components/Badge.js';
import { ErrorAlert, Loading, PageError, ProblemAlert } from '../components/ErrorAlert.js';
import { formatDateTime } from '../lib/time.js';
import { useDocumentTitle } from '../lib/title.js';
import { useAction } from '../lib/useAction.js';
import { TextField } from '../components/TextField.js';
import { SubmitButton } from '../components/SubmitButton.js';

const ROLE_NAMES: Record<Role, string> = { member: 'Member', moderator: 'Moderator', admin: 'Administrator' };
const ACTION_NAMES: Record<SiteRuleAction, string> = {
  hold: 'Hold for review',
  block: 'Block the post',
  censor: 'Replace the words',
};

function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.groupSlugMax)
    .replace(/-+$/g, '');
}

function Status({ message }: { message: string }) {
  return (
    <p role="status" className={message ? 'notice notice-success' : 'visually-hidden'}>
      {message}
    </p>
  );
}

function CreateGroupForm() {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<GroupVisibility>('public');
  const { busy, error, run } = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<GroupDTO | null>(null);
  const effectiveSlug = slugTouched ? slug : slugify(name);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createGroupSchema.safeParse({ name, slug: effectiveSlug, description, visibility });
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      setProblem(
        field === 'slug'
          ? 'The web address needs 2 or more lowercase letters or digits, separated by single dashes.'
          : field === 'name'
            ? `Give the group a name of 2–${LIMITS.groupNameMax} characters.`
            : 'Please check the form.',
      );
      return;
    }
    setProblem(null);
    await run(async () => {
      setCreated(null);
      const group = await api.post<GroupDTO>('/groups', parsed.data);
      setCreated(group);
      setName('');
      setSlug('');
      setSlugTouched(false);
      setDescription('');
      setVisibility('public');
    });
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="create-group-title">
      <h2 id="create-group-title">Create a group</h2>
      <TextField id="group-name" label="Group name" value={name} onChange={setName} maxLength={LIMITS.groupNameMax} />
      <TextField
        id="group-slug"
        label="Web address"
        hint={`The group will live at /g/${effectiveSlug || 'your-group'}. Lowercase letters, digits and dashes.`}
        value={effectiveSlug}
        onChange={(value) => {
          setSlugTouched(true);
          setSlug(value);
        }}
        maxLength={LIMITS.groupSlugMax}
      />
      <div className="field">
        <label htmlFor="group-description" className="field-label">
          Description
        </label>
        <textarea
          id="group-description"
          className="textarea"
          rows={3}
          value={description}
          maxLength={LIMITS.groupDescriptionMax}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Who can read it</legend>
        <label className="choice">
          <input type="radio" name="group-visibility" value="public" checked={visibility === 'public'} onChange={() => setVisibility('public')} />
          Public — anyone can read; members can post
        </label>
        <label className="choice">
          <input type="radio" name="group-visibility" value="members" checked={visibility === 'members'} onChange={() => setVisibility('members')} />
          Members only — only members can read and post
        </label>
      </fieldset>
      <ProblemAlert problem={problem} />
      <ErrorAlert error={error} />
      <div role="status">
        {created && (
          <p className="notice notice-success">
            Created <Link to={`/g/${created.slug}`}>{created.name}</Link>.
          </p>
        )}
      </div>
      <div className="actions">
        <SubmitButton busy={busy} label="Create group" busyLabel="Creating…" />
      </div>
    </form>
  );
}

/** Members-only groups are invisible to outsiders, so an admin adds their members. */
function AddMemberForm() {
  const [slug, setSlug] = useState('');
  const [username, setUsername] = useState('');
  const { busy, error, run } = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = addGroupMemberSchema.safeParse({ username });
    if (!parsed.success || slug.trim() === '') {
      setProblem('Enter the group’s web address and the member’s username.');
      return;
    }
    setProblem(null);
    await run(async () => {
      setDone('');
      await api.post<void>(`/admin/groups/${seg(slug.trim())}/members`, parsed.data);
      setDone(`${parsed.data.username} is now a member of /g/${slug.trim()}.`);
      setUsername('');
    });
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="add-member-title">
      <h2 id="add-member-title">Add a member to a group</h2>
      <p className="muted">Members-only groups cannot be found or joined by others: add their members here.</p>
      <TextField id="member-group" label="Group web address" value={slug} onChange={setSlug} maxLength={LIMITS.groupSlugMax} />
      <TextField id="member-username" label="Member’s username" value={username} onChange={setUsername} maxLength={LIMITS.usernameMax} />
      <ProblemAlert problem={problem} />
      <ErrorAlert error={error} />
      <Status message={done} />
      <div className="actions">
        <SubmitButton busy={busy} label="Add member" busyLabel="Adding…" />
      </div>
    </form>
  );
}

function ClinicianForm({ user, onSaved, onCancel }: { user: AdminUserDTO; onSaved: (u: AdminUserDTO) => void; onCancel: () => void }) {
  const [credential, setCredential] = useState<Credential>('RN');
  const [specialty, setSpecialty] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const prefix = `clinician-${user.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = grantClinicianSchema.safeParse({ credential, specialty, note: note.trim() === '' ? undefined : note });
    if (!parsed.success) {
      setProblem('Enter the specialty (at least 2 characters).');
      return;
    }
    setProblem(null);
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.put<AdminUserDTO>(`/admin/users/${seg(user.id)}/clinician`, parsed.data));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="stack clinician-form" onSubmit={submit} noValidate aria-label={`Verify ${user.displayName} as a clinician`}>
      <div className="field">
        <label htmlFor={`${prefix}-credential`} className="field-label">
          Credential
        </label>
        <select id={`${prefix}-credential`} className="select" value={credential} onChange={(e) => setCredential(e.target.value as Credential)}>
          {CREDENTIALS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <TextField id={`${prefix}-specialty`} label="Specialty" value={specialty} onChange={setSpecialty} maxLength={80} hint="For example: Oncology, Palliative care, Pharmacy." />
      <TextField
        id={`${prefix}-note`}
        label="Verification note (optional)"
        value={note}
        onChange={setNote}
        required={false}
        maxLength={LIMITS.reasonMax}
        hint="What you checked, for the audit log (licence register, employer letter…)."
      />
      <ProblemAlert problem={problem} />
      <ErrorAlert error={error} />
      <div className="actions">
        <SubmitButton busy={busy} label="Grant clinician badge" busyLabel="Saving…" className="button button-small" />
        <button type="button" className="button button-small button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function UserRow({ user, isSelf, onChange }: { user: AdminUserDTO; isSelf: boolean; onChange: (u: AdminUserDTO) => void }) {
  const [role, setRole] = useState<Role>(user.role);
  const [verifying, setVerifying] = useState(false);
  const { busy, error, run } = useAction();
  const [status, setStatus] = useState('');
  const roleId = `role-${user.id}`;

  async function apply(action: () => Promise<AdminUserDTO>, done: string) {
    await run(async () => {
      setStatus('');
      const updated = await action();
      onChange(updated);
      setRole(updated.role);
      setStatus(done);
    });
  }

  return (
    <li className="user-row card" aria-label={user.displayName}>
      <div className="user-row-head">
        <p>
          <strong>{user.displayName}</strong> <span className="muted">@{user.username}</span> <Badge>{ROLE_NAMES[user.role]}</Badge>{' '}
          {user.clinician && (
            <Badge tone="clinician">
              Verified clinician · {user.clinician.credential} · {user.clinician.specialty}
            </Badge>
          )}
          {isSelf && <span className="muted"> (you)</span>}
        </p>
        <p className="meta">Joined {formatDateTime(user.createdAt)}</p>
      </div>
      <div className="user-row-controls">
        <div className="inline-field">
          <label htmlFor={roleId}>
            Role<span className="visually-hidden"> for {user.displayName}</span>
          </label>
          <select id={roleId} className="select" value={role} onChange={(e) => setRole(e.target.value as Role)} disabled={busy}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={busy || role === user.role}
            aria-label={`Save role for ${user.displayName}`}
            onClick={() => void apply(() => api.put<AdminUserDTO>(`/admin/users/${seg(user.id)}/role`, { role }), `${user.displayName} is now ${ROLE_NAMES[role].toLowerCase()}.`)}
          >
            Save role
          </button>
        </div>
        {user.clinician ? (
          <button
            type="button"
            className="button button-small button-danger-outline"
            disabled={busy}
            onClick={() => void apply(() => api.delete<AdminUserDTO>(`/admin/users/${seg(user.id)}/clinician`), 'Clinician badge removed.')}
            aria-label={`Revoke clinician badge from ${user.displayName}`}
          >
            Revoke clinician badge
          </button>
        ) : (
          !verifying && (
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setVerifying(true)}
              disabled={busy}
              aria-label={`Verify as clinician: ${user.displayName}`}
            >
              Verify as clinician
            </button>
          )
        )}
      </div>
      {verifying && !user.clinician && (
        <ClinicianForm
          user={user}
          onCancel={() => setVerifying(false)}
          onSaved={(updated) => {
            setVerifying(false);
            onChange(updated);
            setStatus('Clinician badge granted.');
          }}
        />
      )}
      <ErrorAlert error={error} />
      <Status message={status} />
    </li>
  );
}

function UsersSection() {
  const { user: me } = useSession();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const users = useQuery(`admin-users:${q}`, (signal) =>
    api.get<{ items: AdminUserDTO[] }>('/admin/users', { signal, query: { q } }).then((res) => res.items),
  );

  return (
    <section className="card stack" aria-labelledby="users-title">
      <h2 id="users-title">People</h2>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(input.trim());
        }}
      >
        <label htmlFor="user-search" className="field-label">
          Find users
        </label>
        <div className="inline-field">
          <input id="user-search" className="input" type="search" value={input} maxLength={64} placeholder="Username or display name" onChange={(e) => setInput(e.target.value)} />
          <button type="submit" className="button button-secondary">
            Search
          </button>
        </div>
      </form>
      {users.state.status === 'loading' && <Loading label="Loading people…" />}
      {users.state.status === 'error' && <PageError error={users.state.error} onRetry={users.reload} />}
      {users.state.status === 'success' &&
        (users.state.data.length === 0 ? (
          <p className="empty">No one matches {q ? `“${q}”` : 'yet'}.</p>
        ) : (
          <ul className="user-list" aria-label="Users">
            {users.state.data.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                isSelf={u.id === me?.id}
                onChange={(updated) => users.setData((list) => list.map((x) => (x.id === updated.id ? updated : x)))}
              />
            ))}
          </ul>
        ))}
    </section>
  );
}

function SiteRulesSection() {
  const rules = useQuery('admin-site-rules', (signal) =>
    api.get<{ items: SiteRuleDTO[] }>('/admin/site-rules', { signal }).then((res) => res.items),
  );
  const [pattern, setPattern] = useState('');
  const [action, setAction] = useState<SiteRuleAction>('hold');
  // Deleting a rule has no busy state of its own, but reports into the same alert.
  const { busy, error, setError, run } = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createSiteRuleSchema.safeParse({ pattern, action });
    if (!parsed.success) {
      setProblem(`Enter a word or phrase of 2–${LIMITS.siteRulePatternMax} characters.`);
      return;
    }
    setProblem(null);
    await run(async () => {
      setStatus('');
      const rule = await api.post<SiteRuleDTO>('/admin/site-rules', parsed.data);
      rules.setData((list) => [...list, rule]);
      invalidateSiteRules();
      setPattern('');
      setStatus(`Rule “${rule.pattern}” added.`);
    });
  }

  async function remove(rule: SiteRuleDTO) {
    setError(null);
    setStatus('');
    try {
      await api.delete(`/admin/site-rules/${seg(rule.id)}`);
      rules.setData((list) => list.filter((r) => r.id !== rule.id));
      invalidateSiteRules();
      setStatus(`Rule “${rule.pattern}” deleted.`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="card stack" aria-labelledby="rules-title">
      <h2 id="rules-title">Site rules</h2>
      <p className="field-hint">
        Words or phrases this community handles specially, on top of the built-in privacy checks. Use * to match any
        run of letters or digits.
      </p>
      {rules.state.status === 'loading' && <Loading label="Loading rules…" />}
      {rules.state.status === 'error' && <PageError error={rules.state.error} onRetry={rules.reload} />}
      {rules.state.status === 'success' &&
        (rules.state.data.length === 0 ? (
          <p className="empty">No site rules yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Site rules</caption>
              <thead>
                <tr>
                  <th scope="col">Pattern</th>
                  <th scope="col">Action</th>
                  <th scope="col">Added</th>
                  <th scope="col">
                    <span className="visually-hidden">Delete</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rules.state.data.map((rule) => (
                  <tr key={rule.id}>
                    <td>
                      <code>{rule.pattern}</code>
                    </td>
                    <td>{ACTION_NAMES[rule.action]}</td>
                    <td>{formatDateTime(rule.createdAt)}</td>
                    <td>
                      <button type="button" className="button button-small button-quiet" onClick={() => void remove(rule)} aria-label={`Delete rule ${rule.pattern}`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <form className="stack" onSubmit={add} noValidate aria-label="Add a site rule">
        <div className="form-row">
          <TextField id="rule-pattern" label="Pattern" value={pattern} onChange={setPattern} maxLength={LIMITS.siteRulePatternMax} />
          <div className="field">
            <label htmlFor="rule-action" className="field-label">
              Action
            </label>
            <select id="rule-action" className="select" value={action} onChange={(e) => setAction(e.target.value as SiteRuleAction)}>
              {SITE_RULE_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {ACTION_NAMES[a]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ProblemAlert problem={problem} />
        <ErrorAlert error={error} />
        <Status message={status} />
        <div className="actions">
          <SubmitButton busy={busy} label="Add rule" busyLabel="Adding…" />
        </div>
      </form>
    </section>
  );
}

export function AdminPage() {
  useDocumentTitle('Admin');
  return (
    <div className="admin-page stack-lg">
      <h1>Admin</h1>
      <CreateGroupForm />
      <AddMemberForm />
      <UsersSection />
      <SiteRulesSection />
    </div>
  );
}
