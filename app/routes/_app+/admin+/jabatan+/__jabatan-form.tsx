import { Form, Link } from '@remix-run/react'
import { CheckboxGroup, FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { JENIS_JABATAN } from '~/modules/organisasi/jabatan.schema'

type Pilihan = { value: number; label: string }
type Nilai = { kode: string; nama: string; jenis: string; unitId: number | null; atasanId: number | null; aktif: boolean; peran: number[]; version?: number }

/** The create and edit form of a jabatan, with the roles its holder (and any Plt/Plh) gets. */
export function JabatanForm({
	result,
	initial,
	pilihan,
	bolehUbah = true,
}: {
	result: ActionFailure | null | undefined
	initial: Nilai
	pilihan: { unit: Pilihan[]; atasan: Pilihan[]; peran: (Pilihan & { hint: string })[] }
	bolehUbah?: boolean
}) {
	const field = (name: 'kode' | 'nama' | 'jenis' | 'unitId' | 'atasanId') => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? String(initial[name] ?? '') }
	}
	const dikirim = result?.values['peran[]']
	const peran = result ? (Array.isArray(dikirim) ? dikirim : dikirim ? [dikirim] : []) : initial.peran
	const aktif = result ? result.values.aktif !== undefined : initial.aktif
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			<fieldset disabled={!bolehUbah}>
				{initial.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
				<InputField label="Kode" name="kode" required maxLength={40} hint="Huruf kapital, angka dan tanda hubung, mis. KASI-KLM." {...field('kode')} />
				<InputField label="Nama jabatan" name="nama" required maxLength={200} {...field('nama')} />
				<SelectField label="Jenis" name="jenis" options={[...JENIS_JABATAN]} placeholder="Pilih jenis" required {...field('jenis')} />
				<SelectField label="Unit kerja" name="unitId" options={pilihan.unit} placeholder="Pilih unit kerja" required {...field('unitId')} />
				<SelectField label="Atasan" name="atasanId" options={pilihan.atasan} placeholder="— Tanpa atasan —" {...field('atasanId')} />
				<CheckboxGroup
					legend="Peran yang melekat pada jabatan"
					name="peran[]"
					options={pilihan.peran}
					checked={peran}
					error={fieldProps(result, 'peran').error}
				/>
				<p className="hint">Pemangku jabatan dan pegawai yang menjadi Plt/Plh jabatan ini mendapat peran di atas.</p>
				<CheckboxGroup legend="Status" name="aktif" options={[{ value: '1', label: 'Aktif' }]} checked={aktif ? ['1'] : []} />
			</fieldset>
			<div className="actions">
				{bolehUbah ? <SubmitButton intent="simpan">Simpan</SubmitButton> : null}
				<Link to="/admin/jabatan" className="button button-sekunder">
					Kembali
				</Link>
			</div>
		</Form>
	)
}
