// `npm start [-- --data-dir <dir>] [-- --port <n>]`: the desktop app where an Electron binary
// exists (downloading it once if it can); otherwise, in one paragraph, why not, and the web
// host instead (the same app in a browser; it prints its URL and opens nothing).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

function tryDownload() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer) || process.env.ELECTRON_OVERRIDE_DIST_PATH) return;
  process.stdout.write('Electron binary not found; trying to download it once…\n');
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 300_000 });
}

/** `--data-dir` becomes PLANNER_STUDIO_DATA_DIR; `--port` only concerns the web host. */
function desktopLaunch(argv) {
  const env = { ...process.env };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data-dir' && argv[i + 1] !== undefined) env.PLANNER_STUDIO_DATA_DIR = path.resolve(argv[++i]);
    else if (argv[i] === '--port') i++;
    else rest.push(argv[i]);
  }
  return { env, rest };
}

function run(command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

let electron = findElectronBinary();
if (!electron.path) {
  tryDownload();
  electron = findElectronBinary();
}

if (electron.path) {
  const build = spawnSync('npm', ['run', '--silent', 'build:desktop'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const { env, rest } = desktopLaunch(args);
  // Chromium's setuid sandbox refuses to start as root (containers, CI) without this flag.
  const noSandbox = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  run(electron.path, ['.', ...noSandbox, ...rest], { env });
} else {
  process.stdout.write(
    `\nPlanner Studio cannot start as a desktop app here: ${electron.reason} Downloading it ` +
      'failed too (it comes from github.com, which cannot be reached from here). ' +
      'Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder, or run "npx install-electron" ' +
      'where the internet is reachable, to get the desktop app. Starting the same app in the web host ' +
      'instead: open the URL printed below in a browser (nothing is opened for you).\n\n',
  );
  run(process.execPath, [path.join(root, 'scripts', 'web.mjs'), ...args]);
}
