// Undo after delete: the offer lasts 8 seconds, a newer delete replaces it, and the clock stops
// while the user is on the toast.

import { describe, expect, it } from 'vitest';
import type { DeletedArticle } from '../../../src/storage/library';
import { UNDO_GRACE_MS, UNDO_MS, UndoQueue } from '../../../src/ui/library/undo';
import type { Clock, UndoOffer } from '../../../src/ui/library/undo';

function fakeClock() {
  let now = 0;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: next });
      return next++;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.length };
}

const snapshot = (title: string) => ({ record: { id: title, article: { title } }, images: [] }) as unknown as DeletedArticle;

function queue() {
  const { clock, advance, pending } = fakeClock();
  const shown: Array<UndoOffer | null> = [];
  const q = new UndoQueue((offer) => shown.push(offer), clock);
  return { q, advance, pending, shown };
}

describe('UndoQueue', () => {
  it('offers undo for 8 seconds, then lets the deletion stand', () => {
    const { q, advance, shown } = queue();
    q.push(snapshot('需求评审'));
    expect(q.current?.title).toBe('需求评审');
    advance(UNDO_MS - 1);
    expect(q.current).not.toBeNull();
    advance(1);
    expect(q.current).toBeNull();
    expect(q.take()).toBeNull();
    expect(shown.map((o) => o?.title ?? null)).toEqual(['需求评审', null]);
  });

  it('hands the snapshot back once when the user undoes in time', () => {
    const { q, advance, pending } = queue();
    q.push(snapshot('a'));
    advance(5000);
    expect(q.take()?.snapshot.record.id).toBe('a');
    expect(q.take()).toBeNull();
    expect(pending()).toBe(0);
  });

  it('a second delete replaces the offer and gets its own 8 seconds', () => {
    const { q, advance } = queue();
    q.push(snapshot('first'));
    advance(6000);
    q.push(snapshot('second'));
    advance(3000); // the first offer's timer would have fired here
    expect(q.current?.title).toBe('second');
    advance(UNDO_MS - 3000);
    expect(q.current).toBeNull();
  });

  it('stops the clock while held and leaves at least a short grace after', () => {
    const { q, advance } = queue();
    q.push(snapshot('held'));
    advance(7500);
    q.hold();
    advance(60_000);
    expect(q.current?.title).toBe('held');
    q.release();
    advance(UNDO_GRACE_MS - 1);
    expect(q.current).not.toBeNull();
    advance(1);
    expect(q.current).toBeNull();
  });

  it('keeps the remaining time when released early', () => {
    const { q, advance } = queue();
    q.push(snapshot('x'));
    advance(1000);
    q.hold();
    advance(5000);
    q.release();
    advance(UNDO_MS - 1000 - 1);
    expect(q.current).not.toBeNull();
    advance(1);
    expect(q.current).toBeNull();
  });

  it('dismiss closes the offer at once', () => {
    const { q, pending } = queue();
    q.push(snapshot('x'));
    q.dismiss();
    expect(q.current).toBeNull();
    expect(pending()).toBe(0);
  });
});
