import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium';

// Browser tests run against the prerendered site in build/, served the way a
// static host would serve it. `npm test` builds first; run `npm run build`
// before `npx playwright test` on its own.
// TEST_PORT lets a second checkout run its tests beside a running server.
const PORT = Number(process.env.TEST_PORT) || 4173;
// The site built against 10,000 events (tests/build-large.sh) is served next to it.
const LARGE_PORT = PORT + 1;

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 900 },
  launchOptions: { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: CHROMIUM_ARGS }
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure'
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /large\.spec\.ts$/,
      use: browser
    },
    {
      name: 'large',
      testMatch: /large\.spec\.ts$/,
      use: { ...browser, baseURL: `http://127.0.0.1:${LARGE_PORT}` }
    }
  ],
  webServer: [
    {
      command: `node src/cli/serve.js --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe'
    },
    {
      // Built when missing (tests/run.sh rebuilds it on every run).
      command: `test -d build-large || bash tests/build-large.sh; node src/cli/serve.js --dir build-large --port ${LARGE_PORT}`,
      url: `http://127.0.0.1:${LARGE_PORT}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe'
    }
  ]
});
