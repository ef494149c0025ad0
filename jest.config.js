/** Two tiers: `unit` needs no database; `integration` runs against the real Neo4j that globalSetup starts. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }];

/** @type {import('jest').Config} */
module.exports = {
  // The integration suites share one Neo4j database and clear it between tests, so test files run one at a time.
  maxWorkers: 1,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/integration/**/*.int.test.ts'],
      // Per-project hooks run only when this project has tests to run, so `npm run test:unit` never starts Neo4j.
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
      testTimeout: 60000,
    },
  ],
};
