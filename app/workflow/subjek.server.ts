import crypto from 'node:crypto'
import { data } from '@remix-run/node'
import { Op } from 'sequelize'
import { InstansAlur, Jabatan, Pegawai, Pengguna, RiwayatAlur, TugasAlur } from '#models/index'
import { KATALOG_PERAN } from '~/modules/akses/katalog-izin'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import type { CurrentUser } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure } from '~/utils/forms'
import { hasPermission } from '~/utils/permissions.server'
import { getDefinisi } from './definisi'
import type { Definisi } from './definisi/jenis'
import { AlasanWajibError, AlurError, TidakDitemukanError, TransisiTidakSahError, alurErrorResponse } from './galat'
import { aksiTersedia, ambilTugas, batalkanAlur, jalankanAksi, lepasTugas, type Pelaku } from './mesin.server'
import { hakAtasTugas } from './pelaksana.server'
import { namaLangkah, type StatusInstans } from './tampilan'
import type { StatusWaktu } from './waktu-standar'

/**
 * A module may keep an action of its subjects off the shared action bar: the signature at a
 * request's TTE step must go through the signing panel, which signs the document first. A guard
 * returns the message that says where to act instead, or null to let the action through. Guarded
 * actions are neither offered on any action bar nor accepted from one.
 */
export type PenjagaAksi = (p: { subjekJenis: string; langkahKode: string; aksiKode: string }) => string | null
const penjagaAksi: PenjagaAksi[] = []
export function daftarkanPenjagaAksi(fn: PenjagaAksi) {
	if (!penjagaAksi.includes(fn)) penjagaAksi.push(fn)
}
function aksiDijaga(p: Parameters<PenjagaAksi>[0]) {
	for (const jaga of penjagaAksi) {
		const tolak = jaga(p)
		if (tolak) return tolak
	}
	return null
}

/**
 * The loader side of a workflow subject's page: everything the header, the action bar and the
 * history timeline need, in a few queries. `/alur/:id` uses it, and so can a module's own page
 * (a letter, a service request) that shows its instance below its own content.
 */
export type AksiBarItem = { kode: string; ke: string; label: string; wajibAlasan: boolean }

/** What the action bar offers this user now; `null` parts are not shown. */
export type ActionBarProps = {
	instansId: number
	versi: number
	/** a fresh idempotency key per page load: a double submit does the action once */
	kunci: string
	/** the task the user holds, with the actions available to them */
	dipegang: { tugasId: number; aksi: AksiBarItem[]; pihakEksternal: string | null } | null
	/** an open task the user may claim */
	dapatDiambil: { tugasId: number; pihakEksternal: string | null } | null
}

export type TimelineEntry = {
	id: number
	waktu: string
	aksi: string
	label: string
	dari: string | null
	ke: string | null
	nama: string | null
	jabatan: string | null
	atasNama: string | null
	alasan: string | null
	tungguDetik: number | null
	prosesDetik: number | null
}

export type TugasAktif = {
	id: number
	status: 'terbuka' | 'diambil'
	pelaksana: string
	diambilOleh: string | null
	tenggatAt: string | null
	statusWaktu: StatusWaktu
}

export type HalamanAlur = {
	instans: {
		id: number
		judul: string
		status: StatusInstans
		definisiKode: string
		definisiNama: string
		definisiVersi: number
		subjekJenis: string
		subjekId: string
		mulaiAt: string
		selesaiAt: string | null
		/** from start to the end, or to now while it runs */
		lamaDetik: number
		version: number
		pemrakarsa: string | null
	}
	langkahAktif: { kode: string; nama: string; kegiatan: string; pelaksana: string } | null
	tugasAktif: TugasAktif[]
	actionBar: ActionBarProps
	riwayat: TimelineEntry[]
	zonaWaktu: string
	/** the initiator, someone who held or acted on a task, or someone who may act now */
	terlibat: boolean
	bolehBatalkan: boolean
}

const namaPeran = new Map(KATALOG_PERAN.map((p) => [p.kode, p.nama]))

function statusWaktuTugas(t: { tenggatAt: Date | null; hampirAt: Date | null }, now: Date): StatusWaktu {
	if (t.tenggatAt && t.tenggatAt.getTime() < now.getTime()) return 'lewat'
	if (t.hampirAt && t.hampirAt.getTime() <= now.getTime()) return 'hampir'
	return 'dalam'
}

