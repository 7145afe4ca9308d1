import type { LoaderFunctionArgs } from '@remix-run/node'
import { parsePeranFilter } from '~/modules/akses/peran.schema'
import { listPeran, type PeranRow } from '~/modules/akses/peran.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The role list as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:peran:any')
	const filter = parsePeranFilter(new URL(request.url))
	const stream = streamTabelExcel<PeranRow>({
		judul: 'Peran',
		kolom: [
			{ header: 'Kode', width: 24, value: (r) => r.kode },
			{ header: 'Nama', width: 36, value: (r) => r.nama },
			{ header: 'Deskripsi', width: 60, value: (r) => r.deskripsi },
			{ header: 'Jenis', width: 14, value: (r) => (r.sistem ? 'Bawaan' : 'Buatan kantor') },
			{ header: 'Pengguna', width: 10, value: (r) => r.jumlahPengguna },
			{ header: 'Jabatan', width: 10, value: (r) => r.jumlahJabatan },
			{ header: 'Izin', width: 10, value: (r) => r.jumlahIzin },
		],
		rows: inBatches(async (offset, limit) => (await listPeran({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'peran')
}
