// Writes bench/results/mutation.json from StrykerJS's JSON report(s): the mutation score of src/domain and src/engine
// (killed or timed-out mutants over all that were tested or not covered), the survivors, and which files were run.
// Usage: node --import tsx scripts/record-mutation-score.ts [--note=TEXT] [report.json ...]
// (default reports/mutation/mutation.json; several reports, e.g. of runs over parts of the code, are merged).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchResult } from '../bench/bench-record.ts';

interface Mutant {
  id: string;
  mutatorName: string;
  status: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const MUTATED = ['src/domain', 'src/engine'];
const OUTPUT = 'bench/results/mutation.json';

const args = process.argv.slice(2);
const note = args.find((arg) => arg.startsWith('--note='))?.slice('--note='.length);
const given = args.filter((arg) => !arg.startsWith('--note='));
const reportFiles = given.length > 0 ? given : ['reports/mutation/mutation.json'];
const isSourceFile = (file: string): boolean => !file.endsWith('.test.ts') && !file.includes('test-fixtures');
const files = new Map<string, Mutant[]>();
for (const reportFile of reportFiles) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    // A chunk whose `mutate` glob also matched test files: their mutants are no part of the score.
    if (!isSourceFile(file)) continue;
    files.set(path.relative('.', path.resolve(file)), mutants);
  }
}

function tally(mutants: Mutant[]) {
  const count = (...statuses: string[]) => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  return {
    mutants: mutants.length,
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    ignored: count('Ignored'),
    errors: count('CompileError', 'RuntimeError'),
    score: detected + undetected === 0 ? null : Math.round((detected / (detected + undetected)) * 10000) / 100,
    // The same with timed-out mutants counted as undetected: on a loaded machine a slow test run can time out without
    // the mutant being caught, so both figures are recorded.
    scoreKilledOnly:
      detected + undetected === 0 ? null : Math.round((count('Killed') / (detected + undetected)) * 10000) / 100,
  };
}

const all = [...files.values()].flat();
const directories = Object.fromEntries(
  MUTATED.map((directory) => {
    const inside = [...files].filter(([file]) => file.startsWith(`${directory}/`));
    return [directory, { files: inside.length, ...tally(inside.flatMap(([, mutants]) => mutants)) }];
  }),
);
const sourceFiles = (directory: string): string[] =>
  fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(directory, file))
    .filter((file) => file.endsWith('.ts') && isSourceFile(file));
const notRun = MUTATED.flatMap(sourceFiles)
  .filter((file) => !files.has(file))
  .sort();

const survivors = [...files]
  .flatMap(([file, mutants]) =>
    mutants
      .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
      .map((mutant) => ({
        file,
        line: mutant.location.start.line,
        mutator: mutant.mutatorName,
        status: mutant.status,
        replacement: mutant.replacement?.slice(0, 80),
      })),
  )
  .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

const result = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
  tool: 'StrykerJS with @stryker-mutator/tap-runner (stryker.config.json)',
  machine: { cores: os.cpus().length, loadAverage: Math.round(os.loadavg()[0] * 100) / 100 },
  complete: notRun.length === 0,
  ...(note ? { note } : {}),
  notRun,
  total: tally(all),
  directories,
  survivorsCount: survivors.length,
  survivors,
};
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
writeBenchResult(path.basename(OUTPUT, '.json'), result);
console.log(
  `mutation score: ${MUTATED.map((directory) => `${directory} ${directories[directory].score ?? '–'} %`).join(', ')}; ` +
    `${survivors.length} survivors${notRun.length > 0 ? `; not run: ${notRun.length} files` : ''} → ${OUTPUT}`,
);
