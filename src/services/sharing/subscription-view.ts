import type { Selectable } from 'kysely';
import type { SubscriptionTable } from '../../store/database.ts';
import { SHARE_EVENT_LABELS, type ShareEventType } from './share-event.ts';

/** A subscription as its owner sees it (never the secret, which is shown once at creation). */
export interface SubscriptionView {
  id: number;
  owner: string;
  /** The owner's name as the account list shows it (an institution's name for banks and associations). */
  ownerName: string;
  name: string;
  eventTypes: ShareEventType[];
  eventTypeLabels: string[];
  delivery: 'webhook' | 'pull';
  url: string | null;
  /** Webhooks: most events per request (1: one event per request). */
  batchSize: number;
  active: boolean;
  createdAt: string;
  /** Webhooks: deliveries waiting for a retry, delivered, and given up. */
  deliveries: { pending: number; delivered: number; failed: number } | null;
}

export function toSubscriptionView(
  row: Selectable<SubscriptionTable> & { owner: string; ownerName: string },
  counts?: SubscriptionView['deliveries'],
): SubscriptionView {
  const eventTypes = row.event_types as ShareEventType[];
  return {
    id: Number(row.id),
    owner: row.owner,
    ownerName: row.ownerName,
    name: row.name,
    eventTypes,
    eventTypeLabels: eventTypes.map((type) => SHARE_EVENT_LABELS[type]),
    delivery: row.delivery as 'webhook' | 'pull',
    url: row.url,
    batchSize: Number(row.batch_size),
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    deliveries: row.delivery === 'webhook' ? (counts ?? { pending: 0, delivered: 0, failed: 0 }) : null,
  };
}
