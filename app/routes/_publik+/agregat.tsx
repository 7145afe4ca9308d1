import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { bacaAgregatPublikasi, bacaPermintaanAgregat, cacheAgregat, wilayahKantor } from '~/modules/kependudukan/agregat-publik.server'
import { alamatUnduhan, baris, barisLengkap, kepemilikanDokumen, LABEL_TINGKAT, pekerjaanTerbanyak, piramida, semuaTabel } from '~/modules/kependudukan/agregat-tampilan'
import { GrafikBatang, GrafikPiramida } from '~/modules/kependudukan/components/grafik-agregat'
import { TabelAgregat, TabelKepemilikan, TabelSubwilayah } from '~/modules/kependudukan/components/tabel-agregat'
import { labelSemester } from '~/modules/kependudukan/kode'
import { listPublikasiTerbit } from '~/modules/kependudukan/publikasi-baca.server'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { getRantaiWilayah } from '~/modules/referensi/wilayah.server'
import { formatAngka, formatTanggal } from '~/utils/format'
import { notFound } from '~/utils/http.server'

/**
 * `/agregat`: the published agregat kependudukan for anyone, by semester and area (kabupaten/kota
 * → kecamatan → desa/kelurahan through `semester`, `wilayah` and `versi` in the address; area
 * codes are not personal data). Reads the precomputed rows of one area (a few queries) and may
 * be cached by shared caches for five minutes. Drafts are never shown here.
 */
export const meta: MetaFunction<typeof loader> = ({ data }) => [
	{ title: data && !data.kosong ? `Agregat Kependudukan ${data.wilayah.nama} ${labelSemester(data.publikasi.semester)} — SIMADU` : 'Agregat Kependudukan — SIMADU' },
]

/** Published figures are the same for everyone; a 404 is not kept, the semester may be published soon. */
export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => ({
	'Cache-Control': errorHeaders ? 'no-store' : (loaderHeaders.get('Cache-Control') ?? cacheAgregat(false)),
})

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const minta = bacaPermintaanAgregat(url)
	const [terbit, kantor] = await Promise.all([listPublikasiTerbit(), getProfilKantorSingkat()])
	const headers = { 'Cache-Control': cacheAgregat(false) }
	if (terbit.length === 0) return data({ kosong: true as const, namaWilayah: kantor.wilayah }, { headers })

	const semester = url.searchParams.get('semester')?.trim() || terbit[0]!.semester
	const kode = minta.wilayah ?? kantor.kodeWilayah
	const [hasil, rantai] = await Promise.all([
		bacaAgregatPublikasi(semester, { draft: false, versi: minta.versi, wilayah: minta.wilayah }),
		kode === kantor.kodeWilayah ? Promise.resolve(null) : getRantaiWilayah(kode),
	])
	if (!hasil.ok) throw notFound(hasil.pesan)
	const { publikasi, agregat } = hasil
	const versiSemester = terbit.filter((p) => p.semester === semester)
	const terbaru = versiSemester[0]?.versi === publikasi.versi
	return data(
		{
			kosong: false as const,
			semesterPilihan: [...new Set(terbit.map((p) => p.semester))].map((s) => ({ value: s, label: labelSemester(s) })),
			publikasi: {
				semester: publikasi.semester,
				versi: publikasi.versi,
				tanggalAcuan: publikasi.tanggalAcuan,
				alasanKoreksi: publikasi.alasanKoreksi,
				diterbitkanAt: publikasi.diterbitkanAt,
				terbaru,
			},
			versiLain: versiSemester.filter((p) => p.versi !== publikasi.versi).map((p) => ({ versi: p.versi, terbaru: p.versi === versiSemester[0]!.versi })),
			wilayah: agregat.wilayah,
			/** the areas above the one shown, within the office's kabupaten/kota, for the breadcrumb */
			rantai: (rantai ?? []).filter((w) => w.kode !== kode && wilayahKantor(w.kode, kantor.kodeWilayah)).map((w) => ({ kode: w.kode, nama: w.nama })),
			tabel: agregat.tabel,
			subwilayah: agregat.subwilayah,
			unduhan: alamatUnduhan(semester, terbaru ? {} : { versi: publikasi.versi }),
		},
		{ headers },
	)
}

