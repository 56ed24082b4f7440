#!/usr/bin/env node
// The command line, built ahead of time (npm ci runs `npm run build:cli` through the prepare script).
let cli;
try {
  cli = await import('../dist-cli/termverkstad.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('termverkstad: the command line is not built yet: run `npm run build:cli`\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2), process.stdout, process.stderr);
