import { describe, expect, it } from 'vitest';
import { createReplayGuard } from '../../../src/adapters/shared/replay-guard.js';

function clock(startMs = 1_767_225_600_000) {
  let ms = startMs;
  return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000), seconds: () => ms / 1000 };
}

const request = (seconds: number, body = '{"id":"1"}') => ({ timestamp: String(seconds), seconds, body });

describe('the replay guard', () => {
  it('lets a signed request through once and refuses every copy', () => {
    const c = clock();
    const guard = createReplayGuard({ now: c.now });
    const signed = request(c.seconds());
    expect(guard.firstSighting(signed)).toBe(true);
    expect(guard.firstSighting(signed)).toBe(false);
    expect(guard.firstSighting({ ...signed, body: Buffer.from(signed.body) })).toBe(false);
    expect(guard.firstSighting(signed)).toBe(false);
  });

  it('tells apart requests that differ in body or timestamp', () => {
    const c = clock();
    const guard = createReplayGuard({ now: c.now });
    expect(guard.firstSighting(request(c.seconds(), 'a'))).toBe(true);
    expect(guard.firstSighting(request(c.seconds(), 'b'))).toBe(true);
    expect(guard.firstSighting(request(c.seconds() - 1, 'a'))).toBe(true);
    // The digest separates timestamp from body: "1" + "23" is not "12" + "3".
    expect(guard.firstSighting({ timestamp: '1', seconds: 1, body: '23' })).toBe(true);
    expect(guard.firstSighting({ timestamp: '12', seconds: 12, body: '3' })).toBe(true);
  });

  it('remembers a request for as long as its timestamp is inside the window', () => {
    const c = clock();
    const guard = createReplayGuard({ now: c.now });
    const signed = request(c.seconds());
    guard.firstSighting(signed);
    c.advance(299);
    expect(guard.firstSighting(signed)).toBe(false);
  });

  it('remembers a request signed ahead of the clock until that timestamp leaves the window', () => {
    const c = clock();
    const guard = createReplayGuard({ now: c.now });
    const ahead = request(c.seconds() + 300);
    expect(guard.firstSighting(ahead)).toBe(true);
    // Five minutes after the first sighting the timestamp is still acceptable, so still a replay.
    c.advance(550);
    expect(guard.firstSighting(ahead)).toBe(false);
    // Once the timestamp is out of the window the receiver refuses it anyway; the entry may go.
    c.advance(60);
    expect(guard.size).toBe(0);
  });

  it('forgets requests whose timestamp has left the window', () => {
    const c = clock();
    const guard = createReplayGuard({ now: c.now });
    guard.firstSighting(request(c.seconds()));
    c.advance(302);
    expect(guard.size).toBe(0);
  });

  it('is bounded: past `max` the oldest requests are forgotten first', () => {
    const c = clock();
    const guard = createReplayGuard({ max: 3, now: c.now });
    for (const body of ['a', 'b', 'c', 'd']) guard.firstSighting(request(c.seconds(), body));
    expect(guard.size).toBe(3);
    expect(guard.firstSighting(request(c.seconds(), 'd'))).toBe(false);
    expect(guard.firstSighting(request(c.seconds(), 'a'))).toBe(true);
  });
});
