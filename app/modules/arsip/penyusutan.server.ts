import { AsyncLocalStorage } from 'node:async_hooks'
import { Op, literal, type Transaction, type WhereOptions } from 'sequelize'
import { BerkasArsip, InstansAlur, Jabatan, PeminjamanArsip, Pegawai, Pengguna, TugasAlur, UsulPenyusutan, UsulPenyusutanItem } from '#models/index'
import type { JenisPenyusutan, StatusUsulPenyusutan } from '#models/arsip/UsulPenyusutan'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { getDb } from '~/utils/db.server'
import { tanggalDiZona } from '~/utils/format'
import { ambilNomorBerikut, pastikanPenghitung } from '~/utils/nomor-urut.server'
import { AKHIR } from '~/workflow/definisi/jenis'
import { KonflikError, TidakBerhakError, TidakDitemukanError, TransisiTidakSahError } from '~/workflow/galat'
import { ambilTugas, amatiAlur, amatiPembatalan, batalkanAlur, jalankanAksi, mulaiAlur, perbaruiKonteks, siapkanKalender, type Pelaku, type PeristiwaAlur } from '~/workflow/mesin.server'
import { hakAtasTugas } from '~/workflow/pelaksana.server'
import { daftarkanPenjagaAksi, type PenjagaAksi } from '~/workflow/subjek.server'
import { listBerkasById, type BerkasRow } from './berkas.server'
import { getRetensiBerlakuBanyak } from './klasifikasi.server'
import { LABEL_PENYETUJU } from './label'
import type { BeritaAcaraInput, JenisJatuhTempo, UsulanInput } from './penyusutan.schema'
import { AMBANG_RETENSI_ANRI, penyetujuMusnah } from './retensi'

/**
 * Penyusutan arsip: the lists of berkas whose retention has run out, and the usulan that carry
 * them through P1.2.2.1 (pemindahan) or P1.2.2.2 (pemusnahan). Creating an usulan marks its berkas (usul-pindah,
 * usul-musnah) and starts the workflow in one transaction; this module's observer follows the
 * workflow — carried out: pindah → inaktif, musnah → musnah with the berita acara; rejected or
 * cancelled: back to where they were.
 */
export const SUBJEK_USULAN = 'usul-penyusutan'
const DEFINISI: Record<JenisPenyusutan, string> = { pindah: 'P1.2.2.1', musnah: 'P1.2.2.2' }
const STATUS_USUL: Record<JenisPenyusutan, BerkasArsip['status']> = { pindah: 'usul-pindah', musnah: 'usul-musnah' }
const STATUS_SEBELUM: Record<JenisPenyusutan, BerkasArsip['status']> = { pindah: 'aktif', musnah: 'inaktif' }
const STATUS_SESUDAH: Record<JenisPenyusutan, BerkasArsip['status']> = { pindah: 'inaktif', musnah: 'musnah' }
const USULAN_TERBUKA: StatusUsulPenyusutan[] = ['draf', 'diajukan', 'disetujui']
const LANGKAH_USUL = 'usul'
const LANGKAH_PELAKSANAAN = 'pelaksanaan'
const AKSI_SELESAI = 'selesaikan'

/** Today in the office's zone: retention runs out at the end of a day there. */
export async function hariIniKantor(now = new Date()) {
	return tanggalDiZona(now, await getZonaWaktuKantor())
}

function whereJatuhTempo(jenis: JenisJatuhTempo, hariIni: string): WhereOptions<BerkasArsip> {
	switch (jenis) {
		case 'pindah':
			return { status: 'aktif', aktifSampai: { [Op.lt]: hariIni } }
		case 'musnah':
			return { status: 'inaktif', inaktifSampai: { [Op.lt]: hariIni }, nasibAkhir: 'musnah', vital: false }
		case 'serah':
			return { status: 'inaktif', inaktifSampai: { [Op.lt]: hariIni }, nasibAkhir: 'permanen' }
		case 'nilai-kembali':
			return { status: 'inaktif', inaktifSampai: { [Op.lt]: hariIni }, nasibAkhir: 'dinilai-kembali' }
	}
}

export type BerkasJatuhTempo = BerkasRow & { retensiTahun: number | null; penyetuju: string | null }

/**
 * One page of a due list: berkas whose active period ended (pindah) or whose inactive period ended
 * with the given nasib akhir, oldest due first, with each one's total retention and, for musnah,
 * who must approve it.
 */
