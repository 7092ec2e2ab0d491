// The last requests made through each connection, for the request inspector. In memory only:
// records are already redacted, and nothing here outlives the tab.
import type { ExchangeRecord } from '../providers/index.ts';

export const EXCHANGES_KEPT = 20;

type Listener = (connectionId: string) => void;

export class ExchangeLog {
  private readonly byConnection = new Map<string, ExchangeRecord[]>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly kept = EXCHANGES_KEPT) {}

  record(connectionId: string, exchange: ExchangeRecord): void {
    const list = [exchange, ...(this.byConnection.get(connectionId) ?? [])].slice(0, this.kept);
    this.byConnection.set(connectionId, list);
    for (const listener of this.listeners) listener(connectionId);
  }

  /** Newest first. */
  list(connectionId: string): readonly ExchangeRecord[] {
    return this.byConnection.get(connectionId) ?? [];
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** An observer to pass as `onExchange` for requests made through `connectionId`. */
  observerFor(connectionId: string): (exchange: ExchangeRecord) => void {
    return (exchange) => this.record(connectionId, exchange);
  }
}

export const exchangeLog = new ExchangeLog();
