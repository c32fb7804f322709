import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/title.js';

interface NotFoundProps {
  title?: string;
  text?: string;
}

export function NotFound({ title = 'We could not find that page', text }: NotFoundProps) {
  useDocumentTitle(title);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{title}</h1>
      <p>{text ?? 'It may have been moved or removed, or the link may be mistyped.'}</p>
      <p>
        <Link to="/">Go to the groups</Link>
      </p>
    </section>
  );
}
