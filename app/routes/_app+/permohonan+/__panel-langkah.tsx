import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import { fieldProps, InputField, SelectField, SubmitButton, TextareaField, type ActionFailure } from '~/components/form'
import type { PermohonanDetail } from '~/modules/layanan/baca.server'
import type { PanelLangkah as JenisPanel } from '~/modules/layanan/panel-langkah'
import { CARA_PENGIRIMAN } from '~/modules/layanan/permohonan.schema'
import { formatRupiah } from '~/utils/format'

/**
 * What the desk records at the step it holds, above the action bar: one small form per kind of
 * step, each with its own intent (handled by `__panel.server.ts`). Choosing the step's action
 * (forward, return, reprint) stays with the action bar below.
 */
type Props = { p: PermohonanDetail; langkahKode: string; result: ActionFailure | null; zonaWaktu: string; kurang: string[] }

const TERIMA_BERKAS = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'
const LANGKAH_BIOMETRIK = new Set(['rekam', 'cek-status', 'cek-biodata'])

/** The failure of this form only: each panel form shows the errors of its own intent. */
function milik(result: ActionFailure | null, intent: string) {
	return result?.values.intent === intent ? result : null
}

/** `2026-11-25T09:30` in the office zone, for a datetime-local field. */
function nilaiWaktuLokal(iso: string | null, zonaWaktu: string) {
	if (!iso) return undefined
	const teks = new Intl.DateTimeFormat('sv-SE', { timeZone: zonaWaktu, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))
	return teks.replace(' ', 'T')
}

function Kerangka({ judul, children }: { judul: string; children: ReactNode }) {
	return (
		<section className="card" aria-labelledby="judul-panel" data-testid="panel-langkah">
			<h2 id="judul-panel" style={{ marginTop: 0 }}>
				{judul}
			</h2>
			{children}
		</section>
	)
}

export function PanelLangkah({ panel, ...props }: Props & { panel: NonNullable<JenisPanel> }) {
	switch (panel) {
		case 'ceklis':
			return <PanelCeklis {...props} />
		case 'hasil-siak':
			return <PanelHasilSiak {...props} />
		case 'denda':
			return <PanelDenda {...props} />
		case 'pendampingan':
			return <PanelPendampingan {...props} />
		case 'cetak':
			return <PanelCetak {...props} />
		case 'cek-dokumen':
			return <PanelCekDokumen {...props} />
		case 'penyerahan':
			return <PanelPenyerahan {...props} />
		case 'kirim':
			return (
				<Kerangka judul="Pengiriman dokumen elektronik">
					<p>
						Dokumen hasil (PDF bertanda tangan elektronik) dikirim kepada pemohon melalui kanal pengiriman{' '}
						{props.p.pengiriman === 'wa' ? 'WhatsApp' : 'e-mail'}
						{props.p.pengiriman === 'wa' && props.p.pemohon.telepon ? ` (${props.p.pemohon.telepon})` : ''}
						{props.p.pengiriman !== 'wa' && props.p.pemohon.email ? ` (${props.p.pemohon.email})` : ''}. Setelah terkirim, catat dengan tindakan di bawah.
					</p>
				</Kerangka>
			)
		case 'berkas-pemohon':
			return (
				<Kerangka judul="Kelengkapan dari pemohon">
					<p>Permohonan menunggu kelengkapan dari pemohon. Unggah pindaian yang dibawa pemohon, lalu pilih tindakan di bawah untuk melanjutkan.</p>
					<FormTambahBerkas p={props.p} result={props.result} />
				</Kerangka>
			)
	}
}

function PanelCeklis({ p, kurang }: Props) {
	const dicentang = new Set(p.ceklis)
	return (
		<Kerangka judul="Ceklis kelengkapan berkas">
			<Form method="post">
				<fieldset className="field">
					<legend className="label">Persyaratan yang berkasnya sesuai</legend>
					<div style={{ display: 'grid', gap: '0.35rem' }}>
						{p.persyaratan.map((s) => (
							<label key={s.id} style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-start', fontWeight: 400 }}>
								<input type="checkbox" name="ceklis[]" value={s.id} defaultChecked={dicentang.has(s.id)} />
								<span>
									{s.nama} {s.wajib ? <strong>(wajib)</strong> : <span className="muted">(bila diperlukan)</span>}
								</span>
							</label>
						))}
					</div>
				</fieldset>
				<div style={{ marginTop: '0.75rem' }}>
					<SubmitButton intent="simpan-ceklis">Simpan ceklis</SubmitButton>
				</div>
			</Form>
			{kurang.length ? (
				<div className="alert alert-info" style={{ marginTop: '1rem', marginBottom: 0 }} data-testid="ceklis-kurang">
					<strong>Belum lengkap:</strong>
					<ul style={{ margin: '0.25rem 0' }}>
						{kurang.map((k) => (
							<li key={k}>{k}</li>
						))}
					</ul>
					Alasan pengembalian kepada pemohon sudah diisikan dengan daftar ini pada tindakan di bawah.
				</div>
			) : (
				<p className="muted" style={{ marginBottom: 0 }}>
					Semua persyaratan wajib sudah dicentang.
				</p>
			)}
		</Kerangka>
	)
}

