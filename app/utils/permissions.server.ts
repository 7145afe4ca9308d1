import { Op } from 'sequelize'
import {
	Izin,
	Jabatan,
	JabatanPeran,
	Pegawai,
	PenggunaPeran,
	PenugasanPlt,
	Peran,
	PeranIzin,
} from '#models/index'
import { parseKodeIzin, type Akses, type Izin as KodeIzin } from '~/modules/akses/katalog-izin'

/** How a user holds a permission: their own roles, their jabatan's, or a Plt/Plh assignment. */
export type Grant = {
	akses: Akses
	via: 'langsung' | 'jabatan' | 'plt'
	/** For `plt`: whom the user acts for, to be written next to their own name. */
	atasNama?: string
}

export type Authority = {
	peran: string[]
	/** the jabatan this user may act for today: their own, and those held as Plt/Plh */
	jabatan: { id: number; atasNama?: string }[]
	/** roles held only through a Plt/Plh assignment, with whom the user then acts for */
	peranAtasNama: Record<string, string>
	/** Keyed by `aksi:entitas`; the widest access wins, a non-Plt grant wins a tie. */
	izin: Record<string, Grant>
}

const RANK: Record<Akses, number> = { own: 0, unit: 1, any: 2 }

/**
 * Everything a user may do today. Roles come from the account, from the pegawai's jabatan and
 * from jabatan the user acts for as Plt/Plh on `tanggal` (office date).
 */
export async function loadAuthority(penggunaId: number, tanggal: string): Promise<Authority> {
	const [direct, pegawai, plt] = await Promise.all([
		PenggunaPeran.findAll({ where: { penggunaId }, attributes: ['peranId'], raw: true }),
		Pegawai.findOne({
			include: [{ association: 'pengguna', where: { id: penggunaId }, attributes: [] }],
			attributes: ['jabatanId'],
			raw: true,
		}),
		PenugasanPlt.findAll({
			where: { penggunaId, mulai: { [Op.lte]: tanggal }, selesai: { [Op.gte]: tanggal } },
			include: [
				{
					model: Jabatan,
					as: 'jabatan',
					attributes: ['id', 'nama'],
					include: [{ model: Pegawai, as: 'pemangku', attributes: ['nama'], required: false }],
				},
			],
		}),
	])
	const jabatanIds = [pegawai?.jabatanId, ...plt.map((p) => p.jabatanId)].filter(
		(id): id is number => typeof id === 'number',
	)
	const jabatanRoles = jabatanIds.length
		? await JabatanPeran.findAll({ where: { jabatanId: jabatanIds }, raw: true })
		: []

	// source of each role id: the strongest claim first
	const roleSource = new Map<number, Grant['via'] | { plt: string }>()
	for (const r of direct) roleSource.set(r.peranId, 'langsung')
	for (const r of jabatanRoles) {
		if (r.jabatanId === pegawai?.jabatanId && !roleSource.has(r.peranId)) roleSource.set(r.peranId, 'jabatan')
	}
	for (const penugasan of plt) {
		const pemangku = penugasan.jabatan?.pemangku?.[0]?.nama
		const atasNama = `${penugasan.jenis}. ${penugasan.jabatan?.nama ?? ''}${pemangku ? ` (definitif: ${pemangku})` : ''}`
		for (const r of jabatanRoles) {
			if (r.jabatanId === penugasan.jabatanId && !roleSource.has(r.peranId)) {
				roleSource.set(r.peranId, { plt: atasNama })
			}
		}
	}
	const jabatan: Authority['jabatan'] = [
		...(pegawai?.jabatanId ? [{ id: pegawai.jabatanId }] : []),
		...plt.map((p) => ({
			id: p.jabatanId,
			atasNama: `${p.jenis}. ${p.jabatan?.nama ?? ''}${p.jabatan?.pemangku?.[0]?.nama ? ` (definitif: ${p.jabatan.pemangku[0].nama})` : ''}`,
		})),
	]
	if (roleSource.size === 0) return { peran: [], jabatan, peranAtasNama: {}, izin: {} }

	const roleIds = [...roleSource.keys()]
	const [roles, links] = await Promise.all([
		Peran.findAll({ where: { id: roleIds }, attributes: ['id', 'kode'], raw: true }),
		PeranIzin.findAll({
			where: { peranId: roleIds },
			include: [{ model: Izin, as: 'izinRow', attributes: ['aksi', 'entitas', 'akses'] }],
		}),
	])

	const izin: Record<string, Grant> = {}
	for (const link of links) {
		const row = link.izinRow
		if (!row) continue
		const source = roleSource.get(link.peranId)!
		const grant: Grant =
			typeof source === 'string'
				? { akses: row.akses, via: source }
				: { akses: row.akses, via: 'plt', atasNama: source.plt }
		const key = `${row.aksi}:${row.entitas}`
		const current = izin[key]
		if (
			!current ||
			RANK[grant.akses] > RANK[current.akses] ||
			(RANK[grant.akses] === RANK[current.akses] && current.via === 'plt' && grant.via !== 'plt')
		) {
			izin[key] = grant
		}
	}
	const peranAtasNama: Record<string, string> = {}
	for (const role of roles) {
		const source = roleSource.get(role.id)
		if (source && typeof source !== 'string') peranAtasNama[role.kode] = source.plt
	}
	return { peran: roles.map((r) => r.kode).sort(), jabatan, peranAtasNama, izin }
}

/** The grant that satisfies `kode`, or null. Asking for `own` is satisfied by `unit` or `any`. */
export function findGrant(authority: Authority, kode: KodeIzin | string): Grant | null {
	const parsed = parseKodeIzin(kode)
	if (!parsed) throw new Error(`Kode izin tidak sah: ${kode}`)
	const grant = authority.izin[`${parsed.aksi}:${parsed.entitas}`]
	if (!grant || RANK[grant.akses] < RANK[parsed.akses]) return null
	return grant
}

export function hasPermission(authority: Authority, kode: KodeIzin | string) {
	return findGrant(authority, kode) !== null
}
