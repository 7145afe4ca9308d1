import { Form, Link } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { JENIS_PENUGASAN } from '~/modules/organisasi/plt.schema'

type Pilihan = { value: number; label: string }
type Nilai = { penggunaId: number | null; jabatanId: number | null; jenis: string; mulai: string; selesai: string; nomorSurat: string | null; keterangan: string | null; version?: number }

/** The create and edit form of a Plt/Plh assignment; the values come back after an error. */
export function PenugasanPltForm({
	result,
	initial,
	pilihan,
	bolehUbah = true,
}: {
	result: ActionFailure | null | undefined
	initial: Nilai
	pilihan: { pengguna: Pilihan[]; jabatan: Pilihan[] }
	bolehUbah?: boolean
}) {
	const field = (name: keyof Nilai) => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? String(initial[name] ?? '') }
	}
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			<fieldset disabled={!bolehUbah}>
				{initial.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
				<SelectField label="Pegawai yang ditugaskan" name="penggunaId" options={pilihan.pengguna} placeholder="Pilih pegawai" required {...field('penggunaId')} />
				<SelectField label="Jabatan yang dilaksanakan" name="jabatanId" options={pilihan.jabatan} placeholder="Pilih jabatan" required {...field('jabatanId')} />
				<SelectField label="Jenis" name="jenis" options={[...JENIS_PENUGASAN]} placeholder="Pilih jenis" required {...field('jenis')} />
				<InputField label="Mulai" name="mulai" type="date" required {...field('mulai')} />
				<InputField label="Selesai" name="selesai" type="date" required hint="Termasuk tanggal ini." {...field('selesai')} />
				<InputField label="Nomor surat perintah" name="nomorSurat" maxLength={100} {...field('nomorSurat')} />
				<TextareaField label="Keterangan" name="keterangan" maxLength={500} {...field('keterangan')} />
			</fieldset>
			<p className="hint">Selama penugasan berlaku, pegawai ini mendapat peran jabatan tersebut; setiap tindakannya tercatat atas nama jabatan itu.</p>
			<div className="actions">
				{bolehUbah ? <SubmitButton intent="simpan">Simpan</SubmitButton> : null}
				<Link to="/admin/plt" className="button button-sekunder">
					Kembali
				</Link>
			</div>
		</Form>
	)
}
