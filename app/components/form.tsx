import { useNavigation } from '@remix-run/react'
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import type { FieldErrors } from '~/utils/forms'

/** What an action returns on invalid input; the form shows the errors and refills the values. */
export type ActionFailure = { errors: FieldErrors; values: Record<string, string | string[]> }

export function fieldProps(result: ActionFailure | null | undefined, name: string) {
	const error = result?.errors[name]?.[0]
	const value = result?.values[name]
	return { error, defaultValue: typeof value === 'string' ? value : undefined }
}

type FieldShell = { label: string; error?: string; hint?: ReactNode; children: (ids: { id: string; describedBy?: string }) => ReactNode }

function FieldShell({ label, error, hint, children }: FieldShell) {
	const id = useId()
	const errorId = `${id}-galat`
	const hintId = `${id}-petunjuk`
	const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			{children({ id, describedBy })}
			{hint ? (
				<span className="hint" id={hintId}>
					{hint}
				</span>
			) : null}
			{error ? (
				<span className="error" id={errorId} role="alert">
					{error}
				</span>
			) : null}
		</div>
	)
}

type InputFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: ReactNode }

export function InputField({ label, error, hint, ...input }: InputFieldProps) {
	return (
		<FieldShell label={label} error={error} hint={hint}>
			{({ id, describedBy }) => (
				<input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
			)}
		</FieldShell>
	)
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
	label: string
	name: string
	error?: string
	hint?: ReactNode
	options: { value: string | number; label: string }[]
	placeholder?: string
}

export function SelectField({ label, error, hint, options, placeholder, ...select }: SelectFieldProps) {
	return (
		<FieldShell label={label} error={error} hint={hint}>
			{({ id, describedBy }) => (
				<select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
					{placeholder !== undefined ? <option value="">{placeholder}</option> : null}
					{options.map((o) => (
						<option key={o.value} value={o.value}>
							{o.label}
						</option>
					))}
				</select>
			)}
		</FieldShell>
	)
}

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string; hint?: ReactNode }

export function TextareaField({ label, error, hint, ...textarea }: TextareaFieldProps) {
	return (
		<FieldShell label={label} error={error} hint={hint}>
			{({ id, describedBy }) => (
				<textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} rows={4} {...textarea} />
			)}
		</FieldShell>
	)
}

/** A group of checkboxes sharing one name (`name[]`), e.g. the roles of a user. */
export function CheckboxGroup({
	legend,
	name,
	options,
	checked,
	error,
}: {
	legend: string
	name: string
	options: { value: string | number; label: string; hint?: string }[]
	checked: (string | number)[]
	error?: string
}) {
	const selected = new Set(checked.map(String))
	return (
		<fieldset className="field">
			<legend className="label">{legend}</legend>
			<div className="checks">
				{options.map((o) => (
					<label key={o.value}>
						<input type="checkbox" name={name} value={o.value} defaultChecked={selected.has(String(o.value))} />
						<span>
							{o.label}
							{o.hint ? <span className="hint"> — {o.hint}</span> : null}
						</span>
					</label>
				))}
			</div>
			{error ? (
				<span className="error" role="alert">
					{error}
				</span>
			) : null}
		</fieldset>
	)
}

/** The error that belongs to the whole form rather than one field. */
export function FormError({ result }: { result: ActionFailure | null | undefined }) {
	const message = result?.errors._form?.[0]
	if (!message) return null
	return (
		<div className="alert alert-galat" role="alert">
			{message}
		</div>
	)
}

export function SubmitButton({ children, intent, className }: { children: ReactNode; intent?: string; className?: string }) {
	const navigation = useNavigation()
	const busy = navigation.state === 'submitting' && (!intent || navigation.formData?.get('intent') === intent)
	return (
		<button type="submit" name={intent ? 'intent' : undefined} value={intent} disabled={busy} className={className}>
			{busy ? 'Memproses…' : children}
		</button>
	)
}
