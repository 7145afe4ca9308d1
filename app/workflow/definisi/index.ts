import type { AreaProses, Definisi } from './jenis'
import { P1_1 } from './p1/p1-1'
import { P1_2_1_1 } from './p1/p1-2-1-1'
import { P1_2_1_1_V2 } from './p1/p1-2-1-1-v2'
import { P1_2_1_2 } from './p1/p1-2-1-2'
import { P1_2_1_2_V2 } from './p1/p1-2-1-2-v2'
import { P1_2_2 } from './p1/p1-2-2'
import { ARSIP_MUSNAH, ARSIP_PINDAH } from './p1/arsip-penyusutan'
import { P1_2_3 } from './p1/p1-2-3'
import { P1_3_1 } from './p1/p1-3-1'
import { P2_1 } from './p2/p2-1'
import { P2_2_1 } from './p2/p2-2-1'
import { P2_2_2 } from './p2/p2-2-2'
import { P3_1 } from './p3/p3-1'
import { P4_1_1 } from './p4/p4-1-1'
import { P4_1_2 } from './p4/p4-1-2'
import { P4_1_3 } from './p4/p4-1-3'
import { P4_2 } from './p4/p4-2'
import { P4_3_1 } from './p4/p4-3-1'
import { P4_3_2 } from './p4/p4-3-2'
import { P4_4 } from './p4/p4-4'
import { P4_5 } from './p4/p4-5'
import { P4_6 } from './p4/p4-6'
import { SOP_WA_KIA } from './p4/sop-wa-kia'
import { SOP_WA_KK } from './p4/sop-wa-kk'
import { SOP_WA_KTPEL } from './p4/sop-wa-ktpel'
import { SOP_WA_PINDAH } from './p4/sop-wa-pindah'
import { P5_1 } from './p5/p5-1'
import { P5_1_V2 } from './p5/p5-1-v2'
import { P5_2 } from './p5/p5-2'
import { P5_3 } from './p5/p5-3'
import { P5_4 } from './p5/p5-4'
import { P5_5 } from './p5/p5-5'
import { P5_6 } from './p5/p5-6'
import { P5_7 } from './p5/p5-7'
import { P5_8 } from './p5/p5-8'
import { P6_1 } from './p6/p6-1'
import { P6_2 } from './p6/p6-2'
import { P6_3 } from './p6/p6-3'
import { P7_1 } from './p7/p7-1'
import { P7_2 } from './p7/p7-2'
import { P7_3 } from './p7/p7-3'

/**
 * Every workflow definition of the office, in the order of the process catalogue (DESIGN.md §2):
 * P1.1 … P7.3, with the four WhatsApp-ticket SOPs right after P4.6. A definition that changes gets a
 * new `versi` and stays listed beside the old one until no instance runs on the old one.
 */
export const DEFINISI: Definisi[] = [
	P1_1,
	P1_2_1_1,
	P1_2_1_1_V2,
	P1_2_1_2,
	P1_2_1_2_V2,
	P1_2_2,
	ARSIP_PINDAH,
	ARSIP_MUSNAH,
	P1_2_3,
	P1_3_1,
	P2_1,
	P2_2_1,
	P2_2_2,
	P3_1,
	P4_1_1,
	P4_1_2,
	P4_1_3,
	P4_2,
	P4_3_1,
	P4_3_2,
	P4_4,
	P4_5,
	P4_6,
	SOP_WA_KK,
	SOP_WA_KIA,
	SOP_WA_PINDAH,
	SOP_WA_KTPEL,
	P5_1,
	P5_1_V2,
	P5_2,
	P5_3,
	P5_4,
	P5_5,
	P5_6,
	P5_7,
	P5_8,
	P6_1,
	P6_2,
	P6_3,
	P7_1,
	P7_2,
	P7_3,
]

/** The definition with this code: the given version, or the latest one when `versi` is omitted. */
export function getDefinisi(kode: string, versi?: number): Definisi | null {
	let found: Definisi | null = null
	for (const definisi of DEFINISI) {
		if (definisi.kode !== kode) continue
		if (versi !== undefined) {
			if (definisi.versi === versi) return definisi
		} else if (!found || definisi.versi > found.versi) {
			found = definisi
		}
	}
	return found
}

/** The process areas of the process map, as the office names them. */
export const AREA_PROSES: Record<AreaProses, string> = {
	P1: 'Umum dan Kepegawaian',
	P2: 'Perencanaan dan Pelaporan',
	P3: 'Keuangan',
	P4: 'Pelayanan Pendaftaran Penduduk',
	P5: 'Pelayanan Pencatatan Sipil',
	P6: 'Pengelolaan Informasi Administrasi Kependudukan',
	P7: 'Pemanfaatan Data',
}
