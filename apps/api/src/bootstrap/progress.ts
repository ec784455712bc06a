import type { Logger } from 'pino';

/** One step of the start-up: a counter while it runs, one line when it is done. */
export interface StartupStep {
  count(done: number, total: number): void;
  /** The step's line, with what it did and how long it took */
  done(result?: string): void;
  /** Seconds since the step began */
  readonly seconds: number;
}

export interface StartupReporter {
  step(label: string): StartupStep;
  /** A line of its own (the heading, the ready line) */
  line(text: string, fields?: Record<string, unknown>): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * What a person sees while the portal starts (outside LOG_LEVEL=debug and production): a
 * few plain lines, each step with its duration; on a terminal a long step shows a counter
 * on its line. In `log` mode (production's JSON logs, LOG_LEVEL=debug) each line is an
 * info record instead, with `step` and `seconds` fields.
 */
export function createStartupReporter(options: { mode: 'plain' | 'log' | 'silent'; log: Logger; out?: NodeJS.WriteStream }): StartupReporter {
  const out = options.out ?? process.stdout;
  const tty = Boolean(out.isTTY);
  let counterShown = false;
  const clearCounter = () => {
    if (counterShown) out.write('\r\x1b[2K');
    counterShown = false;
  };
  const write = (text: string) => {
    clearCounter();
    out.write(`${text}\n`);
  };
  return {
    step(label) {
      const started = performance.now();
      let lastCount = 0;
      return {
        get seconds() {
          return (performance.now() - started) / 1000;
        },
        count(done, total) {
          if (options.mode !== 'plain' || !tty) return;
          const now = performance.now();
          // A few times a second at most: a terminal line, not a flood
          if (done < total && now - lastCount < 250) return;
          lastCount = now;
          clearCounter();
          out.write(`  … ${label} ${done}/${total}`);
          counterShown = true;
        },
        done(result) {
          const ms = performance.now() - started;
          const text = result ? `${label}: ${result}` : label;
          if (options.mode === 'plain') write(`  ✓ ${text} (${seconds(ms)})`);
          else if (options.mode === 'log') options.log.info({ step: label, seconds: Number((ms / 1000).toFixed(1)) }, text);
        },
      };
    },
    line(text, fields) {
      if (options.mode === 'plain') write(text);
      else if (options.mode === 'log') options.log.info(fields ?? {}, text.trim());
    },
  };
}
