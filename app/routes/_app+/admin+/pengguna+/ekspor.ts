import type { LoaderFunctionArgs } from '@remix-run/node'
import { parsePenggunaFilter } from '~/modules/akses/pengguna.schema'
import { listPengguna, type PenggunaRow } from '~/modules/akses/pengguna.server'
import { formatWaktuDetik } from '~/modules/audit/waktu-zona'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

const namaPeran = (r: PenggunaRow, sumber: 'langsung' | 'jabatan') =>
	r.peran
		.filter((p) => p.sumber === sumber)
		.map((p) => p.nama)
		.join(', ')

/** The user list as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:pengguna:any')
	const filter = parsePenggunaFilter(new URL(request.url))
	const zona = await getZonaWaktuKantor()
	const stream = streamTabelExcel<PenggunaRow>({
		judul: 'Pengguna',
		kolom: [
			{ header: 'Username', width: 22, value: (r) => r.username },
			{ header: 'Nama', width: 36, value: (r) => r.nama },
			{ header: 'NIP', width: 22, value: (r) => r.nip },
			{ header: 'Jabatan', width: 40, value: (r) => r.jabatan },
			{ header: 'Unit kerja', width: 40, value: (r) => r.unit },
			{ header: 'Peran langsung', width: 30, value: (r) => namaPeran(r, 'langsung') },
			{ header: 'Peran dari jabatan', width: 30, value: (r) => namaPeran(r, 'jabatan') },
			{ header: 'Terakhir masuk', width: 20, value: (r) => (r.terakhirMasuk ? formatWaktuDetik(r.terakhirMasuk, zona) : null) },
			{ header: 'Status', width: 10, value: (r) => (r.aktif ? 'Aktif' : 'Nonaktif') },
		],
		rows: inBatches(async (offset, limit) => (await listPengguna({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'pengguna')
}
