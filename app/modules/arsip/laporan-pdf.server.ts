import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { blokTandaTangan, kopSurat, renderPdf, tabelIsian, winAnsi, type Kop } from '#reports/layanan/kertas'
import { formatTanggal, formatWaktu } from '~/utils/format'

/**
 * The archive's printed lists and berita acara, pure from rows to PDF: the daftar berkas and
 * daftar isi berkas in the ANRI column layout (landscape A4), and the berita acara of a transfer
 * or a destruction with its list (portrait A4). Letterhead from the office profile.
 */
export type KopArsip = Kop & { tempat: string }

export type KolomLaporan = { header: string; width: number | '*'; align?: 'left' | 'center' | 'right' }

const TEPI = 36

function tabel(kolom: KolomLaporan[], baris: string[][], ukuran = 8): Content {
	const kepala: TableCell[] = kolom.map((k) => ({ text: winAnsi(k.header), bold: true, alignment: 'center', fillColor: '#e7ecf3' }))
	const isi: TableCell[][] = baris.map((b) => b.map((sel, i): TableCell => ({ text: winAnsi(sel), alignment: kolom[i]?.align ?? 'left' })))
	const kosong: TableCell[] = [{ text: 'Tidak ada data.', colSpan: kolom.length, alignment: 'center' }, ...kolom.slice(1).map((): TableCell => ({ text: '' }))]
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: kolom.map((k) => k.width),
			body: [kepala, ...(isi.length ? isi : [kosong])],
		},
		layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingTop: () => 2, paddingBottom: () => 2 },
		fontSize: ukuran,
	}
}

function kaki(keterangan: string, zonaWaktu: string, dicetakAt: Date): TDocumentDefinitions['footer'] {
	return (halaman, jumlah) => ({
		columns: [
			{ text: winAnsi(`${keterangan} · dicetak ${formatWaktu(dicetakAt, zonaWaktu)} dari SIMADU`), alignment: 'left' },
			{ text: `Halaman ${halaman} dari ${jumlah}`, alignment: 'right' },
		],
		fontSize: 7,
		margin: [TEPI, 12, TEPI, 0],
	})
}

