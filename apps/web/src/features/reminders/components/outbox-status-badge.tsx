import type { TOutboxMessage } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { useT } from '../../../lib/i18n/use-t';
import { OUTBOX_STATUS_LOOK } from './outbox-labels';

/** "✓ Sent", "◷ Planned", "✕ Failed"… with the reason a cancelled e-mail was dropped. */
export function OutboxStatusBadge({
  message,
}: {
  message: Pick<TOutboxMessage, 'status' | 'cancelledReason'>;
}) {
  const t = useT();
  const look = OUTBOX_STATUS_LOOK[message.status];
  return (
    <>
      <Badge tone={look.tone} icon={look.icon} testId="outbox-status">
        {t(look.label)}
      </Badge>
      {message.status === 'cancelled' && message.cancelledReason ? (
        <span className="muted block">
          {t('reminders.outboxStatus.because', { reason: message.cancelledReason })}
        </span>
      ) : null}
    </>
  );
}
