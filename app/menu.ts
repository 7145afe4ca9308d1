import type { Izin } from './modules/akses/katalog-izin'

/**
 * The sidebar, grouped by module. An item shows only to users holding its permission; items
 * without one show to every signed-in user. Each module adds its pages here.
 */
export type MenuItem = { label: string; to: string; izin?: Izin }
export type MenuGroup = { label: string; items: MenuItem[] }

export const MENU: MenuGroup[] = [
	{
		label: 'Umum',
		items: [
			{ label: 'Beranda', to: '/' },
			{ label: 'Akun saya', to: '/akun' },
		],
	},
	{
		label: 'Alur kerja',
		items: [
			{ label: 'Tugas saya', to: '/tugas', izin: 'read:alur:own' },
			{ label: 'Disposisi', to: '/disposisi', izin: 'read:alur:own' },
			{ label: 'Katalog SOP', to: '/sop', izin: 'read:sop:any' },
		],
	},
	{
		label: 'Pelayanan',
		items: [
			{ label: 'Permohonan', to: '/permohonan', izin: 'read:permohonan:own' },
			{ label: 'Daftarkan permohonan', to: '/permohonan/baru', izin: 'create:permohonan:own' },
			{ label: 'Buku register', to: '/permohonan/register', izin: 'read:laporan-layanan:any' },
			{ label: 'Dasbor pelayanan', to: '/permohonan/laporan', izin: 'read:laporan-layanan:any' },
			{ label: 'Katalog layanan', to: '/admin/layanan', izin: 'update:layanan:any' },
			{ label: 'Tarif denda', to: '/admin/tarif-denda', izin: 'update:layanan:any' },
			{ label: 'Kanal WhatsApp', to: '/admin/whatsapp', izin: 'update:layanan:any' },
		],
	},
	{
		label: 'Persuratan',
		items: [
			{ label: 'Surat masuk', to: '/surat-masuk', izin: 'read:surat:own' },
			{ label: 'Catat surat masuk', to: '/surat-masuk/baru', izin: 'create:surat-masuk:any' },
			{ label: 'Surat keluar', to: '/surat-keluar', izin: 'read:surat:own' },
			{ label: 'Nomor surat', to: '/surat-keluar/nomor', izin: 'update:surat-keluar:any' },
			{ label: 'Buku ekspedisi', to: '/surat-keluar/ekspedisi', izin: 'update:pengantaran:any' },
			{ label: 'Jenis naskah', to: '/admin/jenis-naskah', izin: 'update:naskah:any' },
		],
	},
	{
		label: 'Kearsipan',
		items: [
			{ label: 'Cari surat & arsip', to: '/arsip/cari', izin: 'read:arsip:any' },
			{ label: 'Berkas arsip', to: '/arsip', izin: 'read:arsip:any' },
			{ label: 'Pengarsipan surat', to: '/arsip/pengarsipan', izin: 'update:arsip:any' },
			{ label: 'Peminjaman', to: '/arsip/peminjaman', izin: 'update:arsip:any' },
			{ label: 'Penyusutan', to: '/arsip/penyusutan', izin: 'update:arsip:any' },
			{ label: 'Klasifikasi & retensi', to: '/arsip/klasifikasi', izin: 'read:arsip:any' },
		],
	},
	{
		label: 'Kependudukan',
		items: [
			{ label: 'Impor DKB', to: '/kependudukan/impor', izin: 'update:dkb:any' },
			{ label: 'Publikasi agregat', to: '/kependudukan/agregat', izin: 'read:agregat:any' },
			{ label: 'Cari penduduk', to: '/kependudukan/penduduk', izin: 'read:penduduk:any' },
		],
	},
	{
		label: 'Organisasi',
		items: [
			{ label: 'Unit kerja', to: '/admin/unit-kerja', izin: 'read:organisasi:any' },
			{ label: 'Jabatan', to: '/admin/jabatan', izin: 'read:organisasi:any' },
			{ label: 'Pegawai', to: '/admin/pegawai', izin: 'read:organisasi:any' },
			{ label: 'Plt / Plh', to: '/admin/plt', izin: 'read:organisasi:any' },
		],
	},
	{
		label: 'Administrasi sistem',
		items: [
			{ label: 'Pengguna', to: '/admin/pengguna', izin: 'read:pengguna:any' },
			{ label: 'Peran & izin', to: '/admin/peran', izin: 'read:peran:any' },
			{ label: 'Sesi aktif', to: '/admin/sesi', izin: 'read:sesi:any' },
			{ label: 'Jejak audit', to: '/admin/audit', izin: 'read:audit:any' },
			{ label: 'Pengiriman gagal', to: '/admin/pengiriman', izin: 'read:pengiriman:any' },
		],
	},
	{
		label: 'Referensi',
		items: [
			{ label: 'Profil kantor', to: '/admin/pengaturan', izin: 'read:pengaturan:any' },
			{ label: 'Wilayah', to: '/admin/wilayah', izin: 'read:referensi:any' },
			{ label: 'Hari libur', to: '/admin/hari-libur', izin: 'read:referensi:any' },
		],
	},
]
