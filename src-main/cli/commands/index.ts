import type { Command } from '../command';
import { assignCommand } from './assign';
import { cloneCommand } from './clone';
import { exportCommand } from './export';
import { historyCommand } from './history';
import { importCommand } from './import';
import { listCommand } from './list';
import { rollbackCommand } from './rollback';
import { abCommand } from './ab';
import { docsCommand } from './docs';
import { dryRunCommand } from './dry-run';
import { planCommand } from './plan';
import { schemaCommand } from './schema';

/** Every CLI command, in the order `--help` lists them. Add a command with one line. */
export const commands: readonly Command[] = [
  listCommand,
  historyCommand,
  importCommand,
  exportCommand,
  cloneCommand,
  assignCommand,
  rollbackCommand,
  dryRunCommand,
  planCommand,
  abCommand,
  schemaCommand,
  docsCommand,
];