const wajibAlasan = (a: { kode: string; wajibAlasan?: boolean }) => Boolean(a.wajibAlasan) || a.kode === 'tolak' || a.kode === 'kembalikan'

type TugasRingkas = Pick<
	TugasAlur,
	'id' | 'langkahKode' | 'status' | 'targetJenis' | 'targetPeran' | 'targetJabatanId' | 'targetPenggunaId' | 'pihakEksternal' | 'diambilOlehId' | 'diselesaikanOlehId' | 'tenggatAt' | 'hampirAt' | 'tibaAt'
>

async function namaPenggunaDanJabatan(penggunaIds: number[], jabatanIds: number[]) {
	const [pengguna, jabatan] = await Promise.all([
		penggunaIds.length
			? Pengguna.findAll({
					where: { id: { [Op.in]: penggunaIds } },
					attributes: ['id', 'username'],
					include: [{ model: Pegawai, as: 'pegawai', attributes: ['nama'] }],
				})
			: [],
		jabatanIds.length ? Jabatan.findAll({ where: { id: { [Op.in]: jabatanIds } }, attributes: ['id', 'nama'], raw: true }) : [],
	])
	return {
		pengguna: new Map(pengguna.map((p) => [p.id, p.pegawai?.nama ?? p.username])),
		jabatan: new Map(jabatan.map((j) => [j.id, j.nama])),
	}
}

function labelPelaksana(t: TugasRingkas, nama: Awaited<ReturnType<typeof namaPenggunaDanJabatan>>) {
	let label: string
	switch (t.targetJenis) {
		case 'peran':
			label = namaPeran.get(t.targetPeran ?? '') ?? t.targetPeran ?? '—'
			break
		case 'jabatan':
			label = nama.jabatan.get(t.targetJabatanId ?? 0) ?? 'Jabatan tidak dikenal'
			break
		case 'pengguna':
			label = nama.pengguna.get(t.targetPenggunaId ?? 0) ?? 'Pengguna tidak dikenal'
			break
	}
	return t.pihakEksternal ? `${t.pihakEksternal} (dicatat oleh ${label})` : label
}

