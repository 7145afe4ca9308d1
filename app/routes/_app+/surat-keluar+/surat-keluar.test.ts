import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { JenisNaskah, LogAudit, SuratKeluar } from '#models/index'
import { loginAs, makeRequest, payload, settle, statusOf, withRequestContext } from '#test/utils'
import { tandatanganiSuratManual } from '~/modules/persuratan/surat-keluar-tanda-tangan.server'
import { ambil, buatSurat, isianDraf, jenisNaskah, kerjakan, langkahSurat, pengguna, suratSiapTandaTangan } from '#test/surat-keluar'
import { action as ubahJenisAction, loader as ubahJenisLoader } from '../admin+/jenis-naskah+/$id'
import { loader as daftarJenisLoader } from '../admin+/jenis-naskah+/index'
import { loader as verifikasiLoader } from '../../_publik+/verifikasi-surat.$kode'
import { action as detailAction, loader as detailLoader } from './$id'
import { loader as pdfLoader } from './$id_.surat[.]pdf'
import { action as ubahAction } from './$id_.ubah'
import { loader as versiLoader } from './$id_.versi'
import { action as baruAction, loader as baruLoader } from './baru'
import { action as terimaAction } from './ekspedisi+/$id'
import { loader as bukuLoader } from './ekspedisi+/index'
import { loader as eksporLoader } from './ekspor'
import { loader as daftarLoader } from './index'
import { action as nomorAction, loader as nomorLoader } from './nomor'

/**
 * The pages of outgoing letters: who may open what, bad input answered next to the field with
 * what was typed kept, stale edits answered 409, and the files they serve.
 */
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Gagal = { errors: Record<string, string[]>; values: Record<string, string | string[]> }

async function kirim(username: string, path: string, form: Record<string, string>, fn: (a: ReturnType<typeof args>) => Promise<unknown>, params: Record<string, string> = {}) {
	const { cookie } = await loginAs(username)
	return settle(() => fn(args(makeRequest(path, { cookie, form }), params)))
}

async function buka(username: string, path: string, fn: (a: ReturnType<typeof args>) => Promise<unknown>, params: Record<string, string> = {}) {
	const { cookie } = await loginAs(username)
	return settle(() => fn(args(makeRequest(path, { cookie }), params)))
}

const formDraf = async (ubah: Record<string, string> = {}) => {
	const d = await isianDraf('SB')
	return {
		jenisNaskahId: String(d.jenisNaskahId),
		klasifikasiKode: d.klasifikasiKode,
		sifat: d.sifat,
		urgensi: d.urgensi,
		perihal: d.perihal,
		tujuan: d.tujuan,
		tembusan: d.tembusan ?? '',
		isi: d.isi,
		lampiran: '',
		ukuranKertas: 'A4',
		jabatanPenandatanganId: String(d.jabatanPenandatanganId),
		intent: 'simpan',
		...ubah,
	}
}

