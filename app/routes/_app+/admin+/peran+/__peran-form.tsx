import { Form, Link } from '@remix-run/react'
import { CheckboxGroup, FormError, InputField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'

type Nilai = { kode: string; nama: string; deskripsi: string | null; izin: string[]; version?: number }

/** The create and edit form of a role; the code is chosen once and never changes. */
export function PeranForm({
	result,
	initial,
	izin,
}: {
	result: ActionFailure | null | undefined
	initial?: Nilai
	izin: { kode: string; deskripsi: string }[]
}) {
	const field = (name: 'kode' | 'nama' | 'deskripsi') => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? initial?.[name] ?? '' }
	}
	const sent = result?.values['izin[]']
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			{initial?.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
			{initial ? (
				<p>
					Kode: <code>{initial.kode}</code>
				</p>
			) : (
				<InputField
					label="Kode"
					name="kode"
					required
					maxLength={60}
					hint="Huruf kecil, angka dan tanda hubung; tidak dapat diubah kemudian. Contoh: petugas-arsip."
					{...field('kode')}
				/>
			)}
			<InputField label="Nama" name="nama" required maxLength={120} {...field('nama')} />
			<TextareaField label="Deskripsi" name="deskripsi" maxLength={500} {...field('deskripsi')} />
			<CheckboxGroup
				legend="Izin"
				name="izin[]"
				options={izin.map((i) => ({ value: i.kode, label: i.deskripsi, hint: i.kode }))}
				checked={Array.isArray(sent) ? sent : (initial?.izin ?? [])}
				error={result?.errors.izin?.[0]}
			/>
			<div className="actions">
				<SubmitButton intent="simpan">Simpan</SubmitButton>
				<Link to="/admin/peran" className="button button-sekunder">
					Batal
				</Link>
			</div>
		</Form>
	)
}
