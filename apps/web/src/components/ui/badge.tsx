import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted';

interface BadgeProps {
  tone?: BadgeTone;
  /** A short symbol shown before the text, so the meaning never rests on colour alone. */
  icon?: string;
  children: ReactNode;
  testId?: string;
}

export function Badge({ tone = 'neutral', icon, children, testId }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId}>
      {icon ? (
        <span className="badge__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </span>
  );
}