function PanelHasilSiak({ p, langkahKode, result }: Props) {
	const gagal = milik(result, 'catat-hasil-siak')
	const nomor = fieldProps(gagal, 'hasilNomor')
	const keterangan = fieldProps(gagal, 'hasilKeterangan')
	return (
		<Kerangka judul="Hasil entri SIAK">
			<Form method="post" className="form">
				<InputField
					label="Nomor hasil SIAK (tidak wajib)"
					name="hasilNomor"
					maxLength={60}
					autoComplete="off"
					hint="NIK, nomor KK, nomor akta atau nomor dokumen lain yang diterbitkan SIAK."
					error={nomor.error}
					defaultValue={nomor.defaultValue ?? p.hasilNomor ?? ''}
				/>
				<TextareaField
					label="Keterangan (tidak wajib)"
					name="hasilKeterangan"
					maxLength={500}
					rows={2}
					error={keterangan.error}
					defaultValue={keterangan.defaultValue ?? p.hasilKeterangan ?? ''}
				/>
				{LANGKAH_BIOMETRIK.has(langkahKode) ? (
					<SelectField
						label="Status perekaman"
						name="statusRekam"
						options={[
							{ value: 'sudah-rekam', label: 'Sudah rekam' },
							{ value: 'prr', label: 'Print ready record (PRR)' },
							{ value: 'duplicate', label: 'Duplicate record' },
						]}
						placeholder="Tidak diubah"
						{...fieldProps(gagal, 'statusRekam')}
					/>
				) : null}
				{langkahKode === 'verifikasi-nik' ? (
					<SelectField
						label="NIK ditemukan di SIAK"
						name="nikDitemukan"
						options={[
							{ value: 'ya', label: 'Ya, NIK ditemukan' },
							{ value: 'tidak', label: 'Tidak ditemukan' },
						]}
						placeholder="Pilih …"
						required
						{...fieldProps(gagal, 'nikDitemukan')}
					/>
				) : null}
				<div>
					<SubmitButton intent="catat-hasil-siak">Simpan hasil SIAK</SubmitButton>
				</div>
			</Form>
		</Kerangka>
	)
}

function PanelDenda({ p }: Props) {
	return (
		<Kerangka judul="Pembayaran denda">
			{p.denda > 0 && !p.dendaLunas ? (
				<Form method="post" className="actions">
					<span>
						Denda keterlambatan pelaporan <strong>{formatRupiah(p.denda)}</strong>. Setelah uang diterima, kuitansi bernomor diterbitkan dan permohonan lanjut ke
						langkah berikutnya.
					</span>
					<SubmitButton intent="terima-denda">Terima pembayaran {formatRupiah(p.denda)}</SubmitButton>
				</Form>
			) : (
				<p style={{ marginBottom: 0 }}>
					Denda sudah lunas{p.kuitansi ? ` (kuitansi ${p.kuitansi.nomor})` : ''}.{' '}
					{p.kuitansi ? (
						<a href={`/permohonan/${p.id}/kuitansi.pdf`} target="_blank" rel="noreferrer">
							Cetak kuitansi (PDF)
						</a>
					) : null}
				</p>
			)}
		</Kerangka>
	)
}

function PanelPendampingan({ p, result, zonaWaktu }: Props) {
	const gagal = milik(result, 'jadwalkan-kunjungan')
	const jadwal = fieldProps(gagal, 'jadwal')
	const pendamping = fieldProps(gagal, 'pendamping')
	return (
		<Kerangka judul="Kunjungan rumah dan pendamping">
			<Form method="post" className="form">
				<InputField label="Jadwal kunjungan" name="jadwal" type="datetime-local" required error={jadwal.error} defaultValue={jadwal.defaultValue ?? nilaiWaktuLokal(p.jadwalKunjungan, zonaWaktu)} />
				<InputField
					label="Pendamping dan instansinya"
					name="pendamping"
					required
					maxLength={200}
					hint="Misalnya: Budi Santoso, Dinas Sosial."
					error={pendamping.error}
					defaultValue={pendamping.defaultValue ?? p.pendamping ?? ''}
				/>
				<div>
					<SubmitButton intent="jadwalkan-kunjungan">Simpan jadwal</SubmitButton>
				</div>
			</Form>
		</Kerangka>
	)
}

