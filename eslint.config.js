import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The top-level folders of src/, each a module. */
const MODULES = ['audit', 'auth', 'bootstrap', 'cli', 'common', 'config', 'connectors', 'credentials', 'database', 'executions', 'health', 'integrations', 'logging', 'metrics', 'rate-limit', 'scheduling', 'sync-contract', 'tether'];

/** Files under `files` may not import the named modules (folders of src/, or packages). */
function boundary(files, why, forbidden) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((name) => ({
            group: MODULES.includes(name) ? [`**/${name}/*`, `**/${name}/**`] : [name, `${name}/*`],
            message: `${why} (module boundary: see README, Architecture).`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'dist-test/', 'node_modules/', 'coverage/', 'data/', 'openapi/schema.d.ts'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'test/support/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Nest modules are classes with only decorators and static members.
      '@typescript-eslint/no-extraneous-class': 'off',
      // DTO classes describe response shapes for OpenAPI; plain objects of that shape are the norm.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  // Module boundaries (README, Architecture): the sync contract is a leaf; connectors and
  // tether meet only in it, never import each other; neither reaches into the engine.
  boundary('src/sync-contract/**', 'the sync contract imports nothing but itself', [
    ...MODULES.filter((m) => m !== 'sync-contract'),
    '@nestjs',
    'typeorm',
  ]),
  boundary('src/connectors/**', 'connectors import only the sync contract, common and config', [
    'tether',
    'executions',
    'integrations',
    'credentials',
    'scheduling',
    'auth',
    'database',
    'health',
    'logging',
    'rate-limit',
    'bootstrap',
    'cli',
    'metrics',
  ]),
  // The audit trail is recorded by the modules it describes, so it may import none of them.
  boundary('src/audit/**', 'the audit trail imports only auth, common and the database', [
    'tether',
    'executions',
    'integrations',
    'connectors',
    'credentials',
    'scheduling',
    'health',
    'rate-limit',
    'bootstrap',
    'cli',
  ]),
  boundary('src/tether/**', 'tether imports the sync contract, never a connector or the sync engine', ['connectors', 'executions', 'scheduling', 'credentials']),
  {
    files: ['*.js', 'test/support/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
);