export async function listJatuhTempo(params: { jenis: JenisJatuhTempo; hariIni: string; offset: number; limit: number }) {
	const where = whereJatuhTempo(params.jenis, params.hariIni)
	const [total, idRows] = await Promise.all([
		BerkasArsip.count({ where }),
		BerkasArsip.findAll({
			where,
			attributes: ['id'],
			order: [[params.jenis === 'pindah' ? 'aktifSampai' : 'inaktifSampai', 'ASC'], ['id', 'ASC']],
			offset: params.offset,
			limit: params.limit,
			raw: true,
		}),
	])
	const urutan = idRows.map((r) => r.id)
	const berkas = await listBerkasById(urutan)
	const retensi = await getRetensiBerlakuBanyak(berkas.map((b) => b.klasifikasiKode))
	const perId = new Map(berkas.map((b) => [b.id, b]))
	const rows = urutan
		.map((id) => perId.get(id))
		.filter((b): b is BerkasRow => Boolean(b))
		.map((b): BerkasJatuhTempo => {
			const r = retensi.get(b.klasifikasiKode)
			const tahun = r ? r.aktif + r.inaktif : null
			return { ...b, retensiTahun: tahun, penyetuju: params.jenis === 'musnah' && tahun !== null ? LABEL_PENYETUJU[penyetujuMusnah(tahun)]! : null }
		})
	return { rows, total }
}

/** How many berkas each due list holds, for the tabs. */
export async function hitungJatuhTempo(hariIni: string) {
	const jenis: JenisJatuhTempo[] = ['pindah', 'musnah', 'serah', 'nilai-kembali']
	const jumlah = await Promise.all(jenis.map((j) => BerkasArsip.count({ where: whereJatuhTempo(j, hariIni) })))
	return Object.fromEntries(jenis.map((j, i) => [j, jumlah[i]!])) as Record<JenisJatuhTempo, number>
}

export type HasilUsulan = { ok: true; id: number; nomor: string } | { ok: false; errors: Record<string, string[]> }
const tolak = (pesan: string): HasilUsulan => ({ ok: false, errors: { berkasIds: [pesan] } })

/**
 * A new usulan of the ticked due berkas. Every berkas must still be due and free (not in another
 * open usulan, not on loan); an usulan musnah must not mix berkas the Kepala Daerah approves
 * (retention under 10 years) with berkas the Kepala ANRI approves (10 years or more). The berkas
 * are marked, the usulan numbered (`UP/` or `UM/{tahun}/{NNNN}`) and its workflow started in one
 * transaction.
 */