/** Everything `/alur/:id` and module pages show of an instance, or null when it does not exist. */
export async function getHalamanAlur(params: { instansId: number; user: Pick<CurrentUser, 'id' | 'authority'> }): Promise<HalamanAlur | null> {
	const { user } = params
	const instans = await InstansAlur.findByPk(params.instansId)
	if (!instans) return null
	const [tugas, riwayat, zonaWaktu] = await Promise.all([
		TugasAlur.findAll({
			where: { instansId: instans.id },
			attributes: [
				'id',
				'langkahKode',
				'status',
				'targetJenis',
				'targetPeran',
				'targetJabatanId',
				'targetPenggunaId',
				'pihakEksternal',
				'diambilOlehId',
				'diselesaikanOlehId',
				'tenggatAt',
				'hampirAt',
				'tibaAt',
			],
			order: [['id', 'ASC']],
		}),
		RiwayatAlur.findAll({ where: { instansId: instans.id }, order: [['waktu', 'ASC'], ['id', 'ASC']] }),
		getZonaWaktuKantor(),
	])
	const definisi: Definisi | null = getDefinisi(instans.definisiKode, instans.definisiVersi)
	const now = new Date()
	const aktif = tugas.filter((t) => t.status === 'terbuka' || t.status === 'diambil')

	const nama = await namaPenggunaDanJabatan(
		[...new Set(aktif.flatMap((t) => [t.diambilOlehId, t.targetPenggunaId]).concat(instans.pemrakarsaId).filter((id): id is number => typeof id === 'number'))],
		[...new Set(aktif.map((t) => t.targetJabatanId).filter((id): id is number => typeof id === 'number'))],
	)

	const dipegangTugas = aktif.find((t) => t.status === 'diambil' && t.diambilOlehId === user.id)
	// in a parallel step each person takes one of the round's tasks (the engine refuses a second)
	const ronde = new Set(aktif.map((t) => t.tibaAt.getTime()))
	const sudahAmbilRonde = tugas.some((t) => t.langkahKode === instans.langkahAktif && ronde.has(t.tibaAt.getTime()) && t.diambilOlehId === user.id)
	const dapatDiambilTugas = sudahAmbilRonde ? undefined : aktif.find((t) => t.status === 'terbuka' && hakAtasTugas(user, t).boleh)
	const langkah = definisi?.langkah.find((l) => l.kode === instans.langkahAktif) ?? null

	const terlibat =
		instans.pemrakarsaId === user.id ||
		tugas.some((t) => t.diambilOlehId === user.id || t.diselesaikanOlehId === user.id) ||
		riwayat.some((r) => r.penggunaId === user.id) ||
		Boolean(dapatDiambilTugas)

	const tugasAktif: TugasAktif[] = aktif.map((t) => ({
		id: t.id,
		status: t.status as 'terbuka' | 'diambil',
		pelaksana: labelPelaksana(t, nama),
		diambilOleh: t.diambilOlehId ? (nama.pengguna.get(t.diambilOlehId) ?? null) : null,
		tenggatAt: t.tenggatAt?.toISOString() ?? null,
		statusWaktu: statusWaktuTugas(t, now),
	}))

	const mulaiRiwayat = riwayat.find((r) => r.aksi === 'mulai')
	return {
		instans: {
			id: instans.id,
			judul: instans.judul,
			status: instans.status,
			definisiKode: instans.definisiKode,
			definisiNama: definisi?.nama ?? instans.definisiKode,
			definisiVersi: instans.definisiVersi,
			subjekJenis: instans.subjekJenis,
			subjekId: instans.subjekId,
			mulaiAt: instans.mulaiAt.toISOString(),
			selesaiAt: instans.selesaiAt?.toISOString() ?? null,
			lamaDetik: Math.max(0, Math.round(((instans.selesaiAt ?? now).getTime() - instans.mulaiAt.getTime()) / 1000)),
			version: instans.version,
			pemrakarsa: (instans.pemrakarsaId ? nama.pengguna.get(instans.pemrakarsaId) : null) ?? mulaiRiwayat?.namaPengguna ?? null,
		},
		langkahAktif:
			instans.status === 'berjalan' && instans.langkahAktif
				? {
						kode: instans.langkahAktif,
						nama: namaLangkah(instans.langkahAktif, definisi) ?? instans.langkahAktif,
						kegiatan: langkah?.kegiatan ?? '',
						pelaksana: [...new Set(tugasAktif.map((t) => t.pelaksana))].join(', ') || (langkah?.aktor.join(', ') ?? '—'),
					}
				: null,
		tugasAktif,
		actionBar: {
			instansId: instans.id,
			versi: instans.version,
			kunci: crypto.randomUUID(),
			dipegang:
				dipegangTugas && definisi && instans.status === 'berjalan'
					? {
							tugasId: dipegangTugas.id,
							pihakEksternal: dipegangTugas.pihakEksternal,
							aksi: aksiTersedia(definisi, dipegangTugas.langkahKode, instans.konteks)
								.filter((a) => !aksiDijaga({ subjekJenis: instans.subjekJenis, langkahKode: dipegangTugas.langkahKode, aksiKode: a.kode }))
								.map((a) => ({
								kode: a.kode,
								ke: a.ke,
								label: a.label,
								wajibAlasan: wajibAlasan(a),
							})),
						}
					: null,
			dapatDiambil: dapatDiambilTugas && instans.status === 'berjalan' ? { tugasId: dapatDiambilTugas.id, pihakEksternal: dapatDiambilTugas.pihakEksternal } : null,
		},
		riwayat: riwayat.map((r) => ({
			id: Number(r.id),
			waktu: r.waktu.toISOString(),
			aksi: r.aksi,
			label: r.label,
			dari: namaLangkah(r.langkahDari, definisi),
			ke: namaLangkah(r.langkahKe, definisi),
			nama: r.namaPengguna,
			jabatan: r.jabatan,
			atasNama: r.atasNama,
			alasan: r.alasan,
			tungguDetik: r.tungguDetik,
			prosesDetik: r.prosesDetik,
		})),
		zonaWaktu,
		terlibat,
		bolehBatalkan: instans.status === 'berjalan' && (instans.pemrakarsaId === user.id || hasPermission(user.authority, 'update:alur:any')),
	}
}

/**
 * Whether `user` may see an instance: involved in it, or holding `read:alur:any`. Null when the
 * instance does not exist. For module pages that show an instance without the whole page data.
 */
