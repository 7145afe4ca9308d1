import type { Definisi } from '../jenis'
import { P1_2_1_2 } from './p1-2-1-2'

/**
 * P1.2.1.2 Pelayanan Surat Masuk, version 2: the source's path, with the disposition taken by the
 * letter's addressee (`jabatanTujuan`, the Kepala Dinas unless the tata usaha registered another)
 * instead of always the Kadis. The register step is done by the registration itself.
 */
export const P1_2_1_2_V2: Definisi = {
	...P1_2_1_2,
	versi: 2,
	sumber: `${P1_2_1_2.sumber}; disposisi oleh pejabat tujuan surat`,
	aktor: ['TATA USAHA', 'PEJABAT TUJUAN', 'SEKRETARIS', 'CARAKA'],
	langkah: P1_2_1_2.langkah.map((langkah) =>
		langkah.kode === 'disposisi'
			? {
					...langkah,
					kegiatan: 'Menerima surat dan melakukan pendisposisian (Kepala OPD atau pejabat yang dituju surat).',
					aktor: ['PEJABAT TUJUAN'],
					pelaksana: { jenis: 'jabatan-konteks', kunci: 'jabatanTujuan', label: 'Pejabat tujuan surat' },
				}
			: langkah,
	),
}
