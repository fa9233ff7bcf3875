// ESLint (`npm run lint`, run by .ci/run before the tests): eslint's and typescript-eslint's
// recommended rules everywhere; in src/ also the type-aware ones (floating and misused
// promises, unsafe any, unnecessary assertions …), from the TypeScript program tsc builds.
// The float guard stays a test (tests/guard/): it needs types where figures live
// (src/extract, src/reconcile) and has a per-line `// float-ok:` escape.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'corpus/', 'out/', 'scratch/', '.scratch/', 'tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Command.run, readers and rules implement Promise-returning interfaces; an `async`
      // body without an `await` is how such an implementation is written.
      '@typescript-eslint/require-await': 'off',
      // domhandler's node.type is a string enum (ElementType) that cheerio code compares with
      // 'text' / 'tag'; importing the transitive domelementtype just for that is worse.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    rules: {
      // `_name` marks what is deliberately unused; `{ id: _id, ...rest }` drops a key.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Being rewritten on another branch (issue #9: matching, relations): these findings are
    // left to that rewrite rather than edited under it. Remove this block once it lands.
    files: ['src/extract/**/*.ts', 'src/reconcile/**/*.ts'],
    rules: {
      'no-useless-assignment': 'warn',
      'no-useless-escape': 'warn',
      '@typescript-eslint/no-unnecessary-type-assertion': 'warn',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly', Buffer: 'readonly', setImmediate: 'readonly' } },
  },
  {
    // bin/ is CommonJS (bin/package.json): the CLI starts without Node's ES module loader
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
