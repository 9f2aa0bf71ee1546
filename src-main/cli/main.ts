import { runCli } from './run-cli';

/** `npm run cli -- <command>` and the `planner-studio` bin. */

// A reader that stops early (`planner-studio list | head`) closes the pipe: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
