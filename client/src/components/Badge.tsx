import type { ReactNode } from 'react';
import type { AuthorDTO } from '../../../shared/api.js';

type Tone = 'neutral' | 'info' | 'warning' | 'danger' | 'clinician' | 'staff';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** Staff and clinician badges next to a name. */
export function AuthorBadges({ author }: { author: AuthorDTO }) {
  return (
    <>
      {author.role === 'moderator' && <Badge tone="staff">Moderator</Badge>}
      {author.role === 'admin' && <Badge tone="staff">Administrator</Badge>}
      {author.clinician && (
        <Badge tone="clinician">
          Verified clinician · {author.clinician.credential} · {author.clinician.specialty}
        </Badge>
      )}
    </>
  );
}
