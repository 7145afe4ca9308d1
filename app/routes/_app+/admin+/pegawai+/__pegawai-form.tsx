import { Form, Link } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'

type Pilihan = { value: number; label: string }
type Nilai = { nip: string; nama: string; unitId: number | null; jabatanId: number | null; email: string | null; telepon: string | null; version?: number }

/** The create and edit form of a pegawai; the values come back after an error. */
export function PegawaiForm({
	result,
	initial,
	pilihan,
	bolehUbah = true,
}: {
	result: ActionFailure | null | undefined
	initial: Nilai
	pilihan: { unit: Pilihan[]; jabatan: Pilihan[] }
	bolehUbah?: boolean
}) {
	const field = (name: 'nip' | 'nama' | 'unitId' | 'jabatanId' | 'email' | 'telepon') => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? String(initial[name] ?? '') }
	}
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			<fieldset disabled={!bolehUbah}>
				{initial.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
				<InputField
					label="NIP"
					name="nip"
					required
					inputMode="numeric"
					maxLength={18}
					hint="18 digit: tanggal lahir, bulan TMT CPNS, jenis kelamin (1/2), nomor urut."
					{...field('nip')}
				/>
				<InputField label="Nama lengkap dan gelar" name="nama" required maxLength={200} {...field('nama')} />
				<SelectField label="Unit kerja" name="unitId" options={pilihan.unit} placeholder="Pilih unit kerja" required {...field('unitId')} />
				<SelectField label="Jabatan" name="jabatanId" options={pilihan.jabatan} placeholder="— Belum ada jabatan —" {...field('jabatanId')} />
				<InputField label="Email" name="email" type="email" maxLength={200} {...field('email')} />
				<InputField label="Telepon" name="telepon" type="tel" maxLength={30} {...field('telepon')} />
			</fieldset>
			<div className="actions">
				{bolehUbah ? <SubmitButton intent="simpan">Simpan</SubmitButton> : null}
				<Link to="/admin/pegawai" className="button button-sekunder">
					Kembali
				</Link>
			</div>
		</Form>
	)
}
