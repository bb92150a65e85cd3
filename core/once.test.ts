import { describe, expect, it } from 'vitest';
import { once } from './once';

describe('once', () => {
  it('makes nothing until first asked', () => {
    let calls = 0;
    once(() => ++calls);
    expect(calls).toBe(0);
  });

  it.each([
    { asks: 1, calls: 1 },
    { asks: 3, calls: 1 },
  ])('makes the value once for $asks asks and returns the same value each time', ({ asks, calls }) => {
    let made = 0;
    const get = once(() => ({ n: ++made }));
    const values = Array.from({ length: asks }, () => get());
    expect(made).toBe(calls);
    for (const value of values) expect(value).toBe(values[0]);
  });

  it('keeps a made value that is falsy (null, 0, "") without making it again', () => {
    for (const falsy of [null, 0, '', false]) {
      let made = 0;
      const get = once(() => {
        made++;
        return falsy;
      });
      expect([get(), get()]).toEqual([falsy, falsy]);
      expect(made).toBe(1);
    }
  });
});
