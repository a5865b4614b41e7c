// Prints the slowest test files of the run (where the suite's time goes), then the plain closing line CI
// reads: "jest: N passed, N failed".
const { relative } = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map((f) => ({ name: relative(process.cwd(), f.testFilePath), seconds: (f.perfStats.end - f.perfStats.start) / 1000 }))
      .sort((a, b) => b.seconds - a.seconds);
    if (files.length > 10) {
      process.stdout.write('\nslowest test files:\n');
      for (const f of files.slice(0, 10)) process.stdout.write(`  ${f.seconds.toFixed(1).padStart(6)} s  ${f.name}\n`);
    }
    const skipped = results.numPendingTests + results.numTodoTests;
    // A file that failed to run has no failed test of its own: it is counted, so the line never reads clean.
    const broken = results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}${broken ? `, ${broken} test files failed to run` : ''}\n`,
    );
  }
}
module.exports = SummaryReporter;
