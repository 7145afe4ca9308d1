import { Op } from 'sequelize'
import { PublikasiAgregat } from '#models/index'
import type { PublikasiRingkas } from './agregat.schema'
import { semesterSebelumnya } from './kode'

/**
 * Which version of a semester's publication a reader gets. The public (pages, downloads, API
 * without `draft=1`) reads only what was published: the newest `terbit` version, or an older
 * version by number once it was published. Staff asking for the draft read the newest version
 * whatever its status, as long as it has figures.
 */
const TERBIT_PERNAH: PublikasiAgregat['status'][] = ['terbit', 'diganti']

function ringkas(p: PublikasiAgregat): PublikasiRingkas {
	return {
		id: p.id,
		semester: p.semester,
		versi: p.versi,
		tanggalAcuan: p.tanggalAcuan,
		status: p.status,
		imporId: p.imporId,
		alasanKoreksi: p.alasanKoreksi,
		diterbitkanAt: p.diterbitkanAt ? p.diterbitkanAt.toISOString() : null,
	}
}

export async function getPublikasiUntukBaca(semester: string, opsi: { draft?: boolean; versi?: number } = {}): Promise<PublikasiRingkas | null> {
	if (opsi.draft) {
		const p = await PublikasiAgregat.findOne({ where: { semester, imporId: { [Op.ne]: null } }, order: [['versi', 'DESC']] })
		return p ? ringkas(p) : null
	}
	if (opsi.versi !== undefined) {
		const p = await PublikasiAgregat.findOne({ where: { semester, versi: opsi.versi, status: { [Op.in]: TERBIT_PERNAH } } })
		return p ? ringkas(p) : null
	}
	const p = await PublikasiAgregat.findOne({ where: { semester, status: 'terbit' }, order: [['versi', 'DESC']] })
	return p ? ringkas(p) : null
}

/** Every published version, newest semester first, for the public page's choices and the downloads. */
export async function listPublikasiTerbit(): Promise<PublikasiRingkas[]> {
	const rows = await PublikasiAgregat.findAll({
		where: { status: { [Op.in]: TERBIT_PERNAH } },
		order: [
			['semester', 'DESC'],
			['versi', 'DESC'],
		],
	})
	return rows.map(ringkas)
}

/** Every version of every semester, newest first, for the staff's list. */
export async function listSemuaPublikasi(): Promise<PublikasiRingkas[]> {
	const rows = await PublikasiAgregat.findAll({
		order: [
			['semester', 'DESC'],
			['versi', 'DESC'],
		],
	})
	return rows.map(ringkas)
}

/**
 * The residents the office works with now: the import of the newest version of the newest
 * semester that has figures. Null before the first import.
 */
export async function imporPendudukTerkini(): Promise<{ imporId: number; semester: string } | null> {
	const p = await PublikasiAgregat.findOne({
		where: { imporId: { [Op.ne]: null } },
		order: [
			['semester', 'DESC'],
			['versi', 'DESC'],
		],
		attributes: ['imporId', 'semester'],
	})
	return p && p.imporId ? { imporId: p.imporId, semester: p.semester } : null
}

export async function getPublikasiById(id: number): Promise<PublikasiRingkas & { instansAlurId: number | null; terbaru: boolean } | null> {
	const p = await PublikasiAgregat.findByPk(id)
	if (!p) return null
	const terbaru = (await PublikasiAgregat.count({ where: { semester: p.semester, versi: { [Op.gt]: p.versi } } })) === 0
	return { ...ringkas(p), instansAlurId: p.instansAlurId, terbaru }
}

/**
 * What a version is checked against before approval: the semester before it as published (the
 * figures the public saw), or its newest draft when it was never published.
 */
export async function pembandingUntuk(semester: string) {
	const sebelumnya = semesterSebelumnya(semester)
	if (!sebelumnya) return null
	return (await getPublikasiUntukBaca(sebelumnya)) ?? (await getPublikasiUntukBaca(sebelumnya, { draft: true }))
}
