// Seats left, live: one event stream (graphql-sse, key in the URL) per hundred offers shown, since a browser holds at
// most six HTTP/1.1 connections to the API. Once a stream is open the seats are read again, so that no change made
// between the search and the subscription is missed. Where streams fail (a proxy, a policy), the seats are read again
// every minute instead.
import type { StageApi } from './api';
import { FollowSeatsDocument, SeatsDocument } from './generated/operations';
import type { FollowSeatsSubscription, SeatsQuery } from './generated/operations';

export type LiveState = 'off' | 'connecting' | 'open' | 'polling';
type Seats = (offerId: string, remainingSeats: number, status: string) => void;

const perStream = 100;
const maxStreams = 3;
const pollEvery = 60_000;

export class LiveSeats {
  private streams: EventSource[] = [];
  private poll = 0;
  private ids: string[] = [];

  constructor(private readonly api: StageApi, private readonly onSeats: Seats, private readonly onState: (state: LiveState) => void) {}

  follow(ids: string[]): void {
    this.close();
    this.ids = ids.slice(0, perStream * maxStreams);
    if (!this.ids.length) return;
    if (typeof EventSource === 'undefined') {
      this.startPolling();
      return;
    }
    this.onState('connecting');
    for (let start = 0; start < this.ids.length; start += perStream) {
      const chunk = this.ids.slice(start, start + perStream);
      const stream = new EventSource(this.api.requestUrl(FollowSeatsDocument, { ids: chunk }));
      stream.addEventListener('open', () => {
        if (this.streams.every((s) => s.readyState === EventSource.OPEN)) this.onState('open');
        void this.refresh(chunk);
      });
      stream.addEventListener('next', (event) => {
        const answer = JSON.parse((event as MessageEvent<string>).data) as { data?: FollowSeatsSubscription };
        const change = answer.data?.offerSeatsChanged;
        if (change) this.onSeats(change.offerId, change.remainingSeats, change.status);
      });
      // The server ends the stream (an offer no longer public, a shutdown): read the seats from time to time instead.
      stream.addEventListener('complete', () => this.fallBack());
      stream.addEventListener('error', () => {
        if (stream.readyState === EventSource.CLOSED) this.fallBack();
        else this.onState('connecting');
      });
      this.streams.push(stream);
    }
  }

  close(): void {
    for (const stream of this.streams) stream.close();
    this.streams = [];
    clearInterval(this.poll);
    this.poll = 0;
    this.onState('off');
  }

  private fallBack(): void {
    for (const stream of this.streams) stream.close();
    this.streams = [];
    this.startPolling();
  }

  private startPolling(): void {
    if (this.poll) return;
    this.onState('polling');
    this.poll = window.setInterval(() => {
      if (document.visibilityState === 'visible') void this.refreshAll();
    }, pollEvery);
  }

  private async refreshAll(): Promise<void> {
    for (let start = 0; start < this.ids.length; start += perStream) await this.refresh(this.ids.slice(start, start + perStream));
  }

  private async refresh(ids: string[]): Promise<void> {
    try {
      const data = await this.api.query<SeatsQuery>(SeatsDocument, { ids });
      for (const node of data.nodes) {
        if (node && 'remainingSeats' in node) this.onSeats(node.id, node.remainingSeats, node.status);
      }
    } catch {
      // The seats shown stay those of the search; the next search or event brings new ones.
    }
  }
}