describe('drafting pages', () => {
	it('starts a draft from the jenis naskah’s template, keeps typed values on errors, then saves', async () => {
		const jenis = await jenisNaskah('UND')
		const awal = payload<Awaited<ReturnType<typeof baruLoader>>>(await buka('kasi.dafduk', `/surat-keluar/baru?jenis=${jenis.id}`, baruLoader))
		expect(awal.awalan).toMatchObject({ jenisNaskahId: jenis.id, templat: jenis.templat })
		const salah = await kirim('kasi.dafduk', '/surat-keluar/baru', await formDraf({ perihal: 'x', klasifikasiKode: 'abc', tujuan: '' }), baruAction)
		expect(statusOf(salah)).toBe(400)
		const gagal = payload<Gagal>(salah)
		expect(Object.keys(gagal.errors).sort()).toEqual(['klasifikasiKode', 'perihal', 'tujuan'])
		expect(gagal.values.isi).toContain('Dengan hormat')
		const jadi = await kirim('kasi.dafduk', '/surat-keluar/baru', await formDraf({ perihal: 'Undangan rapat evaluasi layanan KIA' }), baruAction)
		expect(statusOf(jadi)).toBe(302)
		const id = Number((jadi as Response).headers.get('Location')!.split('/').pop())
		expect((await SuratKeluar.findByPk(id))!).toMatchObject({ perihal: 'Undangan rapat evaluasi layanan KIA', unitKerjaId: 6, status: 'draf' })
	})

	it('answers a stale edit with 409 and the typed text kept; only the drafter may edit', async () => {
		const { id } = await buatSurat('SB', 'kasi.dafduk')
		const surat = (await SuratKeluar.findByPk(id))!
		const form = { ...(await formDraf()), version: String(surat.version) }
		expect(statusOf(await kirim('kasi.dafduk', `/surat-keluar/${id}/ubah`, { ...form, perihal: 'Perubahan pertama' }, ubahAction, { id: String(id) }))).toBe(302)
		const basi = await kirim('kasi.dafduk', `/surat-keluar/${id}/ubah`, { ...form, perihal: 'Dari tab lama' }, ubahAction, { id: String(id) })
		expect(statusOf(basi)).toBe(409)
		expect(payload<Gagal>(basi).values.perihal).toBe('Dari tab lama')
		expect(statusOf(await kirim('tu', `/surat-keluar/${id}/ubah`, { ...form, version: String(surat.version + 1) }, ubahAction, { id: String(id) }))).toBe(403)
	})
})

