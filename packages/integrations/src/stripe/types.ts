/** An event whose webhook delivery did not succeed. */
export interface FailedEvent {
  id: string;
  type: string;
  /** ISO 8601. */
  createdAt: string;
  /** Endpoints still waiting for a successful delivery. */
  pendingWebhooks: number | null;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  /** "enabled" or "disabled". */
  status: string;
  enabledEvents: string[];
}

/** How one resend went. `status` is Stripe's HTTP status, null when Stripe could not be reached. */
export interface ReplayResult {
  id: string;
  ok: boolean;
  status: number | null;
  message: string;
}
