const officeAddins = require('eslint-plugin-office-addins');

// The plugin's configs cover .ts but not .tsx; widen them so the pane's components are checked too.
const widen = (config) =>
  config.files && config.files.some((f) => f.includes('ts,')) ? { ...config, files: ['**/*.{ts,tsx}'] } : config;

module.exports = [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'demo-output/**', '**/*.js'] },
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
  {
    // The Office.js rules read every getCell/load as Office.js; ExcelJS and plain code are not.
    files: ['src/core/**', 'src/xlsx/**', 'src/cli/**', 'src/locales/**', 'test/**', 'bench/**'],
    rules: Object.fromEntries(
      Object.keys(require('eslint-plugin-office-addins').rules).map((rule) => [`office-addins/${rule}`, 'off']),
    ),
  },
];
