import type { z } from 'zod'

/** Errors per field name, plus `_form` for the form as a whole. */
export type FieldErrors = Record<string, string[]>

export type FormFailure = { ok: false; errors: FieldErrors; values: Record<string, string | string[]> }
export type FormSuccess<T> = { ok: true; data: T }

/** The submitted values as typed, to refill the form after an error (passwords and passphrases excluded). */
export function formValues(formData: FormData): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {}
	for (const key of new Set(formData.keys())) {
		if (/password|sandi|passphrase/i.test(key)) continue
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string')
		values[key] = all.length > 1 || key.endsWith('[]') ? all : (all[0] ?? '')
	}
	return values
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {}
	for (const issue of error.issues) {
		const key = issue.path.length ? issue.path.join('.') : '_form'
		;(errors[key] ??= []).push(issue.message)
	}
	return errors
}

/**
 * Parses a form with its schema. Multi-value fields are named with `[]` (e.g. `peran[]`) and
 * arrive as arrays under the name without brackets.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	formData: FormData,
): FormSuccess<z.infer<S>> | FormFailure {
	const input: Record<string, unknown> = {}
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((v) => typeof v === 'string')
		if (key.endsWith('[]')) input[key.slice(0, -2)] = all
		else input[key] = all[0]
	}
	const result = schema.safeParse(input)
	if (result.success) return { ok: true, data: result.data }
	return { ok: false, errors: zodFieldErrors(result.error), values: formValues(formData) }
}

export function formFailure(
	formData: FormData,
	errors: FieldErrors,
): FormFailure {
	return { ok: false, errors, values: formValues(formData) }
}
