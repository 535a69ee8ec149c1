// The ordered list of schema migrations. Add a file NNNN-name.ts and its test for each change.
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-story-flags';
import { migration0003 } from './0003-copy-desk';
import { migration0004 } from './0004-wire-slug-index';
import { migration0005 } from './0005-wire-repair-reverts';
import type { Migration } from './types';

export const migrations: Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005];
export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
export type { Migration };
