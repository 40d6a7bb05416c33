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
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
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
