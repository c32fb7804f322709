import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/limits.js';
import { redact, screen } from '../../../shared/screening/index.js';
import type { Finding, ScreenResult, SiteRule } from '../../../shared/screening/types.js';
import { useSiteRules } from '../api/siteRules.js';
import { kindWords } from '../lib/findings.js';

const SCREEN_DELAY_MS = 250;
const QUOTE_MAX = 80;
const NOTHING: ScreenResult = { decision: 'publish', labels: [], findings: [] };

function safeScreen(text: string, rules: readonly SiteRule[]): ScreenResult {
  if (text.trim() === '') return NOTHING;
  try {
    return screen(text, { rules });
  } catch (error) {
    // A screening bug must never stop someone asking for support; the server screens again.
    console.error('screening failed', error);
    return NOTHING;
  }
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function isHeldBy(f: Finding): boolean {
  return f.label !== 'site_rule' || f.ruleAction === 'hold';
}

function quote(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

interface Screening {
  /** The text the findings' offsets belong to. */
  screened: string;
  findings: Finding[];
  /** Replaces one finding's span in the current text with its placeholder. */
  redactOne: (finding: Finding) => string | null;
}

/** Screens `value` as the author types (debounced), with the site's rules. */
export function useScreening(value: string): Screening {
  const rules = useSiteRules();
  const screened = useDebounced(value, SCREEN_DELAY_MS);
  const result = useMemo(() => safeScreen(screened, rules), [screened, rules]);
  // Offsets belong to the text they were screened on: until the next screen, show only findings
  // whose span still reads the same in what the author has now.
  const findings =
    value === screened
      ? result.findings
      : result.findings.filter((f) => value.slice(f.start, f.end) === screened.slice(f.start, f.end));

  function redactOne(finding: Finding): string | null {
    const span = screened.slice(finding.start, finding.end);
    // The author may have typed since the last screen: find the same span in the current text.
    const current = value === screened ? result.findings : safeScreen(value, rules).findings;
    const target =
      current.find((f) => f.kind === finding.kind && f.start === finding.start && value.slice(f.start, f.end) === span) ??
      current.find((f) => f.kind === finding.kind && value.slice(f.start, f.end) === span);
    return target ? redact(value, [target]) : null;
  }

  return { screened, findings, redactOne };
}

function summarize(findings: readonly Finding[]) {
  const heldKinds = [
    ...new Set(findings.filter((f) => isHeldBy(f) && f.kind !== 'diagnosis_request').map((f) => kindWords(f.kind))),
  ];
  const asksDiagnosis = findings.some((f) => f.kind === 'diagnosis_request');
  return {
    held: asksDiagnosis ? [...heldKinds, kindWords('diagnosis_request')] : heldKinds,
    blocked: findings.some((f) => f.label === 'site_rule' && f.ruleAction === 'block'),
    censored: findings.some((f) => f.label === 'site_rule' && f.ruleAction === 'censor'),
  };
}

/** The summary line: held, blocked or censored, in plain words. Announced politely as it changes. */
export function ScreeningSummary({ findings, subject }: { findings: readonly Finding[]; subject: string }) {
  const { held, blocked, censored } = summarize(findings);
  return (
    <div aria-live="polite" className="composer-screening">
      {blocked && (
        <p className="notice notice-danger">
          This {subject} can&apos;t be published as written: it contains wording this community doesn&apos;t allow.
          Please remove it before posting.
        </p>
      )}
      {held.length > 0 && (
        <p className="notice notice-warning">
          A moderator will review this {subject} before it appears, because it may contain: {held.join(', ')}.
        </p>
      )}
      {censored && !blocked && <p className="notice notice-info">Some words will be replaced automatically when you post.</p>}
    </div>
  );
}

/** Each finding with the flagged words quoted and a one-click Remove (nothing to remove for a diagnosis request). */
export function FindingList({ screening, onRemove }: { screening: Screening; onRemove: (next: string) => void }) {
  const { findings, screened, redactOne } = screening;
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label="Things to check before posting">
      {findings.map((f) => {
        const span = screened.slice(f.start, f.end);
        const key = `${f.kind}-${f.start}-${f.end}`;
        if (f.kind === 'diagnosis_request') {
          return (
            <li key={key} className="finding finding-diagnosis">
              <p>
                <q>
                  <mark>{quote(span)}</mark>
                </q>
              </p>
              <p>
                People here can share their own experience, but no one in the community can assess your situation or
                tell you what you have. You might rephrase this as a question about others&apos; experience, for example
                &ldquo;Has anyone had symptoms like these? What helped you?&rdquo;, and ask your care team about your own
                case.
              </p>
            </li>
          );
        }
        return (
          <li key={key} className="finding">
            <div className="finding-text">
              <p>
                <strong>{kindWords(f.kind)}</strong>:{' '}
                <q>
                  <mark>{quote(span)}</mark>
                </q>
              </p>
              <p className="finding-message">{f.message}</p>
            </div>
            <button
              type="button"
              className="button button-small button-secondary"
              aria-label={`Remove ${kindWords(f.kind)}`}
              onClick={() => {
                const next = redactOne(f);
                if (next !== null) onRemove(next);
              }}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}

interface ComposerProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  rows?: number;
  autoFocus?: boolean;
}

/**
 * The post textarea shared by new threads, replies and edits. It screens as the author types so
 * they can take out personal details before anyone sees them; the server screens again on submit.
 * Ctrl/Cmd+Enter submits the surrounding form.
 */
export function Composer({ label, value, onChange, disabled = false, rows = 6, autoFocus = false }: ComposerProps) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const screening = useScreening(value);
  const over = value.length > LIMITS.postBodyMax;
  const near = value.length > LIMITS.postBodyMax * 0.9;

  return (
    <div className="composer">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Please leave out names, contact details and anything that could identify you or someone else. You can use
        Markdown for <strong>**bold**</strong>, <em>*italics*</em> and lists.
      </p>
      <textarea
        id={id}
        ref={textarea}
        className="textarea"
        value={value}
        rows={rows}
        disabled={disabled}
        // Autofocus only where the author asked to write (an edit they just opened).
        autoFocus={autoFocus}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-invalid={over || undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <div className="composer-meta">
        <span className="field-hint">Ctrl+Enter or ⌘+Enter to send</span>
        <span id={`${id}-count`} className={`char-count${over ? ' is-over' : near ? ' is-near' : ''}`}>
          {value.length.toLocaleString()} / {LIMITS.postBodyMax.toLocaleString()} characters
          {over && ' — too long'}
        </span>
      </div>
      <ScreeningSummary findings={screening.findings} subject="post" />
      <FindingList
        screening={screening}
        onRemove={(next) => {
          onChange(next);
          // The pressed button disappears with its finding; keep the author in their text.
          textarea.current?.focus();
        }}
      />
    </div>
  );
}
