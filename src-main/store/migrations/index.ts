import { migration001 } from './001-init';
import { migration002 } from './002-config-preset';
import { migration003 } from './003-config-texts';
import { migration004 } from './004-bucket-portfolio';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, in order. Append only: an applied migration must never be edited. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004];
