import { describe, expect, it } from 'vitest'
import { type FieldIsian, type SkemaIsian, SKEMA_ISIAN, nikValid, nomorKkValid, parseIsian } from './skema-isian'

const HARI_INI = '2026-11-22'
const BESOK = '2026-11-23'
const NIK_PRIA = '3305011207900002'
const NIK_WANITA = '3305015107900001'
const NOMOR_KK = '3305011207150003'

const parse = (kode: string, raw: Record<string, unknown>) => parseIsian(kode, raw, { hariIni: HARI_INI })

function contoh(f: FieldIsian): string {
	switch (f.jenis) {
		case 'teks':
			return f.format === 'jam' ? '07:45' : f.format === 'kode-pos' ? '54311' : 'Contoh isian'
		case 'teks-panjang':
			return 'Uraian contoh yang cukup panjang.'
		case 'tanggal':
			return '2024-05-17'
		case 'pilihan':
			return f.pilihan![0]!
		case 'nik':
			return NIK_PRIA
		case 'nomor-kk':
			return NOMOR_KK
		case 'angka':
			return '2'
	}
}

/** Every field filled with a valid value. */
function sampelLengkap(skema: SkemaIsian): Record<string, string> {
	return Object.fromEntries(skema.field.map((f) => [f.nama, contoh(f)]))
}

/** Only the required fields, with choices that make no optional field required. */
function sampelMinimal(skema: SkemaIsian): Record<string, string> {
	const pemicu = new Map<string, Set<string>>()
	for (const f of skema.field) {
		if (f.wajibBila) pemicu.set(f.wajibBila.field, new Set([...(pemicu.get(f.wajibBila.field) ?? []), ...f.wajibBila.nilai]))
	}
	const sampel: Record<string, string> = {}
	for (const f of skema.field) {
		if (!f.wajib) continue
		sampel[f.nama] = f.jenis === 'pilihan' ? f.pilihan!.find((p) => !pemicu.get(f.nama)?.has(p))! : contoh(f)
	}
	return sampel
}

const SEMUA = Object.values(SKEMA_ISIAN)

describe('SKEMA_ISIAN', () => {
	it('has every schema the service catalogue needs', () => {
		expect(Object.keys(SKEMA_ISIAN).sort()).toEqual(
			[
				'kk',
				'ktp-el',
				'kia',
				'pindah',
				'pindah-datang',
				'luar-negeri',
				'biodata',
				'orang-asing',
				'biometrik',
				'kelahiran',
				'lahir-mati',
				'kematian',
				'perkawinan',
				'perceraian',
				'kewarganegaraan',
				'peristiwa-lain',
				'pembetulan-akta',
				'perubahan-nama',
				'pembatalan',
				'anak',
				'kutipan-kedua',
			].sort(),
		)
	})

	it.each(SEMUA.map((s) => [s.kode, s] as const))('%s is well formed', (kode, skema) => {
		expect(skema.kode).toBe(kode)
		const nama = skema.field.map((f) => f.nama)
		expect(new Set(nama).size).toBe(nama.length)
		const byNama = new Map(skema.field.map((f) => [f.nama, f]))
		for (const f of skema.field) {
			expect(f.nama).toMatch(/^[a-z][a-zA-Z0-9]*$/)
			expect(f.label.length).toBeGreaterThan(0)
			if (f.jenis === 'pilihan') expect(f.pilihan?.length).toBeGreaterThan(1)
			else expect(f.pilihan).toBeUndefined()
			if (f.mendatang || f.tidakSebelum) expect(f.jenis).toBe('tanggal')
			if (f.tidakSebelum) expect(byNama.get(f.tidakSebelum)?.jenis).toBe('tanggal')
			if (f.wajibBila) {
				expect(f.wajib).toBe(false)
				const acuan = byNama.get(f.wajibBila.field)
				expect(acuan?.jenis).toBe('pilihan')
				for (const nilai of f.wajibBila.nilai) expect(acuan?.pilihan).toContain(nilai)
			}
			if (f.format) expect(f.jenis).toBe('teks')
		}
		if (skema.tanggalPeristiwa) {
			const f = byNama.get(skema.tanggalPeristiwa)
			expect(f?.jenis).toBe('tanggal')
			expect(f?.wajib).toBe(true)
			expect(f?.mendatang).toBeFalsy()
		}
	})

	it('names the event date of the services fined for late reports', () => {
		expect(SKEMA_ISIAN.kelahiran!.tanggalPeristiwa).toBe('tanggalLahir')
		expect(SKEMA_ISIAN['lahir-mati']!.tanggalPeristiwa).toBe('tanggalLahirMati')
		expect(SKEMA_ISIAN.kematian!.tanggalPeristiwa).toBe('tanggalKematian')
		expect(SKEMA_ISIAN.perkawinan!.tanggalPeristiwa).toBe('tanggalPerkawinan')
		expect(SKEMA_ISIAN.perceraian!.tanggalPeristiwa).toBe('tanggalInkracht')
	})
})

