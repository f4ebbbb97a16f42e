// Delete with undo. The library deletes at once (one transaction) and hands back a snapshot; the
// page keeps the newest snapshot for UNDO_MS while the toast offers "Undo". A second delete
// within that time replaces the offer (the earlier deletion stands, as in Gmail): one toast, one
// clear action. While the pointer or the keyboard focus is on the toast the clock stops, so
// nobody loses the button while reaching for it (WCAG 2.2.1).

import type { DeletedArticle } from '../../storage/library';

export const UNDO_MS = 8000;
/** After the toast is left, at least this long remains to come back to it. */
export const UNDO_GRACE_MS = 2000;

export interface UndoOffer {
  /** Distinguishes offers, so a late timer of an old offer never closes a new one. */
  serial: number;
  title: string;
  snapshot: DeletedArticle;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class UndoQueue {
  private offer: UndoOffer | null = null;
  private timer: unknown = null;
  private deadline = 0;
  /** While held: the time that was left when the user reached the toast. */
  private held: number | null = null;
  private serial = 0;

  constructor(
    private readonly onChange: (offer: UndoOffer | null) => void,
    private readonly clock: Clock = realClock,
    private readonly duration = UNDO_MS,
  ) {}

  get current(): UndoOffer | null {
    return this.offer;
  }

  /** Offer to undo this deletion for `duration` ms. */
  push(snapshot: DeletedArticle): UndoOffer {
    const offer: UndoOffer = { serial: ++this.serial, title: snapshot.record.article.title, snapshot };
    this.offer = offer;
    this.deadline = this.clock.now() + this.duration;
    if (this.held === null) this.arm(this.duration);
    else this.held = this.duration;
    this.onChange(offer);
    return offer;
  }

  /** Take the offer (to restore it); null when it expired or was dismissed. */
  take(): UndoOffer | null {
    const offer = this.offer;
    this.close();
    return offer;
  }

  dismiss(): void {
    this.close();
  }

  /** The user is on the toast: stop the clock. */
  hold(): void {
    if (this.held !== null) return;
    this.held = Math.max(0, this.deadline - this.clock.now());
    this.clearTimer();
  }

  /** The user left the toast: the rest of the time runs, and never less than a short grace. */
  release(): void {
    if (this.held === null) return;
    const remaining = Math.max(UNDO_GRACE_MS, this.held);
    this.held = null;
    if (!this.offer) return;
    this.deadline = this.clock.now() + remaining;
    this.arm(remaining);
  }

  private arm(ms: number): void {
    this.clearTimer();
    const serial = this.offer?.serial;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      if (this.offer?.serial === serial) this.close();
    }, ms);
  }

  private close(): void {
    this.clearTimer();
    if (!this.offer) return;
    this.offer = null;
    this.onChange(null);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
