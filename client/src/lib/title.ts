import { useEffect } from 'react';

/** Each page names itself, so screen-reader users hear where a navigation landed. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} · Hearth`;
  }, [title]);
}