describe.each(SEMUA.map((s) => [s.kode, s] as const))('parseIsian(%s)', (kode, skema) => {
	it('accepts a complete valid sample, trimmed', () => {
		const sampel = sampelLengkap(skema)
		const padded = Object.fromEntries(Object.entries(sampel).map(([k, v]) => [k, `  ${v} `]))
		expect(parse(kode, padded)).toEqual({ ok: true, data: sampel })
	})

	it('accepts only the required fields and drops empty optional ones', () => {
		const sampel = sampelMinimal(skema)
		const kosong = Object.fromEntries(skema.field.filter((f) => !f.wajib).map((f) => [f.nama, '   ']))
		expect(parse(kode, { ...kosong, ...sampel, bukanField: 'diabaikan' })).toEqual({ ok: true, data: sampel })
	})

	it.each(skema.field.filter((f) => f.wajib).map((f) => [f.nama, f] as const))('requires %s', (nama, f) => {
		const { [nama]: _hapus, ...sisa } = sampelLengkap(skema)
		for (const raw of [sisa, { ...sisa, [nama]: '' }]) {
			const hasil = parse(kode, raw)
			expect(hasil.ok).toBe(false)
			if (!hasil.ok) expect(hasil.errors).toEqual({ [nama]: [`${f.label} wajib diisi.`] })
		}
	})

	const tanggal = skema.field.filter((f) => f.jenis === 'tanggal')
	if (tanggal.length) {
		it.each(tanggal.map((f) => [f.nama, f] as const))('checks the date %s against today', (nama, f) => {
			const hasil = parse(kode, { ...sampelLengkap(skema), [nama]: BESOK })
			if (f.mendatang) {
				expect(hasil.ok).toBe(true)
			} else {
				expect(hasil).toEqual({ ok: false, errors: { [nama]: [`${f.label} tidak boleh setelah hari ini.`] } })
			}
			// today itself is fine; a date that may not precede this one moves along
			const hariIni = { ...sampelLengkap(skema), [nama]: HARI_INI }
			for (const g of skema.field) if (g.tidakSebelum === nama) hariIni[g.nama] = HARI_INI
			expect(parse(kode, hariIni).ok).toBe(true)
		})
	}

	const nomor = skema.field.filter((f) => f.jenis === 'nik' || f.jenis === 'nomor-kk')
	if (nomor.length) {
		it.each(nomor.map((f) => [f.nama] as const))('rejects a bad number in %s', (nama) => {
			for (const buruk of ['3305011213900002', '330501120790000', '33050112079000AB']) {
				const hasil = parse(kode, { ...sampelLengkap(skema), [nama]: buruk })
				expect(hasil.ok).toBe(false)
				if (!hasil.ok) expect(Object.keys(hasil.errors)).toEqual([nama])
			}
		})
	}

	const pilihan = skema.field.filter((f) => f.jenis === 'pilihan')
	if (pilihan.length) {
		it.each(pilihan.map((f) => [f.nama, f] as const))('rejects an unknown option in %s', (nama, f) => {
			const hasil = parse(kode, { ...sampelLengkap(skema), [nama]: 'Bukan pilihan' })
			expect(hasil).toEqual({ ok: false, errors: { [nama]: [`${f.label} harus salah satu pilihan yang tersedia.`] } })
		})
	}
})

