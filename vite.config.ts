import { vitePlugin as remix } from '@remix-run/dev'
import { defineConfig } from 'vite'
import tsconfigPaths from 'vite-tsconfig-paths'
import { remixOptions } from './remix.config.js'

declare module '@remix-run/node' {
	interface Future {
		v3_singleFetch: true
	}
}

export default defineConfig({
	plugins: [remix(remixOptions), tsconfigPaths()],
	build: { target: 'es2022' },
	ssr: {
		// Native and CommonJS server dependencies stay outside the server bundle.
		external: ['sequelize', 'sqlite3', 'mysql2', 'bcrypt', 'exceljs', 'pino'],
	},
})
