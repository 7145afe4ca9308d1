import type { Readable } from 'node:stream'
import { streamTabelExcel, type KolomExcel } from '#reports/umum/tabel-excel'
import { getPengaturanKantor, getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { inBatches } from '~/utils/excel-response.server'
import { formatAngka, formatTanggal } from '~/utils/format'
import type { BerkasFilter } from './berkas.schema'
import { getBerkas, listBerkas, listIsiBerkas, type BerkasRow, type IsiBerkasRow } from './berkas.server'
import { kurunWaktu, LABEL_PENYETUJU, labelDari, SATUAN_ARSIP, STATUS_BERKAS, teksLokasi, TINGKAT_PERKEMBANGAN } from './label'
import { beritaAcaraPdf, daftarArsipPdf, type KolomLaporan, type KopArsip } from './laporan-pdf.server'
import { getPenandatanganUsulan, getUsulan } from './penyusutan.server'

/**
 * The archive's reports: the daftar berkas (with the page's filters) and the daftar isi berkas as
 * Excel and PDF, and the lists and berita acara of an usulan penyusutan. Columns follow the ANRI
 * layout: no, kode klasifikasi, uraian, kurun waktu, tingkat perkembangan, jumlah, keterangan.
 */
async function kopArsip(): Promise<{ kop: KopArsip; zonaWaktu: string }> {
	const [profil, singkat] = await Promise.all([getPengaturanKantor(), getProfilKantorSingkat()])
	return {
		kop: {
			namaPemda: profil.namaPemda,
			namaDinas: profil.namaDinas,
			alamat: [profil.alamat, profil.kodePos].filter(Boolean).join(' '),
			kontak: [profil.telepon ? `Telepon ${profil.telepon}` : null, profil.email, profil.laman].filter(Boolean).join(' · '),
			tempat: singkat.wilayah.replace(/^(Kabupaten|Kota)\s+/i, ''),
		},
		zonaWaktu: profil.zonaWaktu,
	}
}

const jumlahSatuan = (b: Pick<BerkasRow, 'jumlah' | 'satuan'>) => `${formatAngka(b.jumlah)} ${labelDari(SATUAN_ARSIP, b.satuan).toLowerCase()}`

/** At most this many berkas go into one PDF; the Excel export has no limit. */
export const BATAS_PDF = 5000

const KOLOM_BERKAS_PDF: KolomLaporan[] = [
	{ header: 'No', width: 22, align: 'center' },
	{ header: 'Nomor berkas', width: 70 },
	{ header: 'Kode klasifikasi', width: 58 },
	{ header: 'Uraian', width: '*' },
	{ header: 'Kurun waktu', width: 55, align: 'center' },
	{ header: 'Tingkat perkembangan', width: 62, align: 'center' },
	{ header: 'Jumlah', width: 50, align: 'center' },
	{ header: 'Keterangan (lokasi)', width: 150 },
]

function barisBerkas(b: BerkasRow, i: number, keterangan = teksLokasi(b)) {
	return [String(i + 1), b.nomorBerkas, b.klasifikasiKode, b.uraian, kurunWaktu(b.kurunAwal, b.kurunAkhir), labelDari(TINGKAT_PERKEMBANGAN, b.tingkatPerkembangan), jumlahSatuan(b), keterangan]
}

function keteranganFilter(filter: BerkasFilter, unitNama?: string) {
	const ket: [string, string][] = []
	if (filter.klasifikasi) ket.push(['Kode klasifikasi', filter.klasifikasi])
	if (unitNama) ket.push(['Unit pencipta', unitNama])
	if (filter.status) ket.push(['Status', labelDari(STATUS_BERKAS, filter.status)])
	if (filter.tahunDari || filter.tahunSampai) ket.push(['Kurun waktu', `${filter.tahunDari ?? '…'} s.d. ${filter.tahunSampai ?? '…'}`])
	if (filter.lokasi) ket.push(['Lokasi', filter.lokasi])
	if (filter.q) ket.push(['Pencarian', filter.q])
	return ket
}

/** The daftar berkas as PDF (first `BATAS_PDF` rows of the filtered list). */
export async function pdfDaftarBerkas(filter: BerkasFilter) {
	const [{ rows, total }, { kop, zonaWaktu }] = await Promise.all([listBerkas({ ...filter, offset: 0, limit: BATAS_PDF }), kopArsip()])
	const keterangan = keteranganFilter(filter, filter.unitKerjaId ? rows[0]?.unitNama : undefined)
	if (total > rows.length) keterangan.push(['Catatan', `Menampilkan ${formatAngka(rows.length)} dari ${formatAngka(total)} berkas; unduh Excel untuk daftar lengkap.`])
	return daftarArsipPdf({ kop, zonaWaktu, judul: 'Daftar Berkas', keterangan, kolom: KOLOM_BERKAS_PDF, baris: rows.map((b, i) => barisBerkas(b, i)) })
}

/** The daftar berkas as an Excel stream, every row of the filtered list. */
export function excelDaftarBerkas(filter: BerkasFilter): Readable {
	let no = 0
	const kolom: KolomExcel<BerkasRow & { no: number }>[] = [
		{ header: 'No', width: 6, value: (r) => r.no },
		{ header: 'Nomor berkas', width: 16, value: (r) => r.nomorBerkas },
		{ header: 'Kode klasifikasi', width: 16, value: (r) => r.klasifikasiKode },
		{ header: 'Uraian', width: 50, value: (r) => r.uraian },
		{ header: 'Unit pencipta', width: 30, value: (r) => r.unitNama },
		{ header: 'Kurun waktu', width: 14, value: (r) => kurunWaktu(r.kurunAwal, r.kurunAkhir) },
		{ header: 'Tingkat perkembangan', width: 14, value: (r) => labelDari(TINGKAT_PERKEMBANGAN, r.tingkatPerkembangan) },
		{ header: 'Jumlah', width: 8, value: (r) => r.jumlah },
		{ header: 'Satuan', width: 10, value: (r) => labelDari(SATUAN_ARSIP, r.satuan) },
		{ header: 'Keterangan (lokasi)', width: 40, value: (r) => teksLokasi(r) },
		{ header: 'Status', width: 12, value: (r) => labelDari(STATUS_BERKAS, r.status) },
		{ header: 'Aktif sampai', width: 12, value: (r) => r.aktifSampai },
		{ header: 'Inaktif sampai', width: 12, value: (r) => r.inaktifSampai },
		{ header: 'Nasib akhir', width: 14, value: (r) => r.nasibAkhir },
	]
	return streamTabelExcel({
		judul: 'Daftar berkas',
		kolom,
		rows: inBatches(async (offset, limit) => (await listBerkas({ ...filter, offset, limit })).rows.map((r) => ({ ...r, no: ++no }))),
	})
}

const KOLOM_ISI_PDF: KolomLaporan[] = [
	{ header: 'No item', width: 34, align: 'center' },
	{ header: 'Kode klasifikasi', width: 60 },
	{ header: 'Uraian informasi arsip', width: '*' },
	{ header: 'Tanggal', width: 78, align: 'center' },
	{ header: 'Tingkat perkembangan', width: 66, align: 'center' },
	{ header: 'Jumlah', width: 40, align: 'center' },
	{ header: 'Keterangan', width: 170 },
]

async function isiBerkas(berkasId: number) {
	const berkas = await getBerkas(berkasId)
	if (!berkas) return null
	return { berkas, isi: await listIsiBerkas(berkasId) }
}

const keteranganBerkas = (b: BerkasRow): [string, string][] => [
	['Nomor berkas', b.nomorBerkas],
	['Kode klasifikasi', `${b.klasifikasiKode} ${b.klasifikasiNama}`],
	['Uraian berkas', b.uraian],
	['Unit pencipta', b.unitNama],
	['Kurun waktu', kurunWaktu(b.kurunAwal, b.kurunAkhir)],
	['Lokasi simpan', teksLokasi(b) || '-'],
]

/** The daftar isi berkas of one berkas as PDF; null when the berkas does not exist. */
export async function pdfIsiBerkas(berkasId: number) {
	const [data, { kop, zonaWaktu }] = await Promise.all([isiBerkas(berkasId), kopArsip()])
	if (!data) return null
	const { berkas, isi } = data
	const tingkat = labelDari(TINGKAT_PERKEMBANGAN, berkas.tingkatPerkembangan)
	const pdf = await daftarArsipPdf({
		kop,
		zonaWaktu,
		judul: 'Daftar Isi Berkas',
		keterangan: keteranganBerkas(berkas),
		kolom: KOLOM_ISI_PDF,
		baris: isi.map((r) => [String(r.nomorItem), berkas.klasifikasiKode, r.uraian, formatTanggal(r.tanggal), tingkat, formatAngka(r.jumlah), r.keterangan ?? '']),
	})
	return { pdf, nomorBerkas: berkas.nomorBerkas }
}

/** The daftar isi berkas as an Excel stream; null when the berkas does not exist. */
export async function excelIsiBerkas(berkasId: number) {
	const data = await isiBerkas(berkasId)
	if (!data) return null
	const { berkas, isi } = data
	const tingkat = labelDari(TINGKAT_PERKEMBANGAN, berkas.tingkatPerkembangan)
	const kolom: KolomExcel<IsiBerkasRow>[] = [
		{ header: 'Nomor berkas', width: 16, value: () => berkas.nomorBerkas },
		{ header: 'No item', width: 8, value: (r) => r.nomorItem },
		{ header: 'Kode klasifikasi', width: 16, value: () => berkas.klasifikasiKode },
		{ header: 'Uraian informasi arsip', width: 60, value: (r) => r.uraian },
		{ header: 'Tanggal', width: 12, value: (r) => r.tanggal },
		{ header: 'Tingkat perkembangan', width: 14, value: () => tingkat },
		{ header: 'Jumlah', width: 8, value: (r) => r.jumlah },
		{ header: 'Keterangan', width: 40, value: (r) => r.keterangan },
	]
	const stream = streamTabelExcel({
		judul: 'Daftar isi berkas',
		kolom,
		rows: (async function* () {
			yield isi
		})(),
	})
	return { stream, nomorBerkas: berkas.nomorBerkas }
}

const KOLOM_USULAN_PDF: KolomLaporan[] = [
	{ header: 'No', width: 18, align: 'center' },
	{ header: 'Nomor berkas', width: 62 },
	{ header: 'Kode klasifikasi', width: 50 },
	{ header: 'Uraian', width: '*' },
	{ header: 'Kurun waktu', width: 44, align: 'center' },
	{ header: 'Tingkat perkembangan', width: 52, align: 'center' },
	{ header: 'Jumlah', width: 40, align: 'center' },
	{ header: 'Keterangan', width: 95 },
]

function barisUsulan(u: NonNullable<Awaited<ReturnType<typeof getUsulan>>>) {
	return u.berkas.map((b, i) =>
		barisBerkas(b, i, [u.jenis === 'musnah' && b.retensiTahun !== null ? `Retensi ${b.retensiTahun} tahun` : null, teksLokasi(b) || null].filter(Boolean).join('; ')),
	)
}

const namaBerkas = (nomor: string) => nomor.replaceAll('/', '-')

/**
 * The list of an usulan: "Daftar arsip usul musnah" or "Daftar arsip usul pindah" (before the
 * disposal), or the list of what was destroyed / moved once it is carried out.
 */
export async function pdfDaftarUsulan(usulId: number) {
	const [u, { kop, zonaWaktu }] = await Promise.all([getUsulan(usulId), kopArsip()])
	if (!u) return null
	const selesai = u.status === 'dilaksanakan'
	const judul = u.jenis === 'musnah' ? (selesai ? 'Daftar Arsip yang Dimusnahkan' : 'Daftar Arsip Usul Musnah') : selesai ? 'Daftar Arsip yang Dipindahkan' : 'Daftar Arsip Usul Pindah'
	const keterangan: [string, string][] = [
		['Nomor usulan', u.nomor],
		['Penyetuju', LABEL_PENYETUJU[u.penyetuju] ?? u.penyetuju],
		['Jumlah', `${formatAngka(u.berkas.length)} berkas`],
		...(u.nomorBeritaAcara && u.tanggalBeritaAcara ? ([['Berita acara', `${u.nomorBeritaAcara}, ${formatTanggal(u.tanggalBeritaAcara)}`]] as [string, string][]) : []),
	]
	const pdf = await daftarArsipPdf({ kop, zonaWaktu, judul, keterangan, kolom: KOLOM_USULAN_PDF, baris: barisUsulan(u) })
	return { pdf, nama: `${judul.toLowerCase().replaceAll(' ', '-')}-${namaBerkas(u.nomor)}.pdf` }
}

/** The berita acara with its list; null when the usulan does not exist or has no berita acara yet. */
export async function pdfBeritaAcara(usulId: number) {
	const [u, { kop, zonaWaktu }] = await Promise.all([getUsulan(usulId), kopArsip()])
	if (!u?.nomorBeritaAcara || !u.tanggalBeritaAcara) return null
	const { kadis, sekretaris, petugas } = await getPenandatanganUsulan(u)
	const pdf = await beritaAcaraPdf({
		kop,
		zonaWaktu,
		jenis: u.jenis,
		nomorBeritaAcara: u.nomorBeritaAcara,
		tanggalBeritaAcara: u.tanggalBeritaAcara,
		nomorUsulan: u.nomor,
		penyetuju: LABEL_PENYETUJU[u.penyetuju] ?? u.penyetuju,
		kadis,
		sekretaris,
		petugas: petugas ?? { nama: u.pembuat, nip: null },
		kolom: KOLOM_USULAN_PDF.map((k) => (k.width === 95 ? { ...k, width: 70 } : k)),
		baris: barisUsulan(u),
	})
	return { pdf, nama: `berita-acara-${u.jenis === 'musnah' ? 'pemusnahan' : 'pemindahan'}-${namaBerkas(u.nomorBeritaAcara)}.pdf` }
}
