import type { FindingDTO } from '../../../shared/api.js';
import { kindWords, segment } from '../lib/findings.js';

/** Plain text with every finding span marked; the mark names its kind for screen readers and on hover. */
interface HighlightedTextProps {
  text: string;
  findings: readonly FindingDTO[];
  /** Inside a line of text (a title) rather than as a block of post source. */
  inline?: boolean;
}

export function HighlightedText({ text, findings, inline = false }: HighlightedTextProps) {
  const parts = segment(text, findings);
  const Wrapper = inline ? 'span' : 'div';
  return (
    <Wrapper className={inline ? 'highlighted-inline' : 'highlighted-text'}>
      {parts.map((part) => {
        const key = part.start;
        if (!part.finding) return <span key={key}>{part.text}</span>;
        const label = `Flagged: ${kindWords(part.finding.kind)}`;
        return (
          <mark key={key} className={`flag flag-${part.finding.label}`} title={label} aria-label={`${label}: ${part.text}`}>
            {part.text}
          </mark>
        );
      })}
    </Wrapper>
  );
}
