import { Form, Link } from '@remix-run/react'
import { CheckboxGroup, FormError, InputField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { formatTanggal } from '~/utils/format'
import { INSTRUKSI_DISPOSISI, MAKS_CATATAN } from '../disposisi.schema'
import type { GrupPenerima } from '../disposisi.server'

type Props = {
	/** the action's answer; used only when it answers this form's intent */
	result?: ActionFailure | null
	/** active users grouped by unit (`listPenerimaDisposisi`) */
	penerima: GrupPenerima[]
	/** the disposisi being forwarded; absent for a first disposisi of a subject */
	indukId?: number
	/** office date: the earliest deadline */
	hariIni: string
	/** a forward may not outlast the deadline it received */
	tenggatInduk?: string | null
	intent?: string
	batalHref?: string
	action?: string
}

/**
 * The disposisi form: recipients (grouped by unit), preset instructions, a note and a deadline.
 * Errors show next to their fields and everything chosen or typed is kept.
 */
export function DisposisiForm({ result, penerima, indukId, hariIni, tenggatInduk, intent = 'teruskan', batalHref, action }: Props) {
	const gagal = result?.values.intent === intent ? result : null
	const dipilih = (name: string) => {
		const v = gagal?.values[name]
		return Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
	}
	const kepada = dipilih('kepada[]')
	const galatKepada = gagal?.errors.kepada?.[0]
	return (
		<Form method="post" action={action} className="form card" noValidate id="teruskan">
			<FormError result={gagal} />
			{indukId ? <input type="hidden" name="indukId" value={indukId} /> : null}
			<fieldset className="field">
				<legend className="label">Kepada</legend>
				{penerima.map((g) => (
					<CheckboxGroup key={g.unit} legend={g.unit} name="kepada[]" options={g.pilihan} checked={kepada} />
				))}
				{galatKepada ? (
					<span className="error" role="alert">
						{galatKepada}
					</span>
				) : null}
			</fieldset>
			<CheckboxGroup legend="Instruksi" name="instruksi[]" options={[...INSTRUKSI_DISPOSISI]} checked={dipilih('instruksi[]')} error={gagal?.errors.instruksi?.[0]} />
			<TextareaField label="Catatan" name="catatan" maxLength={MAKS_CATATAN} {...fieldProps(gagal, 'catatan')} />
			<InputField
				label="Tenggat"
				name="tenggat"
				type="date"
				min={hariIni}
				max={tenggatInduk ?? undefined}
				hint={tenggatInduk ? `Kosongkan bila tanpa tenggat; paling lambat ${formatTanggal(tenggatInduk)}.` : 'Kosongkan bila tanpa tenggat.'}
				{...fieldProps(gagal, 'tenggat')}
			/>
			<div className="actions">
				<SubmitButton intent={intent}>Kirim disposisi</SubmitButton>
				{batalHref ? (
					<Link to={batalHref} className="button button-sekunder">
						Batal
					</Link>
				) : null}
			</div>
		</Form>
	)
}