/** A list on landscape A4: letterhead, title, the filters or particulars, the table. */
export function daftarArsipPdf(p: {
	kop: KopArsip
	zonaWaktu: string
	judul: string
	keterangan: [string, string][]
	kolom: KolomLaporan[]
	baris: string[][]
	dicetakAt?: Date
}): Promise<Buffer> {
	const dicetakAt = p.dicetakAt ?? new Date()
	const lebar = 841.89 - 2 * TEPI
	return renderPdf({
		pageSize: 'A4',
		pageOrientation: 'landscape',
		pageMargins: [TEPI, 32, TEPI, 40],
		info: { title: winAnsi(p.judul), creator: 'SIMADU', producer: 'SIMADU' },
		footer: kaki(p.judul, p.zonaWaktu, dicetakAt),
		content: [
			...kopSurat(p.kop, lebar),
			{ text: winAnsi(p.judul.toUpperCase()), alignment: 'center', bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
			...(p.keterangan.length ? [tabelIsian(p.keterangan)] : []),
			tabel(p.kolom, p.baris),
		],
	})
}

const hariTanggal = (tanggal: string) => {
	const hari = new Intl.DateTimeFormat('id-ID', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${tanggal}T00:00:00Z`))
	return `${hari}, ${formatTanggal(tanggal)}`
}

type Pejabat = { nama: string; nip: string | null; jabatan: string } | null

export type IsiBeritaAcara = {
	kop: KopArsip
	zonaWaktu: string
	jenis: 'pindah' | 'musnah'
	nomorBeritaAcara: string
	tanggalBeritaAcara: string
	nomorUsulan: string
	penyetuju: string
	kadis: Pejabat
	sekretaris: Pejabat
	petugas: { nama: string; nip: string | null }
	kolom: KolomLaporan[]
	baris: string[][]
	dicetakAt?: Date
}

function tandaTangan(peran: string, orang: { nama: string; nip: string | null } | null, tempatTanggal?: string) {
	const blok = blokTandaTangan({ tempatTanggal, peran, nama: orang?.nama ?? '........................................' })
	return orang?.nip ? { stack: [blok, { text: winAnsi(`NIP ${orang.nip}`), alignment: 'center' as const }] } : blok
}

/**
 * The berita acara of a transfer (pemindahan arsip inaktif) or a destruction (pemusnahan arsip),
 * signed by the parties, with the list of the berkas on the following page.
 */
export function beritaAcaraPdf(p: IsiBeritaAcara): Promise<Buffer> {
	const dicetakAt = p.dicetakAt ?? new Date()
	const lebar = 595.28 - 2 * TEPI
	const jumlah = p.baris.length
	const dinas = p.kop.namaDinas
	const tempatTanggal = [p.kop.tempat, formatTanggal(p.tanggalBeritaAcara)].filter(Boolean).join(', ')
	const judul = p.jenis === 'musnah' ? 'BERITA ACARA PEMUSNAHAN ARSIP' : 'BERITA ACARA PEMINDAHAN ARSIP INAKTIF'
	const judulDaftar = p.jenis === 'musnah' ? 'DAFTAR ARSIP YANG DIMUSNAHKAN' : 'DAFTAR ARSIP YANG DIPINDAHKAN'
	const naskah: Content[] =
		p.jenis === 'musnah'
			? [
					{
						text: winAnsi(
							`Pada hari ini, ${hariTanggal(p.tanggalBeritaAcara)}, bertempat di ${dinas}, telah dilaksanakan pemusnahan arsip sebanyak ${jumlah} berkas ` +
								`sebagaimana tercantum dalam ${judulDaftar.toLowerCase().replace(/^./, (c) => c.toUpperCase())} terlampir, berdasarkan persetujuan ${p.penyetuju} ` +
								`atas usul pemusnahan nomor ${p.nomorUsulan}.`,
						),
						margin: [0, 0, 0, 6],
						alignment: 'justify',
					},
					{
						text: 'Pemusnahan dilaksanakan secara total sehingga fisik dan informasi arsip tidak dapat dikenali lagi, dan disaksikan oleh pejabat yang bertanda tangan di bawah ini.',
						margin: [0, 0, 0, 18],
						alignment: 'justify',
					},
					{
						columns: [tandaTangan('Saksi,', p.sekretaris ? { nama: p.sekretaris.nama, nip: p.sekretaris.nip } : null, ' '), tandaTangan('Kepala Dinas,', p.kadis ? { nama: p.kadis.nama, nip: p.kadis.nip } : null, tempatTanggal)],
						margin: [0, 0, 0, 18],
					},
					{ columns: [tandaTangan('Pelaksana pemusnahan,', p.petugas, ' '), { text: '' }] },
				]
			: [
					{ text: winAnsi(`Pada hari ini, ${hariTanggal(p.tanggalBeritaAcara)}, kami yang bertanda tangan di bawah ini:`), margin: [0, 0, 0, 4] },
					tabelIsian([
						['Nama', p.petugas.nama],
						['Selaku', `Petugas arsip unit pengolah ${dinas}, selanjutnya disebut PIHAK PERTAMA`],
					]),
					tabelIsian([
						['Nama', p.sekretaris?.nama ?? '-'],
						['Selaku', `${p.sekretaris?.jabatan ?? 'Sekretaris'}, pimpinan unit kearsipan ${dinas}, selanjutnya disebut PIHAK KEDUA`],
					]),
					{
						text: winAnsi(
							`PIHAK PERTAMA telah memindahkan arsip inaktif kepada PIHAK KEDUA sebanyak ${jumlah} berkas sebagaimana tercantum dalam daftar arsip yang dipindahkan terlampir, ` +
								`berdasarkan usul pemindahan nomor ${p.nomorUsulan} yang telah disetujui ${p.penyetuju}. Selanjutnya arsip tersebut disimpan dan dikelola oleh PIHAK KEDUA.`,
						),
						margin: [0, 4, 0, 18],
						alignment: 'justify',
					},
					{
						columns: [tandaTangan('PIHAK PERTAMA,', p.petugas, ' '), tandaTangan('PIHAK KEDUA,', p.sekretaris ? { nama: p.sekretaris.nama, nip: p.sekretaris.nip } : null, tempatTanggal)],
						margin: [0, 0, 0, 18],
					},
					{ columns: [{ text: '' }, tandaTangan('Mengetahui, Kepala Dinas', p.kadis ? { nama: p.kadis.nama, nip: p.kadis.nip } : null, ' '), { text: '' }] },
				]
	return renderPdf({
		pageSize: 'A4',
		pageMargins: [TEPI, 32, TEPI, 40],
		info: { title: winAnsi(`${judul} ${p.nomorBeritaAcara}`), creator: 'SIMADU', producer: 'SIMADU' },
		footer: kaki(`Berita acara ${p.nomorBeritaAcara}`, p.zonaWaktu, dicetakAt),
		content: [
			...kopSurat(p.kop, lebar),
			{ text: judul, alignment: 'center', bold: true, fontSize: 12 },
			{ text: winAnsi(`Nomor: ${p.nomorBeritaAcara}`), alignment: 'center', margin: [0, 2, 0, 12] },
			...naskah,
			{ text: judulDaftar, alignment: 'center', bold: true, fontSize: 11, pageBreak: 'before', margin: [0, 0, 0, 2] },
			{ text: winAnsi(`Lampiran berita acara nomor ${p.nomorBeritaAcara}`), alignment: 'center', margin: [0, 0, 0, 8] },
			tabel(p.kolom, p.baris, 7.5),
		],
	})
}