describe('the letter page', () => {
	it('is 404 for someone not involved, and offers the signing panel only to the signer holding the task', async () => {
		const { id } = await suratSiapTandaTangan('SB', 'kadis', 'tu', { klasifikasiKode: '000.1.6' })
		expect(statusOf(await buka('kasi.capil', `/surat-keluar/${id}`, detailLoader, { id: String(id) }))).toBe(404)
		expect(statusOf(await kirim('kasi.capil', `/surat-keluar/${id}`, { intent: 'komentar', isi: 'x' }, detailAction, { id: String(id) }))).toBe(404)
		const kadis = payload<Awaited<ReturnType<typeof detailLoader>>>(await buka('kadis', `/surat-keluar/${id}`, detailLoader, { id: String(id) }))
		expect(kadis.ttdDipegang).toBe(true)
		expect(kadis.halaman!.actionBar.dipegang!.aksi.map((a) => a.kode)).toEqual(['kembalikan'])
		const sekretaris = payload<Awaited<ReturnType<typeof detailLoader>>>(await buka('sekretaris', `/surat-keluar/${id}`, detailLoader, { id: String(id) }))
		expect(sekretaris.ttdDipegang).toBe(false)

		// a comment without text stays on the form
		expect(statusOf(await kirim('kadis', `/surat-keluar/${id}`, { intent: 'komentar', isi: ' ' }, detailAction, { id: String(id) }))).toBe(400)
		expect(statusOf(await kirim('kadis', `/surat-keluar/${id}`, { intent: 'komentar', isi: 'Sudah sesuai.' }, detailAction, { id: String(id) }))).toBe(302)
		// the tata usaha may not sign, and may not dispatch an unsigned letter
		expect(statusOf(await kirim('tu', `/surat-keluar/${id}`, { intent: 'tandatangani-manual' }, detailAction, { id: String(id) }))).toBe(403)
		expect(statusOf(await kirim('tu', `/surat-keluar/${id}`, { intent: 'kirim', cara: 'caraka', tujuan: 'Camat' }, detailAction, { id: String(id) }))).toBe(409)
		expect(statusOf(await kirim('kadis', `/surat-keluar/${id}`, { intent: 'tandatangani-manual' }, detailAction, { id: String(id) }))).toBe(302)
		expect((await langkahSurat(id)).surat.nomor).toMatch(/^000\.1\.6\/\d{3}\/UMPEG\/\d{4}$/)

		// dispatch: only the tata usaha; a bad e-mail address stays on the form; the end needs a dispatch
		expect(statusOf(await kirim('kadis', `/surat-keluar/${id}`, { intent: 'kirim', cara: 'caraka', tujuan: 'Camat' }, detailAction, { id: String(id) }))).toBe(403)
		const alamatSalah = await kirim('tu', `/surat-keluar/${id}`, { intent: 'kirim', cara: 'pos', tujuan: 'Camat' }, detailAction, { id: String(id) })
		expect(payload<Gagal>(alamatSalah).errors.alamat).toBeDefined()
		const { tugas } = await ambil(id, 'tu')
		const belum = await kirim('tu', `/surat-keluar/${id}`, { intent: 'aksi', tugasId: String(tugas.id), aksiKode: 'selesaikan', kunci: 'a1' }, detailAction, { id: String(id) })
		expect(statusOf(belum)).toBe(400)
		expect(payload<Gagal>(belum).errors._form![0]).toContain('buku ekspedisi')
		expect(statusOf(await kirim('tu', `/surat-keluar/${id}`, { intent: 'kirim', cara: 'caraka', tujuan: 'Camat Kebumen' }, detailAction, { id: String(id) }))).toBe(302)
		expect(statusOf(await kirim('tu', `/surat-keluar/${id}`, { intent: 'aksi', tugasId: String(tugas.id), aksiKode: 'selesaikan', kunci: 'a2' }, detailAction, { id: String(id) }))).toBe(302)
		expect((await langkahSurat(id)).surat.status).toBe('selesai')

		const pdf = (await buka('kasubag.umum', `/surat-keluar/${id}/surat.pdf`, pdfLoader, { id: String(id) })) as Response
		expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
		expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
	})

	it('compares versions and shows one as reviewed', async () => {
		const { id } = await buatSurat('SB', 'tu', { klasifikasiKode: '000.1.6' })
		await withRequestContext(async () => (await import('~/modules/persuratan/surat-keluar.server')).ajukanVerifikasi({ id, pelaku: await pengguna('tu') }))
		await kerjakan(id, 'kasubag.umum', 'kembalikan', 'Perbaiki perihal.')
		const surat = (await SuratKeluar.findByPk(id))!
		const form = { ...(await formDraf({ perihal: 'Perihal yang diperbaiki' })), version: String(surat.version), catatan: 'Perihal diperbaiki' }
		expect(statusOf(await kirim('tu', `/surat-keluar/${id}/ubah`, form, ubahAction, { id: String(id) }))).toBe(302)
		const banding = payload<Awaited<ReturnType<typeof versiLoader>>>(await buka('kasubag.umum', `/surat-keluar/${id}/versi?dari=1&ke=2`, versiLoader, { id: String(id) }))
		expect(banding.banding!.bidang.find((b) => b.label === 'Perihal')!.potongan.some((p) => p.jenis === 'tambah')).toBe(true)
		const satu = payload<Awaited<ReturnType<typeof versiLoader>>>(await buka('kasubag.umum', `/surat-keluar/${id}/versi?lihat=1`, versiLoader, { id: String(id) }))
		expect(satu.satu!.perihal).toBe('Permohonan narasumber sosialisasi IKD')
		expect(statusOf(await buka('kasubag.umum', `/surat-keluar/${id}/versi?lihat=9`, versiLoader, { id: String(id) }))).toBe(404)
	})
})

