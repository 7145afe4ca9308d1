import path from 'node:path'
import { z } from 'zod'

/**
 * Configuration from environment variables, validated once at start-up. A wrong value stops
 * the process with a message naming the variable, instead of failing later in a request.
 */
const booleanFlag = z
	.enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
	.optional()
	.transform((v) => v === '1' || v === 'true' || v === 'yes')

const EnvSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	/** Demo mode: seeds the demo office and accounts; never a real install. */
	SIMADU_DEMO: booleanFlag,
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().min(1).default('0.0.0.0'),
	/** HTTP worker processes (Node cluster); one per core on a dedicated server */
	WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
	DATABASE_URL: z
		.string()
		.regex(/^(mysql|mariadb):\/\//, 'harus diawali mysql:// atau mariadb://')
		.optional(),
	SQLITE_FILE: z.string().min(1).optional(),
	DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
	DB_LOGGING: booleanFlag,
	SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
	SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
	COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
	/** Behind a reverse proxy, trust X-Forwarded-For for the client address. */
	TRUST_PROXY: booleanFlag,
	UPLOAD_DIR: z.string().min(1).optional(),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	/** The public address of this install, for links and QR codes in messages and documents. */
	APP_URL: z.string().url('harus alamat lengkap, mis. https://simadu.kebumenkab.go.id').optional(),
	/** WhatsApp Business Cloud API; without the number id and token the channel is off. */
	WA_API_BASE_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
	WA_PHONE_NUMBER_ID: z.string().min(1).optional(),
	WA_ACCESS_TOKEN: z.string().min(1).optional(),
	WA_VERIFY_TOKEN: z.string().min(1).optional(),
	WA_APP_SECRET: z.string().min(1).optional(),
	/** E-mail: `smtp://user:pass@host:587` or `smtps://…`; without it e-mail is off. */
	SMTP_URL: z.string().regex(/^smtps?:\/\//, 'harus diawali smtp:// atau smtps://').optional(),
	MAIL_FROM: z.string().min(3).optional(),
	/** Electronic signature service (BSrE-style); without the base URL only manual signing is offered. */
	TTE_API_BASE_URL: z.string().url().optional(),
	TTE_API_USER: z.string().min(1).optional(),
	TTE_API_PASSWORD: z.string().min(1).optional(),
})

export type Env = z.infer<typeof EnvSchema> & {
	databaseUrl: string | undefined
	sqliteFile: string
	uploadDir: string
	isProduction: boolean
	cookieSecure: boolean
}

export class EnvError extends Error {}

let cached: Env | undefined

export function parseEnv(source: Record<string, string | undefined>): Env {
	// an empty variable means "not set", as shells and .env files often leave them
	const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
	const result = EnvSchema.safeParse(present)
	if (!result.success) {
		const lines = result.error.issues.map(
			(issue) => `- ${issue.path.join('.')}: ${issue.message}`,
		)
		throw new EnvError(`Konfigurasi tidak valid:\n${lines.join('\n')}`)
	}
	const env = result.data
	const dataDir = path.resolve(process.cwd(), 'data')
	// A real install is production without demo mode; demo mode is an evaluation install.
	const isProduction = env.NODE_ENV === 'production' && !env.SIMADU_DEMO
	return {
		...env,
		databaseUrl: env.DATABASE_URL,
		sqliteFile: path.resolve(env.SQLITE_FILE ?? path.join(dataDir, 'simadu.sqlite')),
		uploadDir: path.resolve(env.UPLOAD_DIR ?? path.join(dataDir, 'unggahan')),
		isProduction,
		cookieSecure: env.COOKIE_SECURE === 'auto' ? isProduction : env.COOKIE_SECURE === 'true',
	}
}

export function getEnv(): Env {
	cached ??= parseEnv(process.env)
	return cached
}

/** Tests change the environment between cases. */
export function resetEnvCache() {
	cached = undefined
}