export async function buatUsulan(params: UsulanInput & { pelaku: Pelaku; now?: Date }): Promise<HasilUsulan> {
	const now = params.now ?? new Date()
	const hariIni = await hariIniKantor(now)
	const tahun = hariIni.slice(0, 4)
	const kunci = `usul-${params.jenis}:${tahun}`
	await pastikanPenghitung(kunci)
	const kalender = await siapkanKalender()
	const ids = [...new Set(params.berkasIds)].sort((a, b) => a - b)
	return getDb().transaction(async (t): Promise<HasilUsulan> => {
		const berkas = await BerkasArsip.findAll({ where: { id: { [Op.in]: ids } }, order: [['id', 'ASC']], transaction: t, lock: t.LOCK.UPDATE })
		if (berkas.length !== ids.length) return tolak('Sebagian berkas yang dipilih tidak ditemukan. Muat ulang daftar.')
		const syarat = whereJatuhTempo(params.jenis, hariIni) as Record<string, unknown>
		for (const b of berkas) {
			if (b.status === 'usul-pindah' || b.status === 'usul-musnah') return tolak(`Berkas ${b.nomorBerkas} sudah berada dalam usulan lain yang belum selesai.`)
			if (b.status !== syarat.status) return tolak(`Berkas ${b.nomorBerkas} berstatus ${b.status}; usul ${params.jenis} hanya untuk berkas berstatus ${String(syarat.status)}.`)
			const sampai = params.jenis === 'pindah' ? b.aktifSampai : b.inaktifSampai
			if (!sampai || sampai >= hariIni) return tolak(`Masa retensi berkas ${b.nomorBerkas} belum berakhir.`)
			if (params.jenis === 'musnah' && b.nasibAkhir !== 'musnah') return tolak(`Nasib akhir berkas ${b.nomorBerkas} bukan musnah.`)
			if (params.jenis === 'musnah' && b.vital) return tolak(`Berkas ${b.nomorBerkas} adalah arsip vital dan tidak diusulkan musnah.`)
		}
		const terbuka = await UsulPenyusutanItem.findOne({
			where: { berkasArsipId: { [Op.in]: ids }, usulPenyusutanId: { [Op.in]: literal(`(SELECT id FROM usul_penyusutan WHERE status IN ('draf', 'diajukan', 'disetujui'))`) } },
			transaction: t,
		})
		if (terbuka) return tolak('Sebagian berkas sudah berada dalam usulan lain yang belum selesai.')
		const dipinjam = await PeminjamanArsip.findOne({ where: { berkasArsipId: { [Op.in]: ids }, status: 'dipinjam' }, attributes: ['nomor', 'berkasArsipId'], transaction: t })
		if (dipinjam) return tolak(`Berkas ${berkas.find((b) => b.id === dipinjam.berkasArsipId)?.nomorBerkas ?? ''} sedang dipinjam (${dipinjam.nomor}); tunggu sampai dikembalikan.`)

		const retensi = await getRetensiBerlakuBanyak(
			berkas.map((b) => b.klasifikasiKode),
			t,
		)
		const tahunRetensi = berkas.map((b) => {
			const r = retensi.get(b.klasifikasiKode)
			return r ? r.aktif + r.inaktif : null
		})
		if (tahunRetensi.some((x) => x === null)) return tolak('Sebagian berkas tidak memiliki retensi pada kode klasifikasinya.')
		const retensiTerlamaTahun = Math.max(...(tahunRetensi as number[]))
		let penyetuju: UsulPenyusutan['penyetuju'] = 'sekretaris'
		if (params.jenis === 'musnah') {
			const penyetujuBerkas = new Set((tahunRetensi as number[]).map(penyetujuMusnah))
			if (penyetujuBerkas.size > 1) {
				return tolak(
					`Usulan musnah tidak boleh mencampur arsip bermasa retensi di bawah ${AMBANG_RETENSI_ANRI} tahun (persetujuan Kepala Daerah) dengan arsip bermasa retensi ${AMBANG_RETENSI_ANRI} tahun atau lebih (persetujuan Kepala ANRI). Buat dua usulan terpisah.`,
				)
			}
			penyetuju = penyetujuMusnah(retensiTerlamaTahun)
		}

		const nomor = `${params.jenis === 'pindah' ? 'UP' : 'UM'}/${tahun}/${String(await ambilNomorBerikut(kunci, t)).padStart(4, '0')}`
		const usul = await UsulPenyusutan.create(
			{ nomor, jenis: params.jenis, penyetuju, status: 'draf', catatan: params.catatan, nomorBeritaAcara: null, tanggalBeritaAcara: null, dibuatOlehId: params.pelaku.id, instansId: null },
			{ transaction: t },
		)
		await UsulPenyusutanItem.bulkCreate(
			ids.map((id) => ({ usulPenyusutanId: usul.id, berkasArsipId: id })),
			{ transaction: t },
		)
		for (const b of berkas) await b.update({ status: STATUS_USUL[params.jenis] }, { transaction: t })
		const instans = await mulaiAlur(
			{
				definisiKode: DEFINISI[params.jenis],
				subjekJenis: SUBJEK_USULAN,
				subjekId: String(usul.id),
				judul: `${params.jenis === 'pindah' ? 'Usul pindah arsip' : 'Usul musnah arsip'} ${nomor} (${ids.length} berkas)`,
				pemrakarsa: params.pelaku,
				unitId: null,
				konteks: { retensiTerlamaTahun, jumlahBerkas: ids.length },
				kalender,
			},
			t,
		)
		await usul.update({ instansId: instans.id }, { transaction: t })
		return { ok: true, id: usul.id, nomor }
	})
}

/** Puts an usulan's berkas back where they were before it (rejected or cancelled). */
async function kembalikanBerkas(usul: UsulPenyusutan, t: Transaction) {
	const items = await UsulPenyusutanItem.findAll({ where: { usulPenyusutanId: usul.id }, attributes: ['berkasArsipId'], transaction: t })
	const berkas = await BerkasArsip.findAll({ where: { id: { [Op.in]: items.map((i) => i.berkasArsipId) }, status: STATUS_USUL[usul.jenis] }, transaction: t })
	for (const b of berkas) await b.update({ status: STATUS_SEBELUM[usul.jenis] }, { transaction: t })
}

