// ESLint flat config: typescript-eslint with type information, zero warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-test/**',
      '.vscode-test/**',
      'test-results/**',
      '.bench/**',
      '.fuzz/**',
      'screenshots/**',
      'eslint.config.mjs',
      // Declarations for media/*.js only (tsconfig.media.json).
      'types/media.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'src/core must not depend on the editor.' }] },
      ],
    },
  },
  {
    // The build script and the CLI's launcher: CommonJS that node runs as it is, type-checked by
    // tsc (`// @ts-check` and their JSDoc; tsconfig.json has allowJs), linted here without type
    // information, as the explainer page's scripts are.
    files: ['esbuild.js', 'bin/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'commonjs',
      parserOptions: { projectService: false, project: false },
      globals: Object.fromEntries(
        ['require', 'module', '__dirname', 'process', 'console'].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The explainer page's scripts: plain browser JavaScript, type-checked by tsc
    // (tsconfig.media.json, `npm run typecheck`), linted here without type information.
    files: ['media/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'script',
      parserOptions: { projectService: false, project: false },
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'module',
          'acquireVsCodeApi',
          'URL',
          'CSS',
          'requestAnimationFrame',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