export async function bolehLihatAlur(params: { instansId: number; user: Pick<CurrentUser, 'id' | 'authority'> }): Promise<boolean | null> {
	const { user } = params
	const instans = await InstansAlur.findByPk(params.instansId, { attributes: ['id', 'pemrakarsaId'] })
	if (!instans) return null
	if (hasPermission(user.authority, 'read:alur:any') || instans.pemrakarsaId === user.id) return true
	const [tugas, riwayat] = await Promise.all([
		TugasAlur.findAll({
			where: { instansId: instans.id },
			attributes: ['id', 'status', 'targetJenis', 'targetPeran', 'targetJabatanId', 'targetPenggunaId', 'diambilOlehId', 'diselesaikanOlehId'],
			raw: true,
		}),
		RiwayatAlur.count({ where: { instansId: instans.id, penggunaId: user.id } }),
	])
	return (
		riwayat > 0 ||
		tugas.some((t) => t.diambilOlehId === user.id || t.diselesaikanOlehId === user.id || (t.status === 'terbuka' && hakAtasTugas(user, t).boleh))
	)
}

/** A task posted from an instance's page must belong to that instance. */
export async function pastikanTugasInstans(tugasId: number, instansId: number) {
	const tugas = await TugasAlur.findOne({ where: { id: tugasId, instansId }, attributes: ['id'] })
	if (!tugas) throw new TidakDitemukanError('Tugas tidak ditemukan pada alur ini.')
}

const angka = (value: FormDataEntryValue | null) => {
	const n = Number(value)
	return Number.isSafeInteger(n) && n > 0 ? n : null
}

/**
 * The intents of the action bar and the cancel form, for any route that shows them: `ambil`,
 * `lepas`, `aksi` (tugasId, aksiKode, ke, alasan, kunci, versi) and `batalkan` (alasan). Success
 * redirects to `kembaliKe` with a message; a missing reason comes back as a field error (400 with
 * the typed values); any other refusal of the engine is thrown as its 403/404/409 response.
 * Returns null for an intent that is not one of these, so a module's route can handle its own.
 */
export async function tanganiIntentAlur(params: { formData: FormData; instansId: number; user: Pelaku; kembaliKe: string }) {
	const { formData, instansId, user, kembaliKe } = params
	const intent = formData.get('intent')
	if (intent !== 'ambil' && intent !== 'lepas' && intent !== 'aksi' && intent !== 'batalkan') return null
	try {
		if (intent === 'batalkan') {
			await batalkanAlur({
				instansId,
				pelaku: user,
				alasan: String(formData.get('alasan') ?? ''),
				bolehSemua: hasPermission(user.authority, 'update:alur:any'),
			})
			return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: 'Alur dibatalkan.' })
		}
		const tugasId = angka(formData.get('tugasId'))
		if (!tugasId) throw new AlurError('Permintaan tidak lengkap: tugas tidak disebutkan.', 400)
		await pastikanTugasInstans(tugasId, instansId)
		if (intent === 'ambil') {
			await ambilTugas({ tugasId, pelaku: user })
			return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: 'Tugas diambil. Silakan kerjakan.' })
		}
		if (intent === 'lepas') {
			await lepasTugas({ tugasId, pelaku: user })
			return redirectWithFlash(kembaliKe, { jenis: 'info', pesan: 'Tugas dilepas dan kembali terbuka.' })
		}
		const aksiKode = String(formData.get('aksiKode') ?? '').trim()
		if (!aksiKode) throw new AlurError('Permintaan tidak lengkap: tindakan tidak disebutkan.', 400)
		const instans = await InstansAlur.findByPk(instansId, { attributes: ['id', 'subjekJenis', 'langkahAktif'] })
		const tolak = instans?.langkahAktif ? aksiDijaga({ subjekJenis: instans.subjekJenis, langkahKode: instans.langkahAktif, aksiKode }) : null
		if (tolak) throw new TransisiTidakSahError(tolak)
		const versi = formData.get('versi')
		const hasil = await jalankanAksi({
			tugasId,
			aksiKode,
			ke: String(formData.get('ke') ?? '').trim() || undefined,
			alasan: String(formData.get('alasan') ?? ''),
			kunci: String(formData.get('kunci') ?? ''),
			pelaku: user,
			versiInstans: versi !== null && versi !== '' && Number.isSafeInteger(Number(versi)) ? Number(versi) : undefined,
		})
		const pesan = hasil.menungguKuorum
			? `Persetujuan dicatat (${hasil.menungguKuorum.setuju} dari ${hasil.menungguKuorum.kuorum}).`
			: hasil.ulang
				? 'Tindakan ini sudah tercatat sebelumnya.'
				: 'Tindakan dicatat.'
		return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan })
	} catch (error) {
		if (error instanceof AlasanWajibError) return data(formFailure(formData, { alasan: [error.message] }), { status: 400 })
		throw alurErrorResponse(error)
	}
}
