import type { Command } from '../command';
import { assignCommand } from './assign';
import { cloneCommand } from './clone';
import { exportCommand } from './export';
import { historyCommand } from './history';
import { importCommand } from './import';
import { listCommand } from './list';
import { rollbackCommand } from './rollback';

/** Every CLI command, in the order `--help` lists them. Add a command with one line. */
export const commands: readonly Command[] = [
  listCommand,
  historyCommand,
  importCommand,
  exportCommand,
  cloneCommand,
  assignCommand,
  rollbackCommand,
];
