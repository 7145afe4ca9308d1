import { isTanggal } from './waktu-zona'

/** Names for the actions the trail knows; an action missing here is shown by its code. */
export const LABEL_AKSI: Record<string, string> = {
	buat: 'Buat data',
	ubah: 'Ubah data',
	hapus: 'Hapus data',
	masuk: 'Masuk',
	keluar: 'Keluar',
	'masuk-gagal': 'Gagal masuk',
	'masuk-ditolak-terkunci': 'Masuk ditolak (terkunci)',
	'kunci-akun': 'Akun dikunci',
	'kunci-alamat': 'Alamat dikunci',
	'akses-ditolak': 'Akses ditolak',
	'ubah-sandi': 'Ganti kata sandi',
	'ubah-sandi-gagal': 'Gagal ganti kata sandi',
	'atur-ulang-sandi': 'Atur ulang kata sandi',
	'akhiri-sesi': 'Akhiri sesi',
}

export function labelAksi(aksi: string) {
	return LABEL_AKSI[aksi] ?? aksi
}

/** The trail's filters, read the same way by the page and by its Excel export. */
export function parseLogAuditFilter(url: URL) {
	const get = (name: string) => url.searchParams.get(name)?.trim() ?? ''
	const dari = get('dari')
	const sampai = get('sampai')
	const aksi = get('aksi')
	const entitas = get('entitas')
	return {
		dari: isTanggal(dari) ? dari : undefined,
		sampai: isTanggal(sampai) ? sampai : undefined,
		pengguna: get('pengguna').slice(0, 100) || undefined,
		aksi: /^[a-z0-9-]{1,40}$/.test(aksi) ? aksi : undefined,
		entitas: /^[a-z0-9_]{1,60}$/.test(entitas) ? entitas : undefined,
		entitasId: get('entitasId').slice(0, 64) || undefined,
	}
}
export type LogAuditFilter = ReturnType<typeof parseLogAuditFilter>
