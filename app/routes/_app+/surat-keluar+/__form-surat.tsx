import { Form, Link } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { SIFAT_SURAT, UKURAN_KERTAS, URGENSI_SURAT } from '~/modules/persuratan/surat-keluar.schema'

/**
 * The draft form of an outgoing letter, for a new draft and for an edit. The body is HTML in a
 * plain textarea: the template fills it, the server cleans it to the formatting a letter needs.
 */
export type NilaiSurat = {
	klasifikasiKode: string
	sifat: string
	urgensi: string
	perihal: string
	tujuan: string
	tembusan: string
	isi: string
	lampiran: string
	ukuranKertas: string
	jabatanPenandatanganId: number | null
	version?: number
}

type Pilihan = { value: number | string; label: string }

export function FormSurat({
	result,
	awal,
	pilihanJabatan,
	tersembunyi,
	intent,
	tombol,
	batalKe,
	catatan,
}: {
	result: ActionFailure | null | undefined
	awal: NilaiSurat
	pilihanJabatan: Pilihan[]
	/** hidden fields the action needs (the jenis naskah of a new draft) */
	tersembunyi?: Record<string, string | number>
	intent: string
	tombol: string
	batalKe: string
	/** an edit in a revision round asks what changed; `wajib` when this save starts a new version */
	catatan?: { wajib: boolean }
}) {
	const f = (name: keyof NilaiSurat) => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? String(awal[name] ?? '') }
	}
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			{Object.entries(tersembunyi ?? {}).map(([k, v]) => (
				<input key={k} type="hidden" name={k} value={v} />
			))}
			{awal.version !== undefined ? <input type="hidden" name="version" value={awal.version} /> : null}
			<div className="form-grid">
				<InputField label="Kode klasifikasi" name="klasifikasiKode" required maxLength={30} hint="Kode klasifikasi arsip, mis. 000.1.2 atau 400.12." {...f('klasifikasiKode')} />
				<SelectField label="Sifat" name="sifat" options={[...SIFAT_SURAT]} required {...f('sifat')} />
				<SelectField label="Urgensi" name="urgensi" options={[...URGENSI_SURAT]} required {...f('urgensi')} />
				<SelectField label="Ukuran kertas" name="ukuranKertas" options={[...UKURAN_KERTAS]} required {...f('ukuranKertas')} />
			</div>
			<InputField label="Perihal" name="perihal" required maxLength={500} {...f('perihal')} />
			<div className="form-grid">
				<TextareaField label="Tujuan" name="tujuan" required rows={4} hint="Satu tujuan per baris, mis. Camat Kebumen." {...f('tujuan')} />
				<TextareaField label="Tembusan" name="tembusan" rows={4} hint="Satu per baris; kosongkan bila tidak ada." {...f('tembusan')} />
			</div>
			<TextareaField
				label="Isi surat"
				name="isi"
				required
				rows={18}
				spellCheck
				style={{ fontFamily: 'ui-monospace, monospace', fontSize: '0.9rem' }}
				hint="HTML sederhana: <p>, <strong>, <em>, <u>, <ol>/<ul>/<li>, <table>, <h3>, <h4>, <blockquote>, <br>, dan rata teks (style=&quot;text-align:center&quot;). Selain itu dibuang saat disimpan."
				{...f('isi')}
			/>
			<div className="form-grid">
				<InputField label="Lampiran" name="lampiran" maxLength={100} hint="Mis. 1 (satu) berkas; kosongkan bila tidak ada." {...f('lampiran')} />
				<SelectField label="Jabatan penandatangan" name="jabatanPenandatanganId" options={pilihanJabatan} placeholder="Pilih jabatan" required {...f('jabatanPenandatanganId')} />
			</div>
			{catatan ? (
				<TextareaField
					label={catatan.wajib ? 'Catatan perubahan (versi baru)' : 'Catatan perubahan'}
					name="catatan"
					rows={2}
					maxLength={1000}
					required={catatan.wajib}
					hint={catatan.wajib ? 'Penyimpanan ini membuat versi baru; tuliskan apa yang diubah sesuai catatan verifikator.' : 'Menimpa versi revisi yang sedang disusun.'}
					{...fieldProps(result, 'catatan')}
				/>
			) : null}
			<div className="actions">
				<SubmitButton intent={intent}>{tombol}</SubmitButton>
				<Link to={batalKe} className="button button-sekunder">
					Batal
				</Link>
			</div>
		</Form>
	)
}
