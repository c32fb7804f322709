/** A form's submit button, which says what it is doing while the form is busy and cannot be pressed twice. */
export function SubmitButton({
  busy,
  label,
  busyLabel,
  className = 'button',
  disabled = false,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  className?: string;
  disabled?: boolean;
}) {
  return (
    <button type="submit" className={className} disabled={busy || disabled}>
      {busy ? busyLabel : label}
    </button>
  );
}
