import type { ReactNode } from 'react'
import type { PermohonanDetail } from '~/modules/layanan/baca.server'
import { CARA_PENGIRIMAN } from '~/modules/layanan/permohonan.schema'
import type { SkemaIsian } from '~/modules/layanan/skema-isian'
import { formatRupiah, formatTanggal, formatUkuran, formatWaktu } from '~/utils/format'
import { LABEL_KANAL } from './__filter'

/**
 * The request itself, above its workflow: the applicant (full NIK: opening this page is audited),
 * the service's data with its form's labels, the checklist and the scans, the fine, what SIAK gave
 * back and the buku register.
 */
type Detail = PermohonanDetail


export const LABEL_CARA: Record<string, string> = Object.fromEntries(CARA_PENGIRIMAN.map((c) => [c.value, c.label]))

export const LABEL_STATUS_REKAM: Record<string, string> = {
	'belum-rekam': 'Belum rekam',
	'sudah-rekam': 'Sudah rekam',
	prr: 'Print ready record (PRR)',
	duplicate: 'Duplicate record',
	dicetak: 'Dicetak',
	diserahkan: 'Diserahkan',
}

const KELAS_STATUS: Record<string, string> = {
	'menunggu-pemohon': 'badge badge-kuning',
	'menunggu-denda': 'badge badge-kuning',
	'siap-diserahkan': 'badge badge-hijau',
	selesai: 'badge badge-hijau',
	ditolak: 'badge badge-merah',
	dibatalkan: 'badge badge-abu',
}

function Baris({ label, children }: { label: string; children: ReactNode }) {
	return (
		<>
			<dt>{label}</dt>
			<dd>{children}</dd>
		</>
	)
}

const kosong = <span className="muted">—</span>

export function RingkasanPermohonan({ p }: { p: Detail }) {
	return (
		<section className="card" aria-label="Ringkasan permohonan">
			<dl className="detail">
				<Baris label="Status">
					<span className={KELAS_STATUS[p.status] ?? 'badge'} data-testid="status-permohonan">
						{p.statusLabel}
					</span>
					{p.langkah && p.status === 'diproses' ? <div className="muted">{p.langkah.kegiatan}</div> : null}
				</Baris>
				<Baris label="Nomor tiket">
					<strong>{p.nomorTiket}</strong>
				</Baris>
				<Baris label="Layanan">
					{p.jenis.nama} <span className="muted">({p.jenis.kode})</span>
				</Baris>
				<Baris label="Dokumen yang diterbitkan">{p.jenis.dokumenHasil}</Baris>
				<Baris label="Kanal">{LABEL_KANAL[p.kanal]}</Baris>
				<Baris label="Tanggal lapor">{formatTanggal(p.tanggalLapor)}</Baris>
				{p.tanggalPeristiwa ? <Baris label="Tanggal peristiwa">{formatTanggal(p.tanggalPeristiwa)}</Baris> : null}
				<Baris label="Dokumen diterima dengan cara">{LABEL_CARA[p.pengiriman] ?? p.pengiriman}</Baris>
			</dl>
		</section>
	)
}

export function PemohonPermohonan({ p }: { p: Detail }) {
	return (
		<section className="card" aria-labelledby="judul-pemohon">
			<h2 id="judul-pemohon" style={{ marginTop: 0 }}>
				Pemohon
			</h2>
			<dl className="detail">
				<Baris label="Nama">{p.pemohon.nama}</Baris>
				<Baris label="NIK">{p.pemohon.nik ? <span data-testid="nik-lengkap">{p.pemohon.nik}</span> : kosong}</Baris>
				<Baris label="HP/WhatsApp">{p.pemohon.telepon ?? kosong}</Baris>
				<Baris label="E-mail">{p.pemohon.email ?? kosong}</Baris>
			</dl>
		</section>
	)
}

export function IsianPermohonan({ p, skema }: { p: Detail; skema: SkemaIsian | null }) {
	const dikenal = new Set(skema?.field.map((f) => f.nama))
	const baris: [string, string][] = [
		...(skema?.field ?? []).filter((f) => p.isian[f.nama] !== undefined && p.isian[f.nama] !== '').map((f): [string, string] => [f.label, f.jenis === 'tanggal' ? formatTanggal(p.isian[f.nama]!) : p.isian[f.nama]!]),
		...Object.entries(p.isian).filter(([k]) => !dikenal.has(k)),
	]
	return (
		<section className="card" aria-labelledby="judul-isian">
			<h2 id="judul-isian" style={{ marginTop: 0 }}>
				Data {skema?.nama ?? 'permohonan'}
			</h2>
			{baris.length === 0 ? (
				<p className="muted">Tidak ada data isian.</p>
			) : (
				<dl className="detail">
					{baris.map(([label, nilai]) => (
						<Baris key={label} label={label}>
							<span style={{ whiteSpace: 'pre-wrap' }}>{nilai}</span>
						</Baris>
					))}
				</dl>
			)}
		</section>
	)
}

function TautanBerkas({ permohonanId, b }: { permohonanId: number; b: Detail['berkas'][number] }) {
	return (
		<div>
			<a href={`/permohonan/${permohonanId}/berkas/${b.id}`} download>
				{b.nama}
			</a>{' '}
			<span className="muted">
				({formatUkuran(b.ukuran)}, {b.sumber === 'pemohon' ? 'dari pemohon' : 'dari petugas'})
			</span>
		</div>
	)
}

