import { beforeAll, describe, expect, it } from 'vitest'
import { getUserById } from '#test/alur'
import type { Pelaku } from './mesin.server'
import { DEFINISI } from './definisi'
import type { Pelaksana } from './definisi/jenis'
import { hakAtasTugas, resolvePelaksana } from './pelaksana.server'

/**
 * Table-driven: for every step of every definition, exactly the demo accounts the SOP names may
 * take its task. The expectation is written from the organisation chart, not from the engine.
 */
const AKUN: Record<string, { peran: string[]; jabatan: string }> = {
	admin: { peran: ['admin'], jabatan: 'PRANATA-KOMPUTER' },
	kadis: { peran: ['kadis'], jabatan: 'KADIS' },
	sekretaris: { peran: ['sekretaris'], jabatan: 'SEKRETARIS' },
	'kabid.dafduk': { peran: ['kabid'], jabatan: 'KABID-DAFDUK' },
	'kasi.dafduk': { peran: ['kasi'], jabatan: 'KASI-IDP' },
	'kabid.capil': { peran: ['kabid'], jabatan: 'KABID-CAPIL' },
	'kasi.capil': { peran: ['kasi'], jabatan: 'KASI-KLM' },
	'kabid.piak': { peran: ['kabid', 'piak'], jabatan: 'KABID-PIAK' },
	loket: { peran: ['petugas-loket'], jabatan: 'PETUGAS-LOKET' },
	'operator.siak': { peran: ['operator-siak'], jabatan: 'OPERATOR-SIAK' },
	pengambilan: { peran: ['petugas-pengambilan'], jabatan: 'PETUGAS-PENGAMBILAN' },
	tu: { peran: ['tata-usaha'], jabatan: 'PENGADMINISTRASI-UMUM' },
	caraka: { peran: ['caraka'], jabatan: 'CARAKA' },
	kepegawaian: { peran: ['kepegawaian'], jabatan: 'ANALIS-SDM' },
	'pengurus.barang': { peran: ['pengurus-barang'], jabatan: 'PENGURUS-BARANG' },
	perencanaan: { peran: ['perencanaan'], jabatan: 'PERENCANA' },
	pptk: { peran: ['pptk'], jabatan: 'PENYUSUN-PROGRAM' },
	bendahara: { peran: ['bendahara'], jabatan: 'BENDAHARA' },
	'verifikator.keuangan': { peran: ['verifikator-keuangan'], jabatan: 'VERIFIKATOR-KEUANGAN' },
	ppk: { peran: ['ppk-skpd'], jabatan: 'PPK-SKPD' },
	piak: { peran: ['piak'], jabatan: 'ADB' },
}

/** The subject sits in Seksi Identitas Penduduk (head: Kasi IDP); the initiator is kasi.dafduk (atasan: Kabid Dafduk). */
const PEMRAKARSA = 'kasi.dafduk'

function yangBerhak(pelaksana: Pelaksana): string[] {
	const byRole = (peran: string) => Object.keys(AKUN).filter((u) => AKUN[u]!.peran.includes(peran))
	const byJabatan = (jabatan: string) => Object.keys(AKUN).filter((u) => AKUN[u]!.jabatan === jabatan)
	switch (pelaksana.jenis) {
		case 'peran':
			return byRole(pelaksana.peran)
		case 'eksternal':
			return byRole(pelaksana.dicatatOleh)
		case 'jabatan':
			return byJabatan(pelaksana.jabatan)
		case 'kepala-unit-subjek':
			return byJabatan('KASI-IDP')
		case 'atasan-pemrakarsa':
			return byJabatan('KABID-DAFDUK')
		case 'pengguna':
			// any other key names a person kept in the konteks: here always kabid.capil
			return pelaksana.kunci === 'pemrakarsa' ? [PEMRAKARSA] : ['kabid.capil']
		case 'jabatan-konteks':
			// a jabatan kept in the konteks: here always Kabid Capil's
			return byJabatan('KABID-CAPIL')
	}
}

describe('who may take each step of every SOP', () => {
	const users: Record<string, Pelaku> = {}
	let instans: { unitId: number; pemrakarsaId: number; konteks: Record<string, unknown> } = { unitId: 6, pemrakarsaId: 0, konteks: {} }
	beforeAll(async () => {
		for (const username of Object.keys(AKUN)) users[username] = await getUserById(username)
		const orang = users['kabid.capil']!.id
		instans = { unitId: 6, pemrakarsaId: users[PEMRAKARSA]!.id, konteks: new Proxy({}, { get: (_, kunci) => (String(kunci).startsWith('jabatan') ? 'KABID-CAPIL' : orang) }) }
	})

	for (const definisi of DEFINISI) {
		it(`${definisi.kode} ${definisi.nama}`, async () => {
			for (const langkah of definisi.langkah) {
				const target = await resolvePelaksana(langkah.pelaksana, instans)
				const actual = Object.keys(users).filter((u) => hakAtasTugas(users[u]!, target).boleh)
				expect(actual, `${definisi.kode} langkah ${langkah.kode}`).toEqual(yangBerhak(langkah.pelaksana))
				expect(actual.length, `${definisi.kode} langkah ${langkah.kode}: ada yang dapat mengerjakannya`).toBeGreaterThan(0)
			}
		})
	}
})
