import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ElapsedTicker } from "./elapsed-ticker";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("ElapsedTicker", () => {
  it("stays quiet for a short step", () => {
    let out = "";
    const ticker = new ElapsedTicker((text) => {
      out += text;
    });
    ticker.start("upgrade a");
    vi.advanceTimersByTime(3000);
    ticker.stop();
    expect(out).toBe("");
  });

  it("redraws the elapsed time in place on a long step and erases it at the end", () => {
    let out = "";
    const ticker = new ElapsedTicker((text) => {
      out += text;
    });
    ticker.start("upgrade a");
    vi.advanceTimersByTime(7000);
    expect(out).toBe(
      "\r\u001b[K  upgrade a: still running, 5 s\r\u001b[K  upgrade a: still running, 6 s\r\u001b[K  upgrade a: still running, 7 s",
    );
    ticker.stop();
    expect(out.endsWith("7 s\r\u001b[K")).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(out.endsWith("7 s\r\u001b[K")).toBe(true);
  });
});