export function PersyaratanPermohonan({ p }: { p: Detail }) {
	const dicentang = new Set(p.ceklis)
	const lain = p.berkas.filter((b) => !b.persyaratanId || !p.persyaratan.some((s) => s.id === b.persyaratanId))
	return (
		<section aria-labelledby="judul-persyaratan">
			<h2 id="judul-persyaratan">Persyaratan dan berkas</h2>
			<div className="table-wrap">
				<table>
					<thead>
						<tr>
							<th scope="col">Persyaratan</th>
							<th scope="col">Ceklis</th>
							<th scope="col">Berkas</th>
						</tr>
					</thead>
					<tbody>
						{p.persyaratan.length === 0 ? (
							<tr>
								<td colSpan={3} className="muted">
									Layanan ini tidak meminta berkas.
								</td>
							</tr>
						) : null}
						{p.persyaratan.map((s) => {
							const berkas = p.berkas.filter((b) => b.persyaratanId === s.id)
							return (
								<tr key={s.id}>
									<td>
										{s.nama} {s.wajib ? <strong>(wajib)</strong> : <span className="muted">(bila diperlukan)</span>}
									</td>
									<td data-testid={`ceklis-${s.id}`}>{dicentang.has(s.id) ? '✓ Sesuai' : s.wajib ? <span className="badge badge-kuning">Belum</span> : kosong}</td>
									<td>{berkas.length ? berkas.map((b) => <TautanBerkas key={b.id} permohonanId={p.id} b={b} />) : kosong}</td>
								</tr>
							)
						})}
					</tbody>
				</table>
			</div>
			{lain.length ? (
				<div className="card" style={{ marginTop: '0.75rem' }}>
					<strong>Berkas lain</strong>
					{lain.map((b) => (
						<TautanBerkas key={b.id} permohonanId={p.id} b={b} />
					))}
				</div>
			) : null}
		</section>
	)
}

export function DendaPermohonan({ p, zonaWaktu }: { p: Detail; zonaWaktu: string }) {
	if (p.denda <= 0 && !p.kuitansi) return null
	return (
		<section className="card" aria-labelledby="judul-denda">
			<h2 id="judul-denda" style={{ marginTop: 0 }}>
				Denda administratif
			</h2>
			<dl className="detail">
				<Baris label="Besar denda">{formatRupiah(p.denda)}</Baris>
				<Baris label="Status">{p.dendaLunas ? <span className="badge badge-hijau">Lunas</span> : <span className="badge badge-kuning">Belum dibayar</span>}</Baris>
				{p.kuitansi ? (
					<Baris label="Kuitansi">
						{p.kuitansi.nomor}, {formatWaktu(p.kuitansi.dibayarAt, zonaWaktu)} ·{' '}
						<a href={`/permohonan/${p.id}/kuitansi.pdf`} target="_blank" rel="noreferrer">
							Cetak kuitansi (PDF)
						</a>
					</Baris>
				) : null}
			</dl>
		</section>
	)
}

export function HasilSiakPermohonan({ p, zonaWaktu }: { p: Detail; zonaWaktu: string }) {
	if (!p.hasilNomor && !p.hasilKeterangan && !p.statusRekam && !p.jadwalKunjungan) return null
	return (
		<section className="card" aria-labelledby="judul-siak">
			<h2 id="judul-siak" style={{ marginTop: 0 }}>
				Hasil SIAK
			</h2>
			<dl className="detail">
				<Baris label="Nomor hasil">{p.hasilNomor ?? kosong}</Baris>
				{p.hasilKeterangan ? <Baris label="Keterangan">{p.hasilKeterangan}</Baris> : null}
				{p.statusRekam ? <Baris label="Status perekaman">{LABEL_STATUS_REKAM[p.statusRekam] ?? p.statusRekam}</Baris> : null}
				{p.jadwalKunjungan ? <Baris label="Kunjungan rumah">{formatWaktu(p.jadwalKunjungan, zonaWaktu)}</Baris> : null}
				{p.pendamping ? <Baris label="Pendamping">{p.pendamping}</Baris> : null}
			</dl>
		</section>
	)
}

export function RegisterPermohonan({ p, zonaWaktu }: { p: Detail; zonaWaktu: string }) {
	if (p.register.length === 0) return null
	const diserahkan = p.register.some((r) => r.diserahkanAt && r.diterimaOleh)
	return (
		<section aria-labelledby="judul-register">
			<h2 id="judul-register">Buku register</h2>
			<div className="table-wrap">
				<table>
					<thead>
						<tr>
							<th scope="col">Nomor register</th>
							<th scope="col">Dokumen</th>
							<th scope="col">Dicetak</th>
							<th scope="col">Kondisi</th>
							<th scope="col">Diserahkan</th>
						</tr>
					</thead>
					<tbody>
						{p.register.map((r) => (
							<tr key={r.nomorRegister}>
								<td>{r.nomorRegister}</td>
								<td>
									{r.dokumen}
									{r.nomorDokumen ? <div className="muted">Nomor {r.nomorDokumen}</div> : null}
								</td>
								<td>{formatWaktu(r.dicetakAt, zonaWaktu)}</td>
								<td>{r.kondisi === 'baik' ? 'Baik' : <span className="badge badge-merah">Rusak</span>}</td>
								<td>
									{r.diserahkanAt ? (
										<>
											{formatWaktu(r.diserahkanAt, zonaWaktu)}
											<div className="muted">
												kepada {r.diterimaOleh}
												{r.cara ? `, ${(LABEL_CARA[r.cara] ?? r.cara).toLowerCase()}` : ''}
											</div>
										</>
									) : (
										kosong
									)}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{diserahkan ? (
				<p>
					<a href={`/permohonan/${p.id}/tanda-terima.pdf`} target="_blank" rel="noreferrer">
						Cetak tanda terima penyerahan (PDF)
					</a>
				</p>
			) : null}
		</section>
	)
}