describe('lists, numbers and the buku ekspedisi', () => {
	it('lists by tab and filter and exports what is shown', async () => {
		const { id } = await buatSurat('SB', 'kasi.dafduk', { perihal: 'Laporan bulanan perekaman KTP-el' })
		const daftar = payload<Awaited<ReturnType<typeof daftarLoader>>>(await buka('kasi.dafduk', '/surat-keluar?tab=saya&q=bulanan', daftarLoader))
		expect(daftar.rows.map((r) => r.id)).toEqual([id])
		const semua = payload<Awaited<ReturnType<typeof daftarLoader>>>(await buka('sekretaris', '/surat-keluar?tab=semua&status=draf', daftarLoader))
		expect(semua.rows.map((r) => r.id)).toContain(id)
		const ekspor = (await buka('kasi.dafduk', '/surat-keluar/ekspor?tab=saya&q=bulanan', eksporLoader)) as Response
		const buku = new ExcelJS.Workbook()
		await buku.xlsx.load(Buffer.from(await ekspor.arrayBuffer()) as unknown as ArrayBuffer)
		expect(buku.worksheets[0]!.getRow(2).getCell(4).value).toBe('Laporan bulanan perekaman KTP-el')
		expect(buku.worksheets[0]!.rowCount).toBe(2)
	})

	it('lets only the tata usaha reserve numbers, with field errors kept', async () => {
		expect(statusOf(await buka('kasi.dafduk', '/surat-keluar/nomor', nomorLoader))).toBe(403)
		const jenis = await jenisNaskah('ST')
		const salah = await kirim('tu', '/surat-keluar/nomor', { intent: 'pesan', jenisNaskahId: String(jenis.id), klasifikasiKode: '800.1.11.2', unitId: '3', keperluan: 'Surat tugas perekaman keliling', berlakuSampai: '2001-01-01' }, nomorAction)
		expect(statusOf(salah)).toBe(400)
		expect(payload<Gagal>(salah).values.keperluan).toBe('Surat tugas perekaman keliling')
		const besok = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
		const jadi = await kirim('tu', '/surat-keluar/nomor', { intent: 'pesan', jenisNaskahId: String(jenis.id), klasifikasiKode: '000.1.2', unitId: '3', keperluan: 'Surat tugas perekaman keliling', berlakuSampai: besok }, nomorAction)
		expect(statusOf(jadi)).toBe(302)
		const daftar = payload<Awaited<ReturnType<typeof nomorLoader>>>(await buka('tu', `/surat-keluar/nomor?jenis=${jenis.id}`, nomorLoader))
		expect(daftar.rows[0]).toMatchObject({ status: 'dipesan', keperluan: 'Surat tugas perekaman keliling', nomorUrut: 1 })
		expect(statusOf(await kirim('tu', '/surat-keluar/nomor', { intent: 'lepas', id: String(daftar.rows[0]!.id) }, nomorAction))).toBe(302)
		expect(statusOf(await kirim('tu', '/surat-keluar/nomor', { intent: 'lepas', id: String(daftar.rows[0]!.id) }, nomorAction))).toBe(409)
	})

	it('opens the buku ekspedisi to the tata usaha and the caraka, who records a receipt', async () => {
		expect(statusOf(await buka('kasi.dafduk', '/surat-keluar/ekspedisi', bukuLoader))).toBe(403)
		const { id, penandatangan } = await suratSiapTandaTangan('SB', 'kadis', 'tu', { klasifikasiKode: '000.1.7' })
		await withRequestContext(() => tandatanganiSuratManual({ suratId: id, pelaku: penandatangan }))
		await kirim('tu', `/surat-keluar/${id}`, { intent: 'kirim', cara: 'caraka', tujuan: 'Kepala Bappeda' }, detailAction, { id: String(id) })
		const buku = payload<Awaited<ReturnType<typeof bukuLoader>>>(await buka('caraka', '/surat-keluar/ekspedisi?cara=caraka&status=dikirim', bukuLoader))
		const baris = buku.rows.find((r) => r.suratId === id)!
		const salah = await kirim('caraka', `/surat-keluar/ekspedisi/${baris.id}`, { diterimaOleh: 'Ru', diterimaAt: 'kemarin', version: String(baris.version) }, terimaAction, { id: String(baris.id) })
		expect(Object.keys(payload<Gagal>(salah).errors).sort()).toEqual(['diterimaAt', 'diterimaOleh'])
		const waktu = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date()).replace(' ', 'T')
		expect(statusOf(await kirim('caraka', `/surat-keluar/ekspedisi/${baris.id}`, { diterimaOleh: 'Rudi (Sekretariat Bappeda)', diterimaAt: waktu, version: String(baris.version) }, terimaAction, { id: String(baris.id) }))).toBe(302)
		const sesudah = payload<Awaited<ReturnType<typeof bukuLoader>>>(await buka('tu', '/surat-keluar/ekspedisi?status=diterima', bukuLoader))
		expect(sesudah.rows.find((r) => r.id === baris.id)).toMatchObject({ diterimaOleh: 'Rudi (Sekretariat Bappeda)' })
	})
})

