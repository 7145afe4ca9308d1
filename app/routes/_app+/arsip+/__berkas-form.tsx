import { Form, Link } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { SATUAN_ARSIP, STATUS_BERKAS, STATUS_BERKAS_MANUAL, TINGKAT_PERKEMBANGAN } from '~/modules/arsip/label'

type Pilihan = { value: number; label: string }
export type NilaiBerkas = {
	klasifikasiKode: string
	uraian: string
	unitKerjaId: number | null
	kurunAwal: string
	kurunAkhir: string | null
	jumlah: number
	satuan: string
	tingkatPerkembangan: string
	lokasiGedung: string | null
	lokasiRuang: string | null
	lokasiLemari: string | null
	lokasiRak: string | null
	lokasiBoks: string | null
	lokasiFolder: string | null
	status: string
	version?: number
}

const MANUAL = STATUS_BERKAS.filter((s) => (STATUS_BERKAS_MANUAL as readonly string[]).includes(s.value))

/** The create and edit form of a berkas; the values come back after an error. */
export function BerkasForm({ result, initial, unit, bolehUbah = true, baru = false }: { result: ActionFailure | null | undefined; initial: NilaiBerkas; unit: Pilihan[]; bolehUbah?: boolean; baru?: boolean }) {
	const field = (name: Exclude<keyof NilaiBerkas, 'version'>) => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? String(initial[name] ?? '') }
	}
	// the usul and musnah states belong to the workflow: shown, not chosen
	const statusManual = (STATUS_BERKAS_MANUAL as readonly string[]).includes(initial.status)
	const pilihanStatus = baru ? MANUAL.filter((s) => s.value !== 'diserahkan') : MANUAL
	return (
		<Form method="post" className="card" noValidate>
			<FormError result={result} />
			<fieldset disabled={!bolehUbah} style={{ border: 0, padding: 0, margin: 0 }}>
				{initial.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
				<div className="form-grid">
					<InputField
						label="Kode klasifikasi"
						name="klasifikasiKode"
						required
						maxLength={30}
						inputMode="decimal"
						hint={
							<>
								Misalnya 400.12.2.1. Lihat <Link to="/arsip/klasifikasi">daftar klasifikasi</Link>.
							</>
						}
						{...field('klasifikasiKode')}
					/>
					<SelectField label="Unit pencipta" name="unitKerjaId" options={unit} placeholder="Pilih unit" required {...field('unitKerjaId')} />
				</div>
				<InputField label="Uraian" name="uraian" required maxLength={500} hint="Isi ringkas berkas, seperti tertulis di sampul." {...field('uraian')} />
				<div className="form-grid">
					<InputField label="Kurun waktu: awal" name="kurunAwal" type="date" required {...field('kurunAwal')} />
					<InputField label="Kurun waktu: akhir" name="kurunAkhir" type="date" hint="Kosongkan selama berkas masih terbuka." {...field('kurunAkhir')} />
					<InputField label="Jumlah" name="jumlah" type="number" min={0} required {...field('jumlah')} />
					<SelectField label="Satuan" name="satuan" options={[...SATUAN_ARSIP]} required {...field('satuan')} />
					<SelectField label="Tingkat perkembangan" name="tingkatPerkembangan" options={[...TINGKAT_PERKEMBANGAN]} required {...field('tingkatPerkembangan')} />
					{statusManual ? (
						<SelectField label="Status" name="status" options={pilihanStatus} required {...field('status')} />
					) : (
						<div className="field">
							<span className="label">Status</span>
							<span>{STATUS_BERKAS.find((s) => s.value === initial.status)?.label ?? initial.status}</span>
							<input type="hidden" name="status" value="aktif" />
						</div>
					)}
				</div>
				<fieldset className="field">
					<legend className="label">Lokasi simpan</legend>
					<div className="form-grid">
						<InputField label="Gedung" name="lokasiGedung" maxLength={60} {...field('lokasiGedung')} />
						<InputField label="Ruang" name="lokasiRuang" maxLength={60} {...field('lokasiRuang')} />
						<InputField label="Lemari / filing cabinet" name="lokasiLemari" maxLength={60} {...field('lokasiLemari')} />
						<InputField label="Laci / rak" name="lokasiRak" maxLength={60} {...field('lokasiRak')} />
						<InputField label="Boks" name="lokasiBoks" maxLength={60} {...field('lokasiBoks')} />
						<InputField label="Folder" name="lokasiFolder" maxLength={60} {...field('lokasiFolder')} />
					</div>
				</fieldset>
			</fieldset>
			<div className="actions">
				{bolehUbah ? <SubmitButton intent="simpan">Simpan</SubmitButton> : null}
				<Link to="/arsip" className="button button-sekunder">
					Kembali
				</Link>
			</div>
		</Form>
	)
}
