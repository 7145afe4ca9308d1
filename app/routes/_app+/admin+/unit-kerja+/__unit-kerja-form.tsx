import { Form, Link } from '@remix-run/react'
import { CheckboxGroup, FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { JENIS_UNIT_KERJA } from '~/modules/organisasi/unit-kerja.schema'

type Nilai = { kode: string; nama: string; jenis: string; indukId: number | null; urutan: number; aktif: boolean; version?: number }

/** The create and edit form of a unit; the values come back after an error. */
export function UnitKerjaForm({
	result,
	initial,
	pilihanInduk,
	bolehUbah = true,
}: {
	result: ActionFailure | null | undefined
	initial?: Nilai
	pilihanInduk: { value: number; label: string }[]
	bolehUbah?: boolean
}) {
	const field = (name: 'kode' | 'nama' | 'jenis' | 'indukId' | 'urutan') => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? String(initial?.[name] ?? '') }
	}
	const aktif = result ? result.values.aktif !== undefined : (initial?.aktif ?? true)
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			<fieldset disabled={!bolehUbah}>
				{initial?.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
				<InputField label="Kode" name="kode" required maxLength={30} hint="Huruf kapital, angka dan tanda hubung, mis. CAPIL-KLM." {...field('kode')} />
				<InputField label="Nama" name="nama" required maxLength={200} {...field('nama')} />
				<SelectField label="Jenis" name="jenis" options={[...JENIS_UNIT_KERJA]} placeholder="Pilih jenis" required {...field('jenis')} />
				<SelectField label="Unit induk" name="indukId" options={pilihanInduk} placeholder="— Tanpa induk (puncak struktur) —" {...field('indukId')} />
				<InputField label="Urutan" name="urutan" type="number" min={0} max={9999} hint="Urutan tampil di antara unit yang seinduk." {...field('urutan')} />
				<CheckboxGroup legend="Status" name="aktif" options={[{ value: '1', label: 'Aktif' }]} checked={aktif ? ['1'] : []} error={fieldProps(result, 'aktif').error} />
			</fieldset>
			<div className="actions">
				{bolehUbah ? <SubmitButton intent="simpan">Simpan</SubmitButton> : null}
				<Link to="/admin/unit-kerja" className="button button-sekunder">
					Kembali
				</Link>
			</div>
		</Form>
	)
}
