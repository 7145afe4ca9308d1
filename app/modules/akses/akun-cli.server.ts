import { Jabatan, Pegawai, Pengguna, PenggunaPeran, Peran, UnitKerja } from '#models/index'
import { transaction } from '~/utils/db.server'
import { SANDI_DEMO, checkSandiPolicy, hashSandi } from '~/utils/password.server'

export type AkunCliInput = {
	username: string
	nama: string
	nip: string
	unitKode: string
	jabatanKode?: string
	peran: string[]
	password: string
}

/**
 * Creates a pegawai and their account in one go, for `npm run user:create` on a real install
 * (the first administrator, before anyone can use the admin pages). Returns the problems found,
 * or the new account's id.
 */
export async function createAkunDariCli(input: AkunCliInput): Promise<{ ok: true; id: number } | { ok: false; masalah: string[] }> {
	const masalah: string[] = []
	const username = input.username.trim().toLowerCase()
	if (!/^[a-z0-9._-]{3,60}$/.test(username)) masalah.push('Username 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.')
	if (!/^\d{18}$/.test(input.nip)) masalah.push('NIP harus 18 digit angka.')
	if (!input.nama.trim()) masalah.push('Nama wajib diisi.')
	const policy = checkSandiPolicy(input.password)
	if (policy) masalah.push(policy)
	if (input.password === SANDI_DEMO) masalah.push('Kata sandi demo tidak boleh dipakai.')
	const [unit, jabatan, peran, takenUser, takenNip] = await Promise.all([
		UnitKerja.findOne({ where: { kode: input.unitKode } }),
		input.jabatanKode ? Jabatan.findOne({ where: { kode: input.jabatanKode } }) : Promise.resolve(null),
		Peran.findAll({ where: { kode: input.peran } }),
		Pengguna.findOne({ where: { username } }),
		Pegawai.findOne({ where: { nip: input.nip } }),
	])
	if (!unit) masalah.push(`Unit kerja berkode "${input.unitKode}" tidak ada.`)
	if (input.jabatanKode && !jabatan) masalah.push(`Jabatan berkode "${input.jabatanKode}" tidak ada.`)
	const unknown = input.peran.filter((kode) => !peran.some((p) => p.kode === kode))
	if (unknown.length) masalah.push(`Peran tidak dikenal: ${unknown.join(', ')}.`)
	if (takenUser) masalah.push(`Username "${username}" sudah dipakai.`)
	if (takenNip) masalah.push(`NIP ${input.nip} sudah terdaftar.`)
	if (masalah.length || !unit) return { ok: false, masalah }

	const passwordHash = await hashSandi(input.password)
	const id = await transaction(async (t) => {
		const pegawai = await Pegawai.create(
			{ nip: input.nip, nama: input.nama.trim(), unitId: unit.id, jabatanId: jabatan?.id ?? null, email: null, telepon: null },
			{ transaction: t },
		)
		const pengguna = await Pengguna.create(
			{ username, passwordHash, pegawaiId: pegawai.id, sandiDiubahAt: new Date(), terakhirMasukAt: null },
			{ transaction: t },
		)
		if (peran.length) {
			await PenggunaPeran.bulkCreate(peran.map((p) => ({ penggunaId: pengguna.id, peranId: p.id })), { transaction: t })
		}
		return pengguna.id
	})
	return { ok: true, id }
}
