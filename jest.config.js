// Two parts of one suite. `unit`: the core, the adapters over files, the command line over files — no
// LibreOffice, no Chromium (`npm run test:unit`, the inner loop). `system`: what runs real LibreOffice or
// Chromium (test/system, test/browser). `npm test` and CI run both.
// Types are checked once by `npm run typecheck`; ts-jest only transpiles (isolatedModules in tsconfig.json).
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  // Jest's default is one worker fewer than the cores: one worker on this project's 2-core machine. The
  // tests spend much of their time waiting on LibreOffice, Chromium and the command line, so two share well.
  maxWorkers: 2,
  // Builds the command line once for the run (the pane on first use, test/support/builds.ts); afterwards
  // removes the LibreOffice profiles the workers kept.
  globalSetup: '<rootDir>/test/support/globalSetup.js',
  globalTeardown: '<rootDir>/test/support/globalTeardown.js',
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/system/', '<rootDir>/test/browser/'],
    },
    {
      ...shared,
      displayName: 'system',
      roots: ['<rootDir>/test/system', '<rootDir>/test/browser'],
    },
  ],
};
