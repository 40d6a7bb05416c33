/**
 * A live "still running, 12 s" line under a long migration step on a terminal: redrawn in place
 * every second after the first five, and erased when the step ends, so a log keeps only the
 * "done in" line. Off the terminal it writes nothing.
 *
 * @example
 * ```ts
 * const ticker = new ElapsedTicker((text) => process.stderr.write(text));
 * ticker.start("upgrade 3f2a9c1b7d4e");
 * // ... the step runs ...
 * ticker.stop();
 * ```
 */
export class ElapsedTicker {
  #timer: ReturnType<typeof setInterval> | undefined;
  #shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly options: { quietMs?: number; everyMs?: number; now?: () => number } = {},
  ) {}

  /** Starts counting for a step; a previous one is stopped first. */
  start(what: string): void {
    this.stop();
    const now = this.options.now ?? Date.now;
    const started = now();
    const quietMs = this.options.quietMs ?? 5000;
    this.#timer = setInterval(() => {
      const elapsed = now() - started;
      if (elapsed < quietMs) return;
      this.write(`\r\u001b[K  ${what}: still running, ${Math.round(elapsed / 1000)} s`);
      this.#shown = true;
    }, this.options.everyMs ?? 1000);
    // A ticker must never keep the process alive on its own.
    this.#timer.unref?.();
  }

  /** Stops and erases the line, if one was drawn. */
  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#shown) this.write("\r\u001b[K");
    this.#shown = false;
  }
}
