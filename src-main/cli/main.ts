import { runCli } from './run-cli';

/** `npm run cli -- <command>` and the `planner-studio` bin. */
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
