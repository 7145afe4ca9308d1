import pino from 'pino'

/**
 * Structured JSON logs. Personal data never goes in: the redact list removes fields that could
 * carry it even when someone logs a whole object by mistake.
 */
export const logger = pino({
	level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
	base: { app: 'simadu' },
	redact: {
		paths: [
			'password',
			'*.password',
			'passwordHash',
			'*.passwordHash',
			'token',
			'*.token',
			'cookie',
			'*.cookie',
			'headers.cookie',
			'nik',
			'*.nik',
			'noKk',
			'*.noKk',
			'tanggalLahir',
			'*.tanggalLahir',
		],
		censor: '[disembunyikan]',
	},
})
