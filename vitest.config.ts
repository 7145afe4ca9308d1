import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

export default defineConfig({
	plugins: [tsconfigPaths()],
	test: {
		include: ['seeders/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'models/**/*.test.ts', 'reports/**/*.test.ts', 'test/**/*.test.ts'],
		exclude: ['test/e2e/**', 'node_modules/**'],
		setupFiles: ['test/setup/database.ts'],
		testTimeout: 30_000,
		hookTimeout: 120_000,
		env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
	},
})
