/** What a review's e-mails say they come from and where replies go. */
export interface ReviewMailSettings {
  /** The coordinator's choice; null = the default. */
  senderName: string | null;
  replyTo: string | null;
  /** The contact block's address (the coordinating office, as printed in the report). */
  contactEmail: string;
  coordinatingOffice: string | null;
  country: string;
  /** An accepted coordinator's address, the last resort for replies. */
  coordinatorEmail: string | null;
}

export interface MailIdentity {
  /** The display name of the From header; the address stays the installation's own. */
  senderName: string;
  /** Null only when the review has neither a contact address nor a coordinator. */
  replyTo: string | null;
}

/** The sender name people see when the coordinator has not chosen one. */
export function defaultSenderName(
  settings: Pick<ReviewMailSettings, 'coordinatingOffice' | 'country'>,
): string {
  const office = settings.coordinatingOffice?.trim();
  return office ? `${office} (GCM review)` : `GCM review of ${settings.country}`;
}

/**
 * A review's e-mails come from its coordinating office by name and are answered by its contact
 * address (or the one the coordinator chose), whatever the installation's no-reply address is.
 */
export function reviewMailIdentity(settings: ReviewMailSettings): MailIdentity {
  const chosen = settings.replyTo?.trim();
  const contact = settings.contactEmail.trim();
  return {
    senderName: settings.senderName?.trim() || defaultSenderName(settings),
    replyTo: chosen || contact || settings.coordinatorEmail || null,
  };
}
