// A numbered schema step. Each runs once, in its own transaction, and bumps PRAGMA user_version.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
