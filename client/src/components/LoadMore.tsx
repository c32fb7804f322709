import type { Paginated } from '../api/hooks.js';
import { ErrorAlert } from './ErrorAlert.js';

/** The "Load more" button under a paginated list, and the error if the next page failed. */
export function LoadMore({ list }: { list: Pick<Paginated<unknown>, 'hasMore' | 'loadingMore' | 'moreError' | 'loadMore'> }) {
  return (
    <>
      {list.hasMore && (
        <div className="load-more">
          <button type="button" className="button button-secondary" onClick={list.loadMore} disabled={list.loadingMore}>
            {list.loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
      <ErrorAlert error={list.moreError} onRetry={list.loadMore} />
    </>
  );
}
