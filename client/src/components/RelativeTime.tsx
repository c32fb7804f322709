import { formatDateTime, formatRelative, useNow } from '../lib/time.js';

export function RelativeTime({ iso, prefix }: { iso: string; prefix?: string }) {
  const now = useNow();
  const full = formatDateTime(iso);
  return (
    <time dateTime={iso} title={full}>
      {prefix}
      {formatRelative(iso, now)}
    </time>
  );
}
