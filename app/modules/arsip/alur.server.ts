import { daftarkanPengarsipan } from './pengarsipan.server'
import { daftarkanPenyusutan } from './penyusutan.server'

/**
 * The archive's part in the workflow, registered once per server process at start (and again,
 * harmlessly, whenever its modules load): a finished incoming letter starts P1.2.2, the filing
 * completes its "simpan" step, and an usulan penyusutan's berkas follow P1.2.2.1 (pemindahan) and
 * P1.2.2.2 (pemusnahan). Without this at start, a letter finishing before any archive page was opened in a
 * fresh (development) process would not reach the archive.
 */
export function daftarkanAlurArsip() {
	daftarkanPengarsipan()
	daftarkanPenyusutan()
}
