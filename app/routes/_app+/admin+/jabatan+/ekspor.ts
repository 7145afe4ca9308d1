import type { LoaderFunctionArgs } from '@remix-run/node'
import { JENIS_JABATAN, parseJabatanFilter } from '~/modules/organisasi/jabatan.schema'
import { listJabatan } from '~/modules/organisasi/jabatan.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

const labelJenis: Record<string, string> = Object.fromEntries(JENIS_JABATAN.map((j) => [j.value, j.label]))

/** The jabatan list as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:organisasi:any')
	const filter = parseJabatanFilter(new URL(request.url))
	const stream = streamTabelExcel({
		judul: 'Jabatan',
		kolom: [
			{ header: 'Kode', width: 22, value: (r) => r.kode },
			{ header: 'Nama jabatan', width: 55, value: (r) => r.nama },
			{ header: 'Jenis', width: 12, value: (r) => labelJenis[r.jenis] ?? r.jenis },
			{ header: 'Unit kerja', width: 50, value: (r) => r.namaUnit },
			{ header: 'Atasan', width: 50, value: (r) => r.namaAtasan ?? '' },
			{ header: 'Pemangku aktif', width: 14, value: (r) => r.jumlahPegawai },
			{ header: 'Status', width: 10, value: (r) => (r.aktif ? 'Aktif' : 'Nonaktif') },
		],
		rows: inBatches(async (offset, limit) => (await listJabatan({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'jabatan')
}
