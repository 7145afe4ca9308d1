import { fieldProps, InputField, SelectField, TextareaField, type ActionFailure } from '~/components/form'
import { CARA_PENGIRIMAN } from '../permohonan.schema'
import type { FieldIsian, SkemaIsian } from '../skema-isian'

/**
 * The form of one service, drawn from its schema: the same fields on the public form, the loket
 * and the partner's page. Field names are `isian.<nama>`; errors and typed values come back from
 * the action under the same names.
 */
function IsianField({ field, result }: { field: FieldIsian; result: ActionFailure | null | undefined }) {
	const name = `isian.${field.nama}`
	const props = fieldProps(result, name)
	const bila = field.wajibBila ? ` (wajib bila ${field.wajibBila.nilai.join(' / ')})` : ''
	const label = field.wajibBila ? `${field.label}${bila}` : field.wajib ? field.label : `${field.label} (tidak wajib)`
	// a field required only for some choices is checked by the server, which knows the choice
	const required = field.wajib && !field.wajibBila
	switch (field.jenis) {
		case 'teks-panjang':
			return <TextareaField label={label} name={name} required={required} maxLength={field.maks ?? 1000} hint={field.bantuan} rows={3} {...props} />
		case 'pilihan':
			return (
				<SelectField
					label={label}
					name={name}
					required={required}
					options={(field.pilihan ?? []).map((p) => ({ value: p, label: p }))}
					placeholder="Pilih …"
					hint={field.bantuan}
					{...props}
				/>
			)
		case 'tanggal':
			return <InputField label={label} name={name} type="date" required={required} hint={field.bantuan} {...props} />
		case 'nik':
		case 'nomor-kk':
			return <InputField label={label} name={name} inputMode="numeric" pattern="\d{16}" maxLength={16} autoComplete="off" required={required} hint={field.bantuan ?? '16 angka'} {...props} />
		case 'angka':
			return <InputField label={label} name={name} inputMode="numeric" pattern="\d*" required={required} hint={field.bantuan} {...props} />
		default:
			if (field.format === 'jam') return <InputField label={label} name={name} type="time" required={required} hint={field.bantuan} {...props} />
			if (field.format === 'kode-pos') return <InputField label={label} name={name} inputMode="numeric" pattern="\d{5}" maxLength={5} required={required} hint={field.bantuan} {...props} />
			return <InputField label={label} name={name} maxLength={field.maks ?? 150} required={required} hint={field.bantuan} {...props} />
	}
}

export function IsianFields({ skema, result }: { skema: SkemaIsian; result: ActionFailure | null | undefined }) {
	return (
		<fieldset>
			<legend>Data {skema.nama}</legend>
			{skema.field.map((field) => (
				<IsianField key={field.nama} field={field} result={result} />
			))}
		</fieldset>
	)
}

/** The applicant and how the document reaches them. */
export function PemohonFields({ result, nikWajib }: { result: ActionFailure | null | undefined; nikWajib: boolean }) {
	return (
		<fieldset>
			<legend>Pemohon</legend>
			<InputField label="Nama pemohon" name="pemohonNama" required maxLength={150} autoComplete="name" {...fieldProps(result, 'pemohonNama')} />
			<InputField
				label={nikWajib ? 'NIK pemohon' : 'NIK pemohon (bila ada)'}
				name="pemohonNik"
				inputMode="numeric"
				pattern="\d{16}"
				maxLength={16}
				autoComplete="off"
				required={nikWajib}
				{...fieldProps(result, 'pemohonNik')}
			/>
			<InputField label="Nomor HP/WhatsApp" name="pemohonTelepon" type="tel" autoComplete="tel" hint="Contoh: 0812 3456 7890" {...fieldProps(result, 'pemohonTelepon')} />
			<InputField label="E-mail" name="pemohonEmail" type="email" autoComplete="email" {...fieldProps(result, 'pemohonEmail')} />
			<SelectField label="Dokumen diterima dengan cara" name="pengiriman" options={[...CARA_PENGIRIMAN]} {...fieldProps(result, 'pengiriman')} />
		</fieldset>
	)
}
