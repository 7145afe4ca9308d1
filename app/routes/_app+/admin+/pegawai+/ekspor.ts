import type { LoaderFunctionArgs } from '@remix-run/node'
import { parsePegawaiFilter } from '~/modules/organisasi/pegawai.schema'
import { listPegawai } from '~/modules/organisasi/pegawai.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The pegawai list as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:organisasi:any')
	const filter = parsePegawaiFilter(new URL(request.url))
	const stream = streamTabelExcel({
		judul: 'Pegawai',
		kolom: [
			{ header: 'NIP', width: 22, value: (r) => r.nip },
			{ header: 'Nama', width: 40, value: (r) => r.nama },
			{ header: 'Jabatan', width: 50, value: (r) => r.namaJabatan ?? '' },
			{ header: 'Unit kerja', width: 50, value: (r) => r.namaUnit },
			{ header: 'Email', width: 30, value: (r) => r.email ?? '' },
			{ header: 'Telepon', width: 18, value: (r) => r.telepon ?? '' },
			{ header: 'Akun', width: 20, value: (r) => r.username ?? '' },
			{ header: 'Status', width: 10, value: (r) => (r.aktif ? 'Aktif' : 'Nonaktif') },
		],
		rows: inBatches(async (offset, limit) => (await listPegawai({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'pegawai')
}
