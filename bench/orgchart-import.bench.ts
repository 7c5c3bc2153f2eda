/**
 * The org-chart import without the database: read an XLSX of N employees, validate it, detect the first-line
 * leaders, resolve areas, count, diff against the previous import and issue pseudonyms. Target for 50,000 employees:
 * at most 10 s and under 500 MB resident.
 *
 *   npx tsx bench/orgchart-import.bench.ts 50000 [xlsx|csv]
 *
 * The file is generated first (in a child process, so its memory does not count) when .tmp/bench lacks it. Peak
 * memory is the kernel's high-water mark for this process (`process.resourceUsage().maxRSS`), which also catches
 * peaks inside synchronous work that a timer sampling `memoryUsage().rss` would miss; both are printed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resolveAreas, suggestAreaOverrides } from '../src/organisations/areas.model';
import {
  type CurrentPerson,
  createPseudonymGenerator,
  diffImport,
  seededRandom,
} from '../src/organisations/import-diff.model';
import { countByArea, countByUnit, detectFirstLineLeaders } from '../src/organisations/leaders.model';
import { validateOrgChart } from '../src/organisations/orgchart.model';
import { readOrgChartFile } from '../src/organisations/orgchart-file';
import { canImport } from '../src/organisations/orgchart-problems.model';

const n = Number(process.argv[2] ?? 50_000);
const format = (process.argv[3] ?? 'xlsx') as 'xlsx' | 'csv';
const dir = '.tmp/bench';
const file = path.join(dir, `orgchart-${n}.${format}`);
if (!fs.existsSync(file)) {
  console.log(`generating ${file} …`);
  execFileSync('npx', ['tsx', 'bench/orgchart-generator.ts', String(n), dir], { stdio: 'inherit' });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let sampledPeak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
}, 5);
const baseline = process.memoryUsage().rss;

const phases: [string, number][] = [];
let last = performance.now();
const start = last;
const phase = (name: string) => {
  const now = performance.now();
  phases.push([name, now - last]);
  last = now;
};

const bytes = fs.readFileSync(file);
phase('read file from disk');
const table = await readOrgChartFile(bytes, path.basename(file));
phase(`parse ${format.toUpperCase()}`);
const validation = validateOrgChart(table.rows, { fileProblems: table.problems });
phase('validate (mapping, rows, managers, cycles, unit tree)');
const suggestions = detectFirstLineLeaders(validation.people);
phase('detect first-line leaders');
const areaOverrides = suggestAreaOverrides(validation.units);
const areas = resolveAreas(validation.units, areaOverrides);
const leaderIds = new Set(suggestions.filter((s) => s.basis === 'structure').map((s) => s.employeeId));
const byUnit = countByUnit(validation.people, leaderIds, validation.units);
const byArea = countByArea(validation.people, leaderIds, (unit) => areas.get(unit)?.area ?? null);
phase('areas and counts');
// A re-import of the same month: everyone is matched, nobody changed.
const current: CurrentPerson[] = validation.people.map((p) => ({ ...p, status: 'active', leaderDecision: null }));
const diff = diffImport(current, validation.people);
phase('diff against the previous import');
const nextPseudonym = createPseudonymGenerator([], seededRandom('bench'));
const pseudonyms = validation.people.map(() => nextPseudonym());
phase('pseudonyms for everyone');
const total = performance.now() - start;
clearInterval(sampler);
sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
const maxRss = process.resourceUsage().maxRSS * 1024;

console.log(`\norg-chart import of ${file} (${mb(bytes.length)}), Node ${process.version}\n`);
for (const [name, ms] of phases) console.log(`  ${name.padEnd(55)} ${(ms / 1000).toFixed(2).padStart(6)} s`);
console.log(`  ${'total'.padEnd(55)} ${(total / 1000).toFixed(2).padStart(6)} s   (target ≤ 10 s)`);
console.log(`\n  peak RSS (kernel high-water mark)  ${mb(maxRss)}   (target < 500 MB; at start ${mb(baseline)})`);
console.log(`  peak RSS (sampled every 5 ms)      ${mb(sampledPeak)}`);
const structural = suggestions.filter((s) => s.basis === 'structure');
const byConfidence = Object.fromEntries(
  (['high', 'medium', 'low'] as const).map((c) => [c, structural.filter((s) => s.confidence === c).length]),
);
console.log(`\n  rows ${table.rows.length}, people ${validation.people.length}, units ${validation.units.length}`);
console.log(`  problems ${validation.problems.length}, can import: ${canImport(validation.problems)}`);
console.log(
  `  first-line leaders ${structural.length} (${JSON.stringify(byConfidence)}), title-only ${suggestions.length - structural.length}, ` +
    `employees per leader ${((validation.people.length - structural.length) / Math.max(1, structural.length)).toFixed(1)}`,
);
console.log(
  `  areas suggested on ${areaOverrides.size} units; leaders per area ${JSON.stringify(Object.fromEntries([...byArea].map(([a, c]) => [a, c.leaders])))}`,
);
console.log(
  `  units counted ${byUnit.size}; diff unchanged ${diff.unchanged.length}; pseudonyms ${new Set(pseudonyms).size} distinct`,
);
const ok = total <= 10_000 && maxRss < 500 * 1024 * 1024;
console.log(`\n  ${ok ? 'PASS' : 'FAIL'}`);
process.exitCode = ok ? 0 : 1;
