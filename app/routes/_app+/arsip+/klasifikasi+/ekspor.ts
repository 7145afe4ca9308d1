import type { LoaderFunctionArgs } from '@remix-run/node'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { parseKlasifikasiFilter } from '~/modules/arsip/klasifikasi.schema'
import { listJadwalRetensi } from '~/modules/arsip/klasifikasi.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse } from '~/utils/excel-response.server'

/** The classification with its retention schedule as Excel: every code matching the search. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:arsip:any')
	const rows = await listJadwalRetensi(parseKlasifikasiFilter(new URL(request.url)))
	const stream = streamTabelExcel({
		judul: 'Jadwal retensi arsip',
		kolom: [
			{ header: 'Kode', width: 14, value: (r) => r.kode },
			{ header: 'Nama', width: 60, value: (r) => r.nama },
			{ header: 'Retensi aktif (th)', width: 12, value: (r) => r.berlaku?.aktif ?? null },
			{ header: 'Retensi inaktif (th)', width: 12, value: (r) => r.berlaku?.inaktif ?? null },
			{ header: 'Nasib akhir', width: 14, value: (r) => r.berlaku?.nasibAkhir ?? null },
			{ header: 'Vital', width: 8, value: (r) => (r.berlaku?.vital ? 'Ya' : null) },
			{ header: 'Ditetapkan pada kode', width: 16, value: (r) => r.berlaku?.sumberKode ?? null },
		],
		rows: (async function* () {
			yield rows
		})(),
	})
	return excelResponse(stream, 'jadwal-retensi-arsip')
}