/** The berita acara handed to the observer inside the final move. */
const tertunda = new AsyncLocalStorage<{ usulId: number; input: BeritaAcaraInput }>()

/** The observer of P1.2.2.1 (pemindahan) and P1.2.2.2 (pemusnahan): the usulan and its berkas follow the workflow. */
async function saatUsulanBergerak({ instans, dari, ke, transaction: t }: PeristiwaAlur) {
	if (!/^\d+$/.test(instans.subjekId)) return
	const usul = await UsulPenyusutan.findByPk(Number(instans.subjekId), { transaction: t, lock: t.LOCK.UPDATE })
	if (!usul) return
	if (ke === AKHIR.selesai) {
		const data = tertunda.getStore()
		const ba = data?.usulId === usul.id ? data.input : null
		if (!ba && !(usul.nomorBeritaAcara && usul.tanggalBeritaAcara)) throw new TransisiTidakSahError('Catat nomor dan tanggal berita acara terlebih dahulu.')
		await usul.update({ status: 'dilaksanakan', ...(ba ?? {}) }, { transaction: t })
		const items = await UsulPenyusutanItem.findAll({ where: { usulPenyusutanId: usul.id }, attributes: ['berkasArsipId'], transaction: t })
		const berkas = await BerkasArsip.findAll({ where: { id: { [Op.in]: items.map((i) => i.berkasArsipId) }, status: STATUS_USUL[usul.jenis] }, transaction: t })
		for (const b of berkas) await b.update({ status: STATUS_SESUDAH[usul.jenis] }, { transaction: t })
		return
	}
	// rejected, or cancelled anywhere (the usulan page or `/alur/:id`): the berkas go back
	if (ke === AKHIR.ditolak || ke === 'dibatalkan') {
		await usul.update({ status: 'ditolak' }, { transaction: t })
		await kembalikanBerkas(usul, t)
		return
	}
	const status: StatusUsulPenyusutan = ke === LANGKAH_USUL ? 'draf' : ke === LANGKAH_PELAKSANAAN ? 'disetujui' : dari === LANGKAH_USUL ? 'diajukan' : usul.status
	if (status !== usul.status) await usul.update({ status }, { transaction: t })
}

/** Carrying out a disposal is the berita acara form on the usulan page, never a plain button. */
const penjagaPelaksanaan: PenjagaAksi = (p) =>
	p.subjekJenis === SUBJEK_USULAN && p.langkahKode === LANGKAH_PELAKSANAAN && p.aksiKode === AKSI_SELESAI
		? 'Catat nomor dan tanggal berita acara melalui formulir di halaman usulan penyusutan.'
		: null

/** Registered wherever this module is loaded; the server also calls it at start (see `alur.server.ts`). */
export function daftarkanPenyusutan() {
	amatiAlur(SUBJEK_USULAN, saatUsulanBergerak)
	amatiPembatalan(SUBJEK_USULAN, saatUsulanBergerak)
	daftarkanPenjagaAksi(penjagaPelaksanaan)
}
daftarkanPenyusutan()

async function usulDanInstans(usulId: number) {
	const usul = await UsulPenyusutan.findByPk(usulId, { attributes: ['id', 'instansId', 'status', 'jenis'] })
	if (!usul?.instansId) throw new TidakDitemukanError('Usulan tidak ditemukan.')
	const instans = await InstansAlur.findByPk(usul.instansId, { attributes: ['id', 'status', 'langkahAktif'] })
	if (!instans) throw new TidakDitemukanError('Alur usulan tidak ditemukan.')
	return { usul, instans }
}

/**
 * Records the berita acara and completes the "pelaksanaan" step in one transaction (the observer
 * writes it in the step's move). The task is claimed for `pelaku` when it is still open.
 */