describe('jenis naskah admin and the public verification page', () => {
	it('edits a jenis naskah with the chain picked from the jabatan, audited, refusing bad input and stale forms', async () => {
		expect(statusOf(await buka('kasi.dafduk', '/admin/jenis-naskah', daftarJenisLoader))).toBe(403)
		const daftar = payload<Awaited<ReturnType<typeof daftarJenisLoader>>>(await buka('tu', '/admin/jenis-naskah', daftarJenisLoader))
		expect(daftar.rows.find((r) => r.kode === 'SB')!.rantai.map((j) => j.kode)).toEqual(['KASUBAG-UMPEG', 'SEKRETARIS'])
		const jenis = (await JenisNaskah.findOne({ where: { kode: 'SE' } }))!
		const halaman = payload<Awaited<ReturnType<typeof ubahJenisLoader>>>(await buka('tu', `/admin/jenis-naskah/${jenis.id}`, ubahJenisLoader, { id: String(jenis.id) }))
		expect(halaman.pilihanJabatan.map((p) => p.value)).toContain('KABID-DAFDUK')
		const dasar = { nama: jenis.nama, templat: '<p>Templat <script>x</script>baru</p>', verifikator1: 'KABID-DAFDUK', verifikator2: 'SEKRETARIS', verifikator3: '', verifikator4: '', jabatanPenandatangan: 'KADIS', formatNomor: '{klasifikasi}/{nomor}/SE/{tahun}', aktif: '1', version: String(jenis.version) }
		const p = { id: String(jenis.id) }
		const salah = await kirim('tu', `/admin/jenis-naskah/${jenis.id}`, { ...dasar, verifikator1: '', formatNomor: '{klasifikasi}/{tahun}' }, ubahJenisAction, p)
		expect(Object.keys(payload<Gagal>(salah).errors).sort()).toEqual(['formatNomor', 'verifikator1'])
		expect(payload<Gagal>(await kirim('tu', `/admin/jenis-naskah/${jenis.id}`, { ...dasar, verifikator2: 'KADIS' }, ubahJenisAction, p)).errors.verifikator2).toBeDefined()
		expect(statusOf(await kirim('tu', `/admin/jenis-naskah/${jenis.id}`, dasar, ubahJenisAction, p))).toBe(302)
		await jenis.reload()
		expect(jenis).toMatchObject({ rantaiVerifikasi: ['KABID-DAFDUK', 'SEKRETARIS'], templat: '<p>Templat baru</p>', formatNomor: '{klasifikasi}/{nomor}/SE/{tahun}' })
		expect(statusOf(await kirim('tu', `/admin/jenis-naskah/${jenis.id}`, dasar, ubahJenisAction, p))).toBe(409)
		expect(await LogAudit.count({ where: { entitas: 'jenis_naskah', entitasId: String(jenis.id), aksi: 'ubah' } })).toBe(1)
	})

	it('shows a signed letter to anyone holding its code, and 404 for anything else', async () => {
		const { id, penandatangan } = await suratSiapTandaTangan('SB', 'kadis', 'tu', { klasifikasiKode: '000.1.8' })
		const sebelum = (await SuratKeluar.findByPk(id))!
		expect(sebelum.kodeVerifikasi).toBeNull()
		await withRequestContext(() => tandatanganiSuratManual({ suratId: id, pelaku: penandatangan }))
		const surat = (await SuratKeluar.findByPk(id))!
		const hasil = await settle(() => verifikasiLoader(args(makeRequest(`/verifikasi-surat/${surat.kodeVerifikasi}`), { kode: surat.kodeVerifikasi! })))
		expect(statusOf(hasil)).toBe(200)
		const data = payload<Awaited<ReturnType<typeof verifikasiLoader>>>(hasil)
		expect(data.surat).toMatchObject({ nomor: surat.nomor, caraTandaTangan: 'manual', penandatanganNama: penandatangan.nama })
		expect(JSON.stringify(data)).not.toContain('Dengan hormat')
		expect(statusOf(await settle(() => verifikasiLoader(args(makeRequest('/verifikasi-surat/ABCDEFGHJKMN'), { kode: 'ABCDEFGHJKMN' }))))).toBe(404)
	})
})
