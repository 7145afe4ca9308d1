import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

/** End-to-end tests: the built app on a fresh embedded database, driven by Debian's Chromium. */
export default defineConfig({
	plugins: [tsconfigPaths()],
	test: {
		include: ['test/e2e/**/*.e2e.ts'],
		globalSetup: ['test/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
})