type Data = Exclude<ReturnType<typeof useLoaderData<typeof loader>>, { kosong: true }>

/** The page address of an area (and a version other than the newest). */
function alamat(semester: string, wilayah: string | null, versi?: number) {
	const q = new URLSearchParams({ semester })
	if (wilayah) q.set('wilayah', wilayah)
	if (versi !== undefined) q.set('versi', String(versi))
	return `/agregat?${q.toString()}`
}

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', gap: '1rem', alignItems: 'start' } as const

/** A chart with its table beside it (below it on a narrow screen). */
function Bagian({ id, judul, keterangan, grafik, tabel }: { id: string; judul: string; keterangan?: ReactNode; grafik: ReactNode; tabel: ReactNode }) {
	return (
		<section aria-labelledby={id} style={{ marginBottom: '1.5rem' }}>
			<h2 id={id}>{judul}</h2>
			{keterangan ? <p className="muted">{keterangan}</p> : null}
			<div style={GRID}>
				<div className="card" style={{ marginBottom: 0 }}>
					{grafik}
				</div>
				<div>{tabel}</div>
			</div>
		</section>
	)
}

export default function AgregatPublik() {
	const d = useLoaderData<typeof loader>()
	if (d.kosong) {
		return (
			<>
				<h1>Agregat Kependudukan</h1>
				<div className="card">
					<p>
						<strong>{`Belum ada agregat kependudukan yang diterbitkan${d.namaWilayah ? ` untuk ${d.namaWilayah}` : ''}.`}</strong>
					</p>
					<p className="muted">
						Agregat kependudukan diterbitkan setiap semester setelah Data Konsolidasi Bersih (DKB) diterima dan disetujui Kepala Dinas. Silakan kembali lagi nanti.
					</p>
					<Link to="/layanan">Lihat layanan administrasi kependudukan</Link>
				</div>
			</>
		)
	}
	return <Isi d={d} />
}

