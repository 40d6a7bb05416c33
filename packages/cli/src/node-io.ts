import type { CliIO } from "./cli-context";

/**
 * The CLI's I/O on the real process: stdout, stderr, and prompts on stdin.
 *
 * @example
 * ```ts
 * await runCli(process.argv.slice(2), { io: createNodeIO(), drivers, version });
 * ```
 */
export function createNodeIO(): CliIO {
  // A reader that stops early (`retort upgrade head --sql | head`) closes the pipe. What is left
  // to print is dropped and the command finishes as it would have: stopping it there instead
  // could cut an online upgrade short between two statements of a migration that cannot run in
  // a transaction. Any other write error is still thrown.
  let isReaderGone = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    isReaderGone = true;
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => {
      if (!isReaderGone) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    isInteractive: process.stdin.isTTY === true,
    colors: process.stderr.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    // node:readline is loaded only when a question is asked, as the prompt library below.
    readLine: async (prompt) => {
      const { createInterface } = await import("node:readline/promises");
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(prompt);
      } catch {
        return undefined;
      } finally {
        rl.close();
      }
    },
    // The prompt library is loaded only when a question is asked: most runs ask none.
    select: async (question, choices) => {
      const prompts = await import("@clack/prompts");
      const answer = await prompts.select({
        message: question,
        options: choices.map((choice) => ({ value: choice.value, label: choice.label })),
        output: process.stderr,
      });
      return prompts.isCancel(answer) ? undefined : answer;
    },
  };
}