function PanelCetak({ p, result }: Props) {
	const gagal = milik(result, 'catat-cetak')
	return (
		<Kerangka judul="Pencetakan dokumen">
			<Form method="post" className="form">
				<InputField
					label="Nomor dokumen"
					name="nomorDokumen"
					maxLength={60}
					autoComplete="off"
					hint="Kosongkan untuk memakai nomor hasil SIAK. Setiap pencetakan menjadi satu baris buku register."
					{...fieldProps(gagal, 'nomorDokumen')}
					defaultValue={fieldProps(gagal, 'nomorDokumen').defaultValue ?? p.hasilNomor ?? ''}
				/>
				<div>
					<SubmitButton intent="catat-cetak">Catat pencetakan</SubmitButton>
				</div>
			</Form>
		</Kerangka>
	)
}

function PanelCekDokumen({ p, result }: Props) {
	const terakhir = p.register.at(-1)
	const error = milik(result, 'catat-cek-dokumen')?.errors.kondisi?.[0]
	if (!terakhir) {
		return (
			<Kerangka judul="Pemeriksaan hasil cetak">
				<p style={{ marginBottom: 0 }}>Belum ada dokumen tercetak untuk diperiksa.</p>
			</Kerangka>
		)
	}
	return (
		<Kerangka judul="Pemeriksaan hasil cetak">
			<Form method="post" className="form">
				<fieldset className="field">
					<legend className="label">
						Kondisi {terakhir.dokumen} ({terakhir.nomorRegister})
					</legend>
					<div className="actions">
						<label style={{ fontWeight: 400 }}>
							<input type="radio" name="kondisi" value="baik" defaultChecked={terakhir.kondisi === 'baik'} required /> Baik
						</label>
						<label style={{ fontWeight: 400 }}>
							<input type="radio" name="kondisi" value="rusak" defaultChecked={terakhir.kondisi === 'rusak'} /> Rusak, perlu cetak ulang
						</label>
					</div>
					{error ? (
						<span className="error" role="alert">
							{error}
						</span>
					) : null}
				</fieldset>
				<div>
					<SubmitButton intent="catat-cek-dokumen">Simpan hasil pemeriksaan</SubmitButton>
				</div>
			</Form>
		</Kerangka>
	)
}

function PanelPenyerahan({ p, result }: Props) {
	const gagal = milik(result, 'catat-penyerahan')
	const diterimaOleh = fieldProps(gagal, 'diterimaOleh')
	const cara = fieldProps(gagal, 'cara')
	const sudah = p.register.some((r) => r.diserahkanAt && r.diterimaOleh)
	return (
		<Kerangka judul="Penyerahan dokumen">
			<Form method="post" className="form">
				<InputField
					label="Diterima oleh"
					name="diterimaOleh"
					required
					maxLength={150}
					hint="Nama pemohon, atau nama orang yang dikuasakan mengambil."
					error={diterimaOleh.error}
					defaultValue={diterimaOleh.defaultValue ?? p.pemohon.nama}
				/>
				<SelectField label="Cara penyerahan" name="cara" options={[...CARA_PENGIRIMAN]} error={cara.error} defaultValue={cara.defaultValue ?? p.pengiriman} />
				<div>
					<SubmitButton intent="catat-penyerahan">Catat penyerahan</SubmitButton>
				</div>
			</Form>
			{sudah ? (
				<p style={{ marginBottom: 0 }}>
					<a href={`/permohonan/${p.id}/tanda-terima.pdf`} target="_blank" rel="noreferrer">
						Cetak tanda terima penyerahan (PDF)
					</a>
				</p>
			) : null}
		</Kerangka>
	)
}

/** Scans added by staff: per checklist line or free; the request's total stays within 20. */
export function FormTambahBerkas({ p, result }: { p: PermohonanDetail; result: ActionFailure | null }) {
	const error = milik(result, 'tambah-berkas')?.errors.berkas
	return (
		<Form method="post" encType="multipart/form-data" className="form">
			{p.persyaratan.map((s) => (
				<div key={s.id} className="field">
					<label htmlFor={`berkas-${s.id}`} style={{ fontWeight: 400 }}>
						{s.nama} {s.wajib ? <strong>(wajib)</strong> : null}
					</label>
					<input id={`berkas-${s.id}`} type="file" name={`berkas_${s.id}`} accept={TERIMA_BERKAS} />
				</div>
			))}
			<div className="field">
				<label htmlFor="berkas-tambahan">Berkas lain</label>
				<input
					id="berkas-tambahan"
					type="file"
					name="berkas"
					multiple
					accept={TERIMA_BERKAS}
					aria-invalid={error ? true : undefined}
					aria-describedby={error ? 'berkas-tambahan-galat' : undefined}
				/>
				<span className="hint">PDF, JPEG atau PNG, paling besar 5 MB per berkas.</span>
				{error ? (
					<span className="error" id="berkas-tambahan-galat" role="alert">
						{error.join(' ')}
					</span>
				) : null}
			</div>
			<div>
				<SubmitButton intent="tambah-berkas">Unggah berkas</SubmitButton>
			</div>
		</Form>
	)
}
