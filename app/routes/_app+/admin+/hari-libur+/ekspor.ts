import type { LoaderFunctionArgs } from '@remix-run/node'
import { parseHariLiburFilter } from '~/modules/referensi/hari-libur.schema'
import { listHariLibur } from '~/modules/referensi/hari-libur.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The holiday list as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:referensi:any')
	const filter = parseHariLiburFilter(new URL(request.url))
	const stream = streamTabelExcel({
		judul: 'Hari libur',
		kolom: [
			{ header: 'Tanggal', width: 14, value: (r) => r.tanggal },
			{ header: 'Nama', width: 50, value: (r) => r.nama },
			{ header: 'Jenis', width: 18, value: (r) => (r.jenis === 'cuti-bersama' ? 'Cuti bersama' : 'Libur nasional') },
		],
		rows: inBatches(async (offset, limit) => (await listHariLibur({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'hari-libur')
}
