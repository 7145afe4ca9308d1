import type { LoaderFunctionArgs } from '@remix-run/node'
import { STATUS_PENUGASAN, parsePenugasanPltFilter } from '~/modules/organisasi/plt.schema'
import { hariIniKantor, listPenugasanPlt } from '~/modules/organisasi/plt.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

const labelStatus: Record<string, string> = Object.fromEntries(STATUS_PENUGASAN.map((s) => [s.value, s.label]))

/** The Plt/Plh assignments as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:organisasi:any')
	const filter = parsePenugasanPltFilter(new URL(request.url))
	const hariIni = await hariIniKantor()
	const stream = streamTabelExcel({
		judul: 'Penugasan Plt dan Plh',
		kolom: [
			{ header: 'Jenis', width: 8, value: (r) => r.jenis },
			{ header: 'Jabatan', width: 50, value: (r) => r.namaJabatan },
			{ header: 'Pegawai', width: 40, value: (r) => r.namaPegawai },
			{ header: 'Akun', width: 18, value: (r) => r.username },
			{ header: 'Mulai', width: 12, value: (r) => r.mulai },
			{ header: 'Selesai', width: 12, value: (r) => r.selesai },
			{ header: 'Nomor surat', width: 30, value: (r) => r.nomorSurat ?? '' },
			{ header: 'Status', width: 16, value: (r) => labelStatus[r.status] ?? r.status },
			{ header: 'Keterangan', width: 40, value: (r) => r.keterangan ?? '' },
		],
		rows: inBatches(async (offset, limit) => (await listPenugasanPlt({ ...filter, hariIni, offset, limit })).rows),
	})
	return excelResponse(stream, 'penugasan-plt')
}
