import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Features do not import each other: the app composes them. */
const feature = (name, others) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: others.map((other) => ({
          group: [`**/${other}/**`],
          message: `src/${name} must not import src/${other}: compose them in src/app.`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.tmp', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  feature('quiz', ['progress', 'app', 'records', 'tracking']),
  feature('progress', ['app', 'records', 'tracking']),
  feature('content', ['app', 'progress', 'records', 'tracking']),
  // Records read progress and specs downstream of them; nothing reads records back.
  feature('records', ['app', 'tracking']),
  feature('ui', ['app', 'progress', 'quiz', 'content', 'records', 'tracking']),
  feature('i18n', ['app', 'progress', 'quiz', 'content', 'records', 'tracking']),
);