describe('parseIsian rules', () => {
	const kelahiran = {
		namaAnak: 'Aisyah Putri',
		jenisKelamin: 'Perempuan',
		tempatLahir: 'Kebumen',
		tanggalLahir: '2026-10-01',
		jamLahir: '23:05',
		anakKe: '1',
		penolongKelahiran: 'Bidan/perawat',
		namaIbu: 'Siti Aminah',
		nikIbu: NIK_WANITA,
		nomorKk: NOMOR_KK,
	}

	it('accepts a realistic birth report', () => {
		expect(parse('kelahiran', kelahiran)).toEqual({ ok: true, data: kelahiran })
	})

	it('refuses an unknown schema', () => {
		expect(parse('tidak-ada', {})).toEqual({ ok: false, errors: { _form: ['Jenis isian layanan tidak dikenal.'] } })
	})

	it('reports every broken field at once', () => {
		const hasil = parse('kelahiran', { ...kelahiran, namaAnak: '', tanggalLahir: '2026-02-30', jamLahir: '24:00', anakKe: '0', nikIbu: '1234' })
		expect(hasil).toEqual({
			ok: false,
			errors: {
				namaAnak: ['Nama anak wajib diisi.'],
				tanggalLahir: ['Tanggal lahir tidak ada di kalender.'],
				jamLahir: ['Jam lahir harus berformat JJ:MM.'],
				anakKe: ['Kelahiran ke minimal 1.'],
				nikIbu: ['NIK ibu harus 16 digit angka.'],
			},
		})
	})

	it('checks numbers, lengths, date shapes and value types', () => {
		const errors = (raw: Record<string, unknown>) => {
			const hasil = parse('kelahiran', { ...kelahiran, ...raw })
			return hasil.ok ? {} : hasil.errors
		}
		expect(errors({ anakKe: 'dua' })).toEqual({ anakKe: ['Kelahiran ke harus berupa bilangan bulat.'] })
		expect(errors({ anakKe: '123' })).toEqual({ anakKe: ['Kelahiran ke maksimal 2 digit.'] })
		expect(errors({ namaAnak: 'a'.repeat(151) })).toEqual({ namaAnak: ['Nama anak maksimal 150 karakter.'] })
		expect(errors({ namaAnak: 'a'.repeat(150) })).toEqual({})
		expect(errors({ tanggalLahir: '01-10-2026' })).toEqual({ tanggalLahir: ['Tanggal lahir harus berformat TTTT-BB-HH.'] })
		expect(errors({ tanggalLahir: '1899-12-31' })).toEqual({ tanggalLahir: ['Tanggal lahir tidak boleh sebelum tahun 1900.'] })
		expect(errors({ tanggalLahir: '2024-02-29' })).toEqual({})
		expect(errors({ namaAnak: 42 })).toEqual({ namaAnak: ['Nama anak harus berupa teks.'] })
		expect(errors({ nikIbu: '3305011213900002' })).toEqual({ nikIbu: ['NIK ibu tidak sah; periksa kode wilayah dan tanggal lahir di dalamnya.'] })
		expect(errors({ nomorKk: '3305014107150003' })).toEqual({ nomorKk: ['Nomor KK tidak sah; periksa kode wilayah dan tanggal terbit di dalamnya.'] })
	})

	it('uses the office date in Asia/Jakarta when none is given', () => {
		const hasil = parseIsian('kelahiran', { ...kelahiran, tanggalLahir: '2999-01-01' })
		expect(hasil).toEqual({ ok: false, errors: { tanggalLahir: ['Tanggal lahir tidak boleh setelah hari ini.'] } })
		expect(parseIsian('kelahiran', kelahiran).ok).toBe(true)
	})

	it('requires a field only while its condition holds', () => {
		const rekam = { nik: NIK_PRIA, nama: 'Sarno', kategori: 'Lansia', perluKunjunganRumah: 'Ya' }
		expect(parse('biometrik', rekam)).toEqual({ ok: false, errors: { alamatKunjungan: ['Alamat kunjungan wajib diisi.'] } })
		expect(parse('biometrik', { ...rekam, alamatKunjungan: 'Panti Wreda Kasih, Kebumen' }).ok).toBe(true)
		expect(parse('biometrik', { ...rekam, perluKunjunganRumah: 'Tidak' }).ok).toBe(true)

		const angkat = {
			jenisPeristiwa: 'Pengangkatan anak',
			namaAnak: 'Bima',
			tanggalLahirAnak: '2020-03-04',
			nomorAktaKelahiran: '3305-LT-04032020-0001',
			namaIbu: 'Ratna',
		}
		const hasil = parse('anak', angkat)
		expect(hasil.ok).toBe(false)
		if (!hasil.ok) expect(Object.keys(hasil.errors).sort()).toEqual(['namaPengadilan', 'nomorPenetapan', 'tanggalPenetapan'])
		expect(parse('anak', { ...angkat, jenisPeristiwa: 'Pengakuan anak' }).ok).toBe(true)
	})

	it('keeps a later date from preceding the one it follows', () => {
		const cerai = {
			...sampelLengkap(SKEMA_ISIAN.perceraian!),
			nikIstri: NIK_WANITA,
			tanggalPutusan: '2026-09-10',
			tanggalInkracht: '2026-09-01',
		}
		expect(parse('perceraian', cerai)).toEqual({
			ok: false,
			errors: { tanggalInkracht: ['Tanggal putusan berkekuatan hukum tetap tidak boleh sebelum tanggal putusan.'] },
		})
		expect(parse('perceraian', { ...cerai, tanggalInkracht: '2026-09-24' }).ok).toBe(true)
	})
})