export async function selesaikanPenyusutan(params: { usulId: number; input: BeritaAcaraInput; pelaku: Pelaku }) {
	const { instans } = await usulDanInstans(params.usulId)
	if (instans.status !== 'berjalan' || instans.langkahAktif !== LANGKAH_PELAKSANAAN) throw new KonflikError('Usulan ini tidak sedang menunggu pelaksanaan.')
	const tugas = await TugasAlur.findOne({ where: { instansId: instans.id, langkahKode: LANGKAH_PELAKSANAAN, status: ['terbuka', 'diambil'] }, order: [['id', 'ASC']] })
	if (!tugas) throw new KonflikError('Tugas pelaksanaan tidak ditemukan. Muat ulang halaman.')
	let tugasId = tugas.id
	if (tugas.status === 'terbuka') {
		if (!hakAtasTugas(params.pelaku, tugas).boleh) throw new TidakBerhakError('Pelaksanaan penyusutan ini bukan tugas Anda.')
		tugasId = await ambilTugas({ tugasId: tugas.id, pelaku: params.pelaku })
	} else if (tugas.diambilOlehId !== params.pelaku.id) {
		throw new TidakBerhakError('Tugas pelaksanaan ini sedang dikerjakan orang lain.')
	}
	return tertunda.run({ usulId: params.usulId, input: params.input }, () => jalankanAksi({ tugasId, aksiKode: AKSI_SELESAI, pelaku: params.pelaku }))
}

/**
 * Takes a berkas out of an usulan while it is still being composed (step "usul", e.g. after the
 * sekretaris returned it); the berkas goes back to its list. An usulan keeps at least one berkas.
 */
export async function keluarkanDariUsulan(params: { usulId: number; berkasId: number }): Promise<{ ok: true } | { ok: false; pesan: string }> {
	const { usul: awal } = await usulDanInstans(params.usulId)
	return getDb().transaction(async (t) => {
		const usul = await UsulPenyusutan.findByPk(awal.id, { transaction: t, lock: t.LOCK.UPDATE })
		const instans = await InstansAlur.findByPk(awal.instansId!, { attributes: ['id', 'status', 'langkahAktif'], transaction: t })
		if (!usul || usul.status !== 'draf' || instans?.status !== 'berjalan' || instans.langkahAktif !== LANGKAH_USUL) {
			return { ok: false as const, pesan: 'Isi usulan hanya dapat diubah selama usulan masih disusun.' }
		}
		const items = await UsulPenyusutanItem.findAll({ where: { usulPenyusutanId: usul.id }, transaction: t })
		const item = items.find((i) => i.berkasArsipId === params.berkasId)
		if (!item) return { ok: false as const, pesan: 'Berkas ini tidak ada dalam usulan.' }
		if (items.length === 1) return { ok: false as const, pesan: 'Usulan harus berisi paling sedikit satu berkas; batalkan usulan bila tidak diperlukan.' }
		await item.destroy({ transaction: t })
		const berkas = await BerkasArsip.findByPk(params.berkasId, { transaction: t, lock: t.LOCK.UPDATE })
		if (berkas?.status === STATUS_USUL[usul.jenis]) await berkas.update({ status: STATUS_SEBELUM[usul.jenis] }, { transaction: t })
		// the approver follows the longest retention still listed
		const sisa = await BerkasArsip.findAll({ where: { id: { [Op.in]: items.filter((i) => i !== item).map((i) => i.berkasArsipId) } }, attributes: ['klasifikasiKode'], transaction: t })
		const retensi = await getRetensiBerlakuBanyak(
			sisa.map((b) => b.klasifikasiKode),
			t,
		)
		const terlama = Math.max(...sisa.map((b) => ((r) => (r ? r.aktif + r.inaktif : 0))(retensi.get(b.klasifikasiKode))))
		await perbaruiKonteks(instans.id, { retensiTerlamaTahun: terlama, jumlahBerkas: sisa.length }, t)
		if (usul.jenis === 'musnah') await usul.update({ penyetuju: penyetujuMusnah(terlama) }, { transaction: t })
		return { ok: true as const }
	})
}

/** Cancels an usulan and its workflow; its berkas go back to their lists. */
export async function batalkanUsulan(params: { usulId: number; alasan: string; pelaku: Pelaku }) {
	const { usul: awal } = await usulDanInstans(params.usulId)
	await getDb().transaction(async (t) => {
		const usul = await UsulPenyusutan.findByPk(awal.id, { transaction: t, lock: t.LOCK.UPDATE })
		if (!usul || !USULAN_TERBUKA.includes(usul.status)) throw new KonflikError('Usulan ini sudah selesai.')
		// the cancellation observer marks the usulan and puts its berkas back
		await batalkanAlur({ instansId: usul.instansId!, pelaku: params.pelaku, alasan: params.alasan, bolehSemua: true }, t)
	})
}

