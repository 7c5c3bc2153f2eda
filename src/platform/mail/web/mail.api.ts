export interface OutboxSummary {
  id: string;
  to: string;
  subject: string;
  kind: string;
  createdAt: string;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string }[];
  createdAt: string;
}

export interface OutboxFilters {
  to: string;
  kind: string;
}

export const mailKeys = {
  list: (filters: OutboxFilters) => ['outbox', 'list', filters] as const,
  message: (id: string) => ['outbox', 'message', id] as const,
};
