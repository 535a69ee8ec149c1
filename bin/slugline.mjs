#!/usr/bin/env node
// The `slugline` command. Runs the TypeScript sources under plain Node through tsx, so the CLI is
// never stale against src/ (no build step between editing and running).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
