import type { LoaderFunctionArgs } from '@remix-run/node'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { parsePeminjamanFilter } from '~/modules/arsip/peminjaman.schema'
import { listPeminjaman } from '~/modules/arsip/peminjaman.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The loans as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const filter = parsePeminjamanFilter(new URL(request.url))
	const stream = streamTabelExcel({
		judul: 'Peminjaman arsip',
		kolom: [
			{ header: 'Nomor', width: 16, value: (r) => r.nomor },
			{ header: 'Nomor berkas', width: 16, value: (r) => r.nomorBerkas },
			{ header: 'Uraian berkas', width: 40, value: (r) => r.uraianBerkas },
			{ header: 'Peminjam', width: 30, value: (r) => r.peminjam },
			{ header: 'Keperluan', width: 40, value: (r) => r.keperluan },
			{ header: 'Dipinjam', width: 20, value: (r) => new Date(r.dipinjamAt) },
			{ header: 'Jatuh tempo', width: 12, value: (r) => r.jatuhTempo },
			{ header: 'Status', width: 14, value: (r) => (r.status === 'dipinjam' ? 'Dipinjam' : 'Dikembalikan') },
			{ header: 'Terlambat (hari)', width: 10, value: (r) => r.terlambatHari || null },
			{ header: 'Dikembalikan', width: 20, value: (r) => (r.dikembalikanAt ? new Date(r.dikembalikanAt) : null) },
		],
		rows: inBatches(async (offset, limit) => (await listPeminjaman({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'peminjaman-arsip')
}
