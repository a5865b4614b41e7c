const officeAddins = require('eslint-plugin-office-addins');

// The plugin's configs cover .ts but not .tsx; widen them so the pane's components are checked too.
const widen = (config) =>
  config.files && config.files.some((f) => f.includes('ts,')) ? { ...config, files: ['**/*.{ts,tsx}'] } : config;

/** Relative imports of the project's folders, at any depth: ../xlsx, ../../xlsx/readReport. */
const project = (folders) => folders.flatMap((f) => [`**/${f}`, `**/${f}/**`, `./${f}`, `./${f}/**`]);

/** One no-restricted-imports rule per floor. */
const floors = (rules) =>
  rules.map(({ files, why, banned }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: banned, message: why }] }] },
  }));

module.exports = [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'demo-output/**'] },
  {
    // The scripts, benches and test support in plain JavaScript (CommonJS, Node): checked for what breaks.
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'commonjs',
      globals: { ...require('globals').node, ...require('globals').browser },
    },
    rules: {
      ...require('@eslint/js').configs.recommended.rules,
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // The ES5 first script: its words are put in at build time.
  { files: ['src/legacy/oldWebview.es5.js'], languageOptions: { globals: { __WORDS__: 'readonly' } } },
  ...officeAddins.configs.react.map(widen),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: require('@typescript-eslint/parser'), globals: { Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' } },
    rules: {
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      'no-undef': 'off',
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The floors (ARCHITECTURE.md): each folder imports only what lies below it.
  ...floors([
    {
      files: ['src/core/**'],
      why: 'src/core is pure: no Office.js, DOM, file system, ExcelJS or docx, and nothing of the project outside itself.',
      banned: [...project(['excel', 'xlsx', 'docx', 'cli', 'taskpane', 'host', 'locales']), 'exceljs', 'docx', 'node:*', 'fs', 'path', 'react', 'react-dom', '@fluentui/*'],
    },
    {
      files: ['src/host/**'],
      why: 'src/host holds the session over a WorkbookHost: it knows the core, and no host, file format or front end.',
      banned: [...project(['excel', 'xlsx', 'docx', 'cli', 'taskpane']), 'exceljs', 'docx', 'node:*', 'react', '@fluentui/*'],
    },
    {
      files: ['src/xlsx/**', 'src/docx/**', 'src/excel/**'],
      why: 'An adapter serves both front ends and never reaches into one.',
      banned: project(['cli', 'taskpane']),
    },
    {
      files: ['src/usecases/**'],
      why: 'A use case serves both front ends over bytes: no front end, no Office.js, no file system.',
      banned: [...project(['cli', 'taskpane', 'excel']), 'node:*', 'fs', 'react', '@fluentui/*'],
    },
    {
      files: ['src/cli/**'],
      why: 'The command line never reaches into the pane or Office.js.',
      banned: [...project(['taskpane', 'excel']), 'react', '@fluentui/*'],
    },
    {
      // The workbench's entry (Workbench.tsx) is where the file's host is chosen, as index.tsx chooses Excel's.
      files: ['src/taskpane/components/**', 'src/taskpane/logic/**', 'src/taskpane/workbench/SheetView.tsx'],
      why: 'The pane shows and gathers: workbooks through the session, files through src/usecases (one path with the command line).',
      banned: [...project(['xlsx', 'docx', 'excel']), 'exceljs', 'docx'],
    },
  ]),
  {
    // The Office.js rules read every getCell/load as Office.js; ExcelJS and plain code are not.
    files: ['src/core/**', 'src/xlsx/**', 'src/cli/**', 'src/locales/**', 'test/**', 'bench/**'],
    rules: Object.fromEntries(
      Object.keys(require('eslint-plugin-office-addins').rules).map((rule) => [`office-addins/${rule}`, 'off']),
    ),
  },
  // ASCII escapes in the build scripts are made from code points on purpose.
  { files: ['**/*.js'], rules: { 'no-control-regex': 'off' } },
];
