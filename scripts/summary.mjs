// Prints the one closing line CI reads, "N passed, N failed", from every report of the run.
// A missing report counts as a failure so a crashed step can never look green.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
const problems = [];

if (existsSync('reports/steps.txt')) {
  for (const line of readFileSync('reports/steps.txt', 'utf8').trim().split('\n')) {
    const [result, name] = line.split(' ');
    if (result === 'pass') passed++;
    else {
      failed++;
      problems.push(`step ${name} failed`);
    }
  }
}

const vitest = read('reports/vitest.json');
if (vitest) {
  const broken = vitest.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0);
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + broken.length;
  for (const file of broken) problems.push(`unit test file failed to load: ${file.name}`);
} else {
  failed++;
  problems.push('no unit test report');
}

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
  if (e2e.stats.flaky) problems.push(`${e2e.stats.flaky} browser test(s) passed only on retry`);
} else {
  failed++;
  problems.push('no browser test report');
}

const firefox = read('reports/firefox.json');
if (firefox) {
  passed += firefox.passed;
  failed += firefox.failed;
} else {
  failed++;
  problems.push('no Firefox smoke test report');
}

for (const problem of problems) console.log(`note: ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