function Isi({ d }: { d: Data }) {
	const { publikasi: pub, wilayah, tabel } = d
	const versi = pub.terbaru ? undefined : pub.versi
	const ke = (kode: string | null) => alamat(pub.semester, kode, versi)
	const penduduk = baris(tabel, 'ringkasan', 'Penduduk')
	const pir = piramida(tabel)
	const pekerjaan = pekerjaanTerbanyak(tabel)
	const dokumen = kepemilikanDokumen(tabel)
	const tingkatBawah = wilayah.tingkat === 'kabupaten' ? 'Kecamatan' : 'Desa/kelurahan'
	const periode = `${labelSemester(pub.semester)}, keadaan per ${formatTanggal(pub.tanggalAcuan)}`
	return (
		<>
			<h1>{`Agregat Kependudukan ${wilayah.nama}`}</h1>
			<p>
				Jumlah penduduk menurut jenis kelamin, umur, agama, pendidikan, pekerjaan dan kepemilikan dokumen kependudukan, dari Data Konsolidasi Bersih (DKB) semester. Data yang sama
				tersedia sebagai buku, buku kerja Excel, dan API (<code>/api/v1/agregat/{pub.semester}</code>).
			</p>

			<Form method="get" className="toolbar" aria-label="Pilih semester dan wilayah">
				<div className="field">
					<label htmlFor="pilih-semester">Semester</label>
					<select id="pilih-semester" name="semester" defaultValue={pub.semester}>
						{d.semesterPilihan.map((s) => (
							<option key={s.value} value={s.value}>
								{s.label}
							</option>
						))}
					</select>
				</div>
				<div className="field">
					<label htmlFor="pilih-wilayah">Wilayah</label>
					<select id="pilih-wilayah" name="wilayah" defaultValue={wilayah.kode}>
						{d.rantai.map((w) => (
							<option key={w.kode} value={w.kode}>
								{w.nama}
							</option>
						))}
						<option value={wilayah.kode}>{wilayah.nama}</option>
						{d.subwilayah.map((s) => (
							<option key={s.kode} value={s.kode}>
								{`\u00a0\u00a0${s.nama}`}
							</option>
						))}
					</select>
				</div>
				<button type="submit">Tampilkan</button>
			</Form>

			<nav aria-label="Jenjang wilayah" style={{ marginBottom: '0.75rem' }}>
				{d.rantai.map((w) => (
					<span key={w.kode}>
						<Link to={ke(w.kode)}>{w.nama}</Link>
						{' › '}
					</span>
				))}
				<strong aria-current="page">{wilayah.nama}</strong> <span className="badge badge-abu">{LABEL_TINGKAT[wilayah.tingkat]}</span>
			</nav>

			<div className="card">
				<dl className="detail">
					<dt>Periode</dt>
					<dd>{periode}</dd>
					<dt>Versi</dt>
					<dd>
						{pub.versi}
						{pub.terbaru ? null : <span className="badge badge-kuning">Sudah diganti versi yang lebih baru</span>}
						{pub.diterbitkanAt ? <span className="muted"> · diterbitkan {formatTanggal(pub.diterbitkanAt)}</span> : null}
					</dd>
					{pub.alasanKoreksi ? (
						<>
							<dt>Alasan koreksi</dt>
							<dd>{pub.alasanKoreksi}</dd>
						</>
					) : null}
					{d.versiLain.length ? (
						<>
							<dt>Versi lain</dt>
							<dd>
								{d.versiLain.map((v, i) => (
									<span key={v.versi}>
										{i ? ', ' : null}
										<Link to={alamat(pub.semester, wilayah.kode, v.terbaru ? undefined : v.versi)}>
											Versi {v.versi}
											{v.terbaru ? ' (terbaru)' : ''}
										</Link>
									</span>
								))}
							</dd>
						</>
					) : null}
					<dt>Unduh</dt>
					<dd className="actions">
						<a className="button button-sekunder button-kecil" href={d.unduhan.pdf}>
							Buku (PDF)
						</a>
						<a className="button button-sekunder button-kecil" href={d.unduhan.xlsx} download>
							Buku kerja (Excel)
						</a>
						<span className="muted">seluruh kabupaten/kota, kecamatan dan desa/kelurahan</span>
					</dd>
				</dl>
			</div>

			<div className="cards">
				{[
					['Penduduk', penduduk.jumlah],
					['Laki-laki', penduduk.l],
					['Perempuan', penduduk.p],
					['Kartu Keluarga', baris(tabel, 'ringkasan', 'Kartu Keluarga').jumlah],
					['Wajib KTP', baris(tabel, 'ringkasan', 'Wajib KTP').jumlah],
				].map(([label, nilai]) => (
					<div key={label} className="card">
						<div className="stat">{formatAngka(Number(nilai))}</div>
						<span>{label}</span>
					</div>
				))}
			</div>

			<Bagian
				id="piramida"
				judul="Piramida penduduk"
				keterangan="Penduduk menurut kelompok umur dan jenis kelamin: laki-laki di kiri, perempuan di kanan."
				grafik={<GrafikPiramida kelompok={pir.kelompok} l={pir.l} p={pir.p} judul={`Piramida penduduk ${wilayah.nama}, ${periode}`} />}
				tabel={<TabelAgregat judul="Penduduk menurut kelompok umur" kolomKategori="Kelompok umur" baris={barisLengkap(tabel, 'kelompok-umur')} total />}
			/>

			{d.subwilayah.length ? (
				<Bagian
					id="subwilayah"
					judul={`Penduduk per ${tingkatBawah.toLowerCase()}`}
					keterangan={`Pilih nama ${tingkatBawah.toLowerCase()} untuk melihat agregatnya.`}
					grafik={
						<GrafikBatang
							horizontal
							label={d.subwilayah.map((s) => s.nama)}
							seri={[
								{ label: 'Laki-laki', nilai: d.subwilayah.map((s) => s.l) },
								{ label: 'Perempuan', nilai: d.subwilayah.map((s) => s.p) },
							]}
							judul={`Penduduk per ${tingkatBawah.toLowerCase()}, ${wilayah.nama}`}
						/>
					}
					tabel={<TabelSubwilayah judul={`Penduduk per ${tingkatBawah.toLowerCase()}`} kolomNama={tingkatBawah} rows={d.subwilayah} tautan={ke} />}
				/>
			) : null}

			<Bagian
				id="agama"
				judul="Agama"
				grafik={<GrafikBatang horizontal label={barisLengkap(tabel, 'agama').map((b) => b.kategori)} seri={[{ label: 'Penduduk', nilai: barisLengkap(tabel, 'agama').map((b) => b.jumlah) }]} judul="Penduduk menurut agama" />}
				tabel={<TabelAgregat judul="Penduduk menurut agama" kolomKategori="Agama" baris={barisLengkap(tabel, 'agama')} />}
			/>

			<Bagian
				id="pendidikan"
				judul="Pendidikan terakhir"
				grafik={
					<GrafikBatang horizontal label={barisLengkap(tabel, 'pendidikan').map((b) => b.kategori)} seri={[{ label: 'Penduduk', nilai: barisLengkap(tabel, 'pendidikan').map((b) => b.jumlah) }]} judul="Penduduk menurut pendidikan terakhir" />
				}
				tabel={<TabelAgregat judul="Penduduk menurut pendidikan terakhir" kolomKategori="Pendidikan" baris={barisLengkap(tabel, 'pendidikan')} />}
			/>

			<Bagian
				id="pekerjaan"
				judul="Sepuluh pekerjaan terbanyak"
				keterangan="Seluruh 89 jenis pekerjaan ada di bagian Semua tabel dan di unduhan."
				grafik={<GrafikBatang horizontal label={pekerjaan.map((b) => b.kategori)} seri={[{ label: 'Penduduk', nilai: pekerjaan.map((b) => b.jumlah) }]} judul="Sepuluh jenis pekerjaan dengan penduduk terbanyak" />}
				tabel={<TabelAgregat judul="Sepuluh pekerjaan terbanyak" kolomKategori="Pekerjaan" baris={pekerjaan} />}
			/>

			<Bagian
				id="dokumen"
				judul="Kepemilikan dokumen kependudukan"
				keterangan="KTP-el yang sudah direkam di antara wajib KTP, KIA di antara anak wajib KIA, akta kelahiran di antara anak, akta perkawinan di antara penduduk berstatus kawin."
				grafik={<GrafikBatang persen label={dokumen.map((k) => k.dokumen)} seri={[{ label: 'Memiliki', nilai: dokumen.map((k) => k.persen ?? 0) }]} judul="Persentase kepemilikan dokumen kependudukan" />}
				tabel={<TabelKepemilikan judul="Kepemilikan dokumen kependudukan" rows={dokumen} />}
			/>

			<section aria-labelledby="semua-tabel">
				<h2 id="semua-tabel">Semua tabel</h2>
				{semuaTabel(tabel).map((t) => (
					<details key={t.kunci} className="card" style={{ padding: '0.75rem 1.25rem' }}>
						<summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t.judul}</summary>
						<div style={{ marginTop: '0.75rem' }}>
							<TabelAgregat judul={t.judul} baris={t.baris} />
						</div>
					</details>
				))}
			</section>
		</>
	)
}
