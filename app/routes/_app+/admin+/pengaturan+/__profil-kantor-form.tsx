import { Form } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { HARI, NAMA_HARI, ZONA_WAKTU } from '~/modules/referensi/pengaturan-kantor.schema'
import type { PengaturanKantorData } from '~/modules/referensi/pengaturan-kantor.server'

type Teks = 'namaDinas' | 'namaPemda' | 'kodeWilayah' | 'alamat' | 'kodePos' | 'telepon' | 'email' | 'laman' | 'zonaWaktu'

/** The office profile with its service hours; values come back after an error. */
export function ProfilKantorForm({
	result,
	profil,
	kabupaten,
	bolehUbah,
}: {
	result: ActionFailure | undefined
	profil: PengaturanKantorData
	kabupaten: { value: string; label: string }[]
	bolehUbah: boolean
}) {
	const field = (name: Teks) => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? profil[name] ?? '' }
	}
	const jam = (hari: number) => {
		const awal = profil.jamLayanan.find((j) => j.hari === hari)
		const nilai = (name: string) => {
			const v = result?.values[name]
			return typeof v === 'string' ? v : undefined
		}
		return {
			buka: result ? Boolean(nilai(`layanan${hari}`)) : Boolean(awal),
			jamBuka: nilai(`buka${hari}`) ?? awal?.buka ?? '08:00',
			jamTutup: nilai(`tutup${hari}`) ?? awal?.tutup ?? '15:00',
			galatBuka: result?.errors[`buka${hari}`]?.[0],
			galatTutup: result?.errors[`tutup${hari}`]?.[0],
		}
	}
	return (
		<Form method="post" className="form card" noValidate>
			<FormError result={result} />
			<input type="hidden" name="version" value={profil.version} />
			<fieldset disabled={!bolehUbah} className="form">
				<div className="form-grid">
					<InputField label="Nama dinas" name="namaDinas" required maxLength={200} {...field('namaDinas')} />
					<InputField
						label="Nama pemerintah daerah"
						name="namaPemda"
						required
						maxLength={200}
						hint="Mis. Pemerintah Kabupaten Kebumen"
						{...field('namaPemda')}
					/>
					<SelectField label="Kabupaten/kota" name="kodeWilayah" options={kabupaten} placeholder="Pilih kabupaten/kota" required {...field('kodeWilayah')} />
					<SelectField label="Zona waktu" name="zonaWaktu" options={[...ZONA_WAKTU]} required {...field('zonaWaktu')} />
				</div>
				<TextareaField label="Alamat" name="alamat" required maxLength={500} rows={2} {...field('alamat')} />
				<div className="form-grid">
					<InputField label="Kode pos" name="kodePos" inputMode="numeric" maxLength={5} {...field('kodePos')} />
					<InputField label="Telepon" name="telepon" type="tel" maxLength={30} {...field('telepon')} />
					<InputField label="E-mail" name="email" type="email" maxLength={200} {...field('email')} />
					<InputField label="Laman" name="laman" type="url" maxLength={200} placeholder="https://" {...field('laman')} />
				</div>
				<div className="table-wrap">
					<table>
						<caption>Jam layanan</caption>
						<thead>
							<tr>
								<th scope="col">Hari</th>
								<th scope="col">Buka</th>
								<th scope="col">Jam buka</th>
								<th scope="col">Jam tutup</th>
							</tr>
						</thead>
						<tbody>
							{HARI.map((hari) => {
								const j = jam(hari)
								const nama = NAMA_HARI[hari - 1]
								return (
									<tr key={hari}>
										<th scope="row">{nama}</th>
										<td>
											<input type="checkbox" name={`layanan${hari}`} value="1" defaultChecked={j.buka} aria-label={`Layanan buka hari ${nama}`} />
										</td>
										<td>
											<input
												type="time"
												name={`buka${hari}`}
												defaultValue={j.jamBuka}
												aria-label={`Jam buka ${nama}`}
												aria-invalid={j.galatBuka ? true : undefined}
											/>
											{j.galatBuka ? (
												<span className="error" role="alert">
													{j.galatBuka}
												</span>
											) : null}
										</td>
										<td>
											<input
												type="time"
												name={`tutup${hari}`}
												defaultValue={j.jamTutup}
												aria-label={`Jam tutup ${nama}`}
												aria-invalid={j.galatTutup ? true : undefined}
											/>
											{j.galatTutup ? (
												<span className="error" role="alert">
													{j.galatTutup}
												</span>
											) : null}
										</td>
									</tr>
								)
							})}
						</tbody>
					</table>
				</div>
				<p className="muted">Hari yang tidak dicentang tercatat tutup.</p>
			</fieldset>
			{bolehUbah ? (
				<div className="actions">
					<SubmitButton intent="simpan">Simpan profil</SubmitButton>
				</div>
			) : null}
		</Form>
	)
}
