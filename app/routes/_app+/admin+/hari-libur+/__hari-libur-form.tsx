import { Form, Link } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { JENIS_HARI_LIBUR } from '~/modules/referensi/hari-libur.schema'

/** The create and edit form of a holiday; the values come back after an error. */
export function HariLiburForm({
	result,
	initial,
}: {
	result: ActionFailure | null | undefined
	initial?: { tanggal: string; nama: string; jenis: string }
}) {
	const field = (name: 'tanggal' | 'nama' | 'jenis') => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? initial?.[name] ?? '' }
	}
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			<InputField label="Tanggal" name="tanggal" type="date" required {...field('tanggal')} />
			<InputField label="Nama" name="nama" required maxLength={200} {...field('nama')} />
			<SelectField label="Jenis" name="jenis" options={[...JENIS_HARI_LIBUR]} placeholder="Pilih jenis" required {...field('jenis')} />
			<div className="actions">
				<SubmitButton intent="simpan">Simpan</SubmitButton>
				<Link to="/admin/hari-libur" className="button button-sekunder">
					Batal
				</Link>
			</div>
		</Form>
	)
}
