// Lint rules for the whole codebase. `npm run lint` runs them and `npm test` includes it.
// Layering (what may import what) is checked by tests/unit/architecture.test.ts; this file catches cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'reports/**', 'test-results/**', '.dev-feed/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'Focused tests do not land.' },
        {
          // `it.skip('name', …)` parks a test; `test.skip(condition, reason)` inside a test is a run-time skip.
          selector: "CallExpression[callee.property.name='skip'][arguments.1.type=/FunctionExpression$/]",
          message: 'Skipped tests do not land: skip at run time with a visible reason (skipIf).',
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page and feed text reach the DOM only as text.' },
        { property: 'outerHTML', message: 'Page and feed text reach the DOM only as text.' },
        { property: 'insertAdjacentHTML', message: 'Page and feed text reach the DOM only as text.' },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx', 'lib/ui/**/*.{ts,tsx}', 'tests/unit/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Playwright's fixture callbacks take a `use` argument that is not React's hook.
    // and code passed to page.evaluate runs in another context, where the test globals are untyped.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
