import type { LoaderFunctionArgs } from '@remix-run/node'
import { LABEL_TINGKAT, parseWilayahFilter } from '~/modules/referensi/wilayah.schema'
import { listWilayah } from '~/modules/referensi/wilayah.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The area list as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:referensi:any')
	const filter = parseWilayahFilter(new URL(request.url))
	const stream = streamTabelExcel({
		judul: 'Wilayah',
		kolom: [
			{ header: 'Kode', width: 16, value: (r) => r.kode },
			{ header: 'Nama', width: 40, value: (r) => r.nama },
			{ header: 'Tingkat', width: 16, value: (r) => LABEL_TINGKAT[r.tingkat] ?? r.tingkat },
			{ header: 'Kode induk', width: 14, value: (r) => r.indukKode ?? '' },
			{ header: 'Jumlah wilayah di bawahnya', width: 14, value: (r) => r.jumlahAnak },
		],
		rows: inBatches(async (offset, limit) => (await listWilayah({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'wilayah')
}
