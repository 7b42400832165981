// @ts-check
// ESLint for the TypeScript and the .astro components; Prettier formats (see CONTRIBUTING.md, "Lint and format").
// Type-aware, because the rules that matter most here (floating and misused promises) need tsc's types.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // test/fixtures holds content that is malformed on purpose.
  globalIgnores(['dist/', '.astro/', '.bench/', '.statusmark/', '.dist.staging-*/', '.dist.previous-*/', 'lib/', 'test/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Text safety and the log tests match control characters on purpose.
      'no-control-regex': 'off',
      // An async method may implement a Promise-returning interface synchronously: async turns its throws into rejections.
      '@typescript-eslint/require-await': 'off',
      // `catch {}` is how "not JSON, keep the text" is written here.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Tests read built outputs, parsed JSON and fake-server requests as untyped data and check their shape by assertion.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      // Node's modules and CommonJS exports are destructured; their functions do not use `this`.
      '@typescript-eslint/unbound-method': 'off',
      // parse5 types a namespace as an enum; the tests compare it with the URL it stands for.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    // A GitHub event payload is untyped JSON; the workflow commands check each field they read.
    files: ['src/cli/workflow.ts', 'src/cli/pr-comment.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // An ambient module (`declare module 'virtual:…'`) may not import a relative path, so it names its types with import().
    files: ['src/lib/component-modules.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // .astro files only render what src/core hands them and `astro check` type-checks them; type-aware linting
    // them needs a second TypeScript program (astro-eslint-parser has no project service), which doubles the time.
    files: ['**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
