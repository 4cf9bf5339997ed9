import type { TOutboxMessage } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { OUTBOX_STATUS_LOOK } from './outbox-labels';

/** "✓ Sent", "◷ Planned", "✕ Failed"… with the reason a cancelled e-mail was dropped. */
export function OutboxStatusBadge({
  message,
}: {
  message: Pick<TOutboxMessage, 'status' | 'cancelledReason'>;
}) {
  const look = OUTBOX_STATUS_LOOK[message.status];
  return (
    <>
      <Badge tone={look.tone} icon={look.icon} testId="outbox-status">
        {look.label}
      </Badge>
      {message.status === 'cancelled' && message.cancelledReason ? (
        <span className="muted block">because {message.cancelledReason}</span>
      ) : null}
    </>
  );
}
