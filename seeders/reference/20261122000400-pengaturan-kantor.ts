import type { MigrationFn } from '~/utils/migrator.server'

/** The office profile; the demo office is Kabupaten Kebumen. The admin edits it for a real install. */
export const up: MigrationFn = async ({ context: { queryInterface } }) => {
	const now = new Date()
	await queryInterface.bulkInsert('pengaturan_kantor', [
		{
			id: 1,
			nama_dinas: 'Dinas Kependudukan dan Pencatatan Sipil',
			nama_pemda: 'Pemerintah Kabupaten Kebumen',
			kode_wilayah: '33.05',
			alamat: 'Kebumen, Jawa Tengah',
			kode_pos: null,
			telepon: null,
			email: null,
			laman: null,
			logo_berkas: null,
			zona_waktu: 'Asia/Jakarta',
			jam_layanan: JSON.stringify([
				{ hari: 1, buka: '08:00', tutup: '15:00' },
				{ hari: 2, buka: '08:00', tutup: '15:00' },
				{ hari: 3, buka: '08:00', tutup: '15:00' },
				{ hari: 4, buka: '08:00', tutup: '15:00' },
				{ hari: 5, buka: '08:00', tutup: '11:00' },
			]),
			version: 0,
			created_at: now,
			updated_at: now,
		},
	])
}

export const down: MigrationFn = async ({ context: { queryInterface } }) => {
	await queryInterface.bulkDelete('pengaturan_kantor', { id: 1 })
}