export type UsulanRow = {
	id: number
	nomor: string
	jenis: JenisPenyusutan
	penyetuju: string
	status: StatusUsulPenyusutan
	jumlahBerkas: number
	nomorBeritaAcara: string | null
	tanggalBeritaAcara: string | null
	createdAt: string
	instansId: number | null
}

/** One page of usulan, newest first. */
export async function listUsulan(params: { jenis?: JenisPenyusutan; status?: StatusUsulPenyusutan; offset: number; limit: number }) {
	const where: WhereOptions<UsulPenyusutan> = { ...(params.jenis ? { jenis: params.jenis } : {}), ...(params.status ? { status: params.status } : {}) }
	const { rows, count } = await UsulPenyusutan.findAndCountAll({ where, order: [['id', 'DESC']], offset: params.offset, limit: params.limit })
	const jumlah = rows.length
		? ((await UsulPenyusutanItem.findAll({
				where: { usulPenyusutanId: { [Op.in]: rows.map((r) => r.id) } },
				attributes: ['usulPenyusutanId', [literal('COUNT(*)'), 'jumlah']],
				group: ['usulPenyusutanId'],
				raw: true,
			})) as unknown as { usulPenyusutanId: number; jumlah: number | string }[])
		: []
	const perUsul = new Map(jumlah.map((j) => [j.usulPenyusutanId, Number(j.jumlah)]))
	return {
		total: count,
		rows: rows.map(
			(r): UsulanRow => ({
				id: r.id,
				nomor: r.nomor,
				jenis: r.jenis,
				penyetuju: r.penyetuju,
				status: r.status,
				jumlahBerkas: perUsul.get(r.id) ?? 0,
				nomorBeritaAcara: r.nomorBeritaAcara,
				tanggalBeritaAcara: r.tanggalBeritaAcara,
				createdAt: r.createdAt.toISOString(),
				instansId: r.instansId,
			}),
		),
	}
}

async function namaPengguna(id: number) {
	const p = await Pengguna.findByPk(id, { attributes: ['id', 'username'], include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama', 'nip'] }] })
	return { nama: p?.pegawai?.nama ?? p?.username ?? '—', nip: p?.pegawai?.nip ?? null }
}

/** An usulan with its berkas (in list order) and each one's retention. */
export async function getUsulan(id: number) {
	const usul = await UsulPenyusutan.findByPk(id)
	if (!usul) return null
	const items = await UsulPenyusutanItem.findAll({ where: { usulPenyusutanId: id }, attributes: ['berkasArsipId'] })
	const berkas = await listBerkasById(items.map((i) => i.berkasArsipId))
	const retensi = await getRetensiBerlakuBanyak(berkas.map((b) => b.klasifikasiKode))
	return {
		id: usul.id,
		nomor: usul.nomor,
		jenis: usul.jenis,
		penyetuju: usul.penyetuju,
		status: usul.status,
		catatan: usul.catatan,
		nomorBeritaAcara: usul.nomorBeritaAcara,
		tanggalBeritaAcara: usul.tanggalBeritaAcara,
		instansId: usul.instansId,
		createdAt: usul.createdAt.toISOString(),
		pembuat: (await namaPengguna(usul.dibuatOlehId)).nama,
		berkas: berkas.map((b) => {
			const r = retensi.get(b.klasifikasiKode)
			return { ...b, retensiTahun: r ? r.aktif + r.inaktif : null }
		}),
	}
}
export type Usulan = NonNullable<Awaited<ReturnType<typeof getUsulan>>>

/** The holder of a jabatan (by code) for a signature block, or null. */
export async function pejabat(kodeJabatan: string) {
	const p = await Pegawai.findOne({
		where: { aktif: true },
		attributes: ['nama', 'nip'],
		include: [{ model: Jabatan, as: 'jabatan', attributes: ['nama'], where: { kode: kodeJabatan } }],
	})
	return p ? { nama: p.nama, nip: p.nip, jabatan: p.jabatan?.nama ?? '' } : null
}

/** Everyone a berita acara names: the Kepala Dinas and the archive officer who composed the usulan. */
export async function getPenandatanganUsulan(usul: Pick<Usulan, 'id'>) {
	const row = await UsulPenyusutan.findByPk(usul.id, { attributes: ['dibuatOlehId'] })
	const [kadis, sekretaris, petugas] = await Promise.all([pejabat('KADIS'), pejabat('SEKRETARIS'), row ? namaPengguna(row.dibuatOlehId) : null])
	return { kadis, sekretaris, petugas }
}
