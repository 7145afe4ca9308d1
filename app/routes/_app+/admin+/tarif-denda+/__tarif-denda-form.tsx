import { Form, Link } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { formatAngka } from '~/utils/format'

type Nilai = {
	peristiwa: string
	nama: string
	batasHari: number | string
	nominal: number | string
	berlakuMulai: string
	berlakuSampai: string | null
	dasarHukum: string
	version?: number
}

/** The create and edit form of a fine rate; the values come back after an error. */
export function TarifDendaForm({
	result,
	initial,
	peristiwa,
}: {
	result: ActionFailure | null | undefined
	initial?: Nilai
	peristiwa: { value: string; label: string }[]
}) {
	const field = (name: Exclude<keyof Nilai, 'version'>) => {
		const props = fieldProps(result, name)
		const awal = initial?.[name]
		// Rupiah as the office writes it (100.000); the schema reads the dots back as grouping
		const teks = name === 'nominal' && typeof awal === 'number' ? formatAngka(awal) : String(awal ?? '')
		return { ...props, defaultValue: props.defaultValue ?? teks }
	}
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			{initial?.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
			<SelectField label="Peristiwa" name="peristiwa" options={peristiwa} placeholder="Pilih peristiwa" required {...field('peristiwa')} />
			<InputField label="Nama tarif" name="nama" required maxLength={200} hint="Mis. Keterlambatan pelaporan kelahiran." {...field('nama')} />
			<InputField
				label="Batas pelaporan (hari)"
				name="batasHari"
				type="number"
				inputMode="numeric"
				min={0}
				max={3650}
				required
				hint="Hari kalender sejak peristiwa; melewati batas ini dikenakan denda."
				{...field('batasHari')}
			/>
			<InputField label="Nominal denda (Rp)" name="nominal" inputMode="numeric" required hint="Rupiah tanpa sen, mis. 100.000." {...field('nominal')} />
			<div className="form-grid">
				<InputField label="Berlaku mulai" name="berlakuMulai" type="date" required {...field('berlakuMulai')} />
				<InputField label="Berlaku sampai" name="berlakuSampai" type="date" hint="Kosongkan bila masih berlaku." {...field('berlakuSampai')} />
			</div>
			<InputField label="Dasar hukum" name="dasarHukum" required maxLength={300} hint="Perda yang menetapkan tarif ini, dengan pasalnya." {...field('dasarHukum')} />
			<div className="actions">
				<SubmitButton intent="simpan">Simpan</SubmitButton>
				<Link to="/admin/tarif-denda" className="button button-sekunder">
					Batal
				</Link>
			</div>
		</Form>
	)
}