describe('nikValid', () => {
	it.each([
		['3305011207900002', true, 'a man born 12 July 1990'],
		['3305015107900001', true, 'a woman: day 11 + 40'],
		['3305017112900001', true, 'a woman born on the 31st'],
		['3305012902000001', true, 'a leap day'],
		['3305013002900001', false, '30 February'],
		['3305013104900001', false, '31 April'],
		['3305014007900001', false, 'day 40 is neither a man nor a woman'],
		['3305017207900001', false, 'day 72'],
		['3305010007900001', false, 'day 00'],
		['3305011213900001', false, 'month 13'],
		['3305011200900001', false, 'month 00'],
		['33050112079000A1', false, 'letters'],
		['330501120790000', false, '15 digits'],
		['33050112079000012', false, '17 digits'],
		['0000000000000000', false, 'all zeros'],
		['0005011207900002', false, 'no province'],
		['3300011207900002', false, 'no regency'],
		['3305001207900002', false, 'no district'],
		['3305011207900000', false, 'serial 0000'],
		[' 3305011207900002', false, 'untrimmed'],
	])('%s → %s (%s)', (nik, sah) => {
		expect(nikValid(nik)).toBe(sah)
	})
})

describe('nomorKkValid', () => {
	it.each([
		['3305011207150003', true, 'issued 12 July 2015'],
		['3575023112240001', true, 'issued 31 December 2024'],
		['3305014107150003', false, 'day 41: KK numbers carry no +40'],
		['3305011213150003', false, 'month 13'],
		['3305013002150003', false, '30 February'],
		['33050112071500AB', false, 'letters'],
		['330501120715000', false, '15 digits'],
		['0000000000000000', false, 'all zeros'],
		['3305011207150000', false, 'serial 0000'],
	])('%s → %s (%s)', (kk, sah) => {
		expect(nomorKkValid(kk)).toBe(sah)
	})
})
