/** `npm run --silent sim -- ...`: simulate one scenario from the shell. See README "CLI". */
import { writeFileSync } from 'node:fs';
import { runCli } from './run';

const result = runCli(process.argv.slice(2));
if (result.trace) writeFileSync(result.trace.file, JSON.stringify(result.trace.trace));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
