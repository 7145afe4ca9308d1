import type { LoaderFunctionArgs } from '@remix-run/node'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { parseFilterRegister } from '~/modules/layanan/laporan.schema'
import { barisRegister } from '~/modules/layanan/laporan.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'
import { formatWaktu } from '~/utils/format'

const LABEL_CARA: Record<string, string> = { ambil: 'Diambil di loket', email: 'E-mail', wa: 'WhatsApp' }

/**
 * `/permohonan/register/ekspor.xlsx`: the buku register with the page's filters. Streamed batch by
 * batch, so a year of register lines never sits in memory whole.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:laporan-layanan:any')
	const filter = parseFilterRegister(new URL(request.url))
	const zona = await getZonaWaktuKantor()
	const waktu = (iso: string | null) => (iso ? formatWaktu(iso, zona) : null)
	const stream = streamTabelExcel({
		judul: 'Buku register',
		kolom: [
			{ header: 'Nomor register', width: 22, value: (r) => r.nomorRegister },
			{ header: 'Nomor tiket', width: 26, value: (r) => r.nomorTiket },
			{ header: 'Layanan', width: 34, value: (r) => r.jenisNama },
			{ header: 'Nama pemohon', width: 28, value: (r) => r.pemohonNama },
			{ header: 'Dokumen', width: 30, value: (r) => r.dokumen },
			{ header: 'Nomor dokumen', width: 22, value: (r) => r.nomorDokumen },
			{ header: 'Dicetak', width: 20, value: (r) => waktu(r.dicetakAt) },
			{ header: 'Kondisi', width: 10, value: (r) => (r.kondisi === 'rusak' ? 'Rusak' : 'Baik') },
			{ header: 'Diserahkan', width: 20, value: (r) => waktu(r.diserahkanAt) },
			{ header: 'Diterima oleh', width: 26, value: (r) => r.diterimaOleh },
			{ header: 'Cara', width: 16, value: (r) => (r.cara ? (LABEL_CARA[r.cara] ?? r.cara) : null) },
		],
		rows: inBatches((offset, limit) => barisRegister({ ...filter, offset, limit })),
	})
	return excelResponse(stream, 'buku-register')
}
