// The Remix options of SIMADU, in one place. `vite.config.ts` passes them to the Remix plugin
// and `app/routes.ts` turns the route convention into the route config (v3_routeConfig).
import { flatRoutes } from 'remix-flat-routes'

/** Files under app/routes that are not routes: tests, co-located helpers, styles. */
export const ignoredRouteFiles = [
	'**/.*',
	'**/*.test.{ts,tsx}',
	'**/*.css',
	'**/__*.*',
]

/** Hybrid flat routes: `app/routes/<modul>+/…` folders group a module's routes. */
export function routes(defineRoutes) {
	return flatRoutes('routes', defineRoutes, { ignoredRouteFiles })
}

/** @type {import('@remix-run/dev').VitePluginConfig} */
export const remixOptions = {
	ignoredRouteFiles: ['**/*'],
	serverModuleFormat: 'esm',
	future: {
		v3_fetcherPersist: true,
		v3_relativeSplatPath: true,
		v3_throwAbortReason: true,
		v3_singleFetch: true,
		v3_lazyRouteDiscovery: true,
		v3_routeConfig: true,
	},
}

export default remixOptions
