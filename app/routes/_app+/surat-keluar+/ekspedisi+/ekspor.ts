import type { LoaderFunctionArgs } from '@remix-run/node'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { bacaFilterEkspedisi, LABEL_CARA_EKSPEDISI, LABEL_STATUS_EKSPEDISI } from '~/modules/persuratan/ekspedisi.schema'
import { listEkspedisi, type EkspedisiRow } from '~/modules/persuratan/ekspedisi.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The buku ekspedisi as Excel, with the page's filters. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:pengantaran:any')
	const filter = bacaFilterEkspedisi(new URL(request.url))
	const stream = streamTabelExcel<EkspedisiRow>({
		judul: 'Buku ekspedisi',
		kolom: [
			{ header: 'Dikirim', width: 20, value: (r) => new Date(r.dikirimAt) },
			{ header: 'Nomor surat', width: 30, value: (r) => r.nomorSurat },
			{ header: 'Perihal', width: 44, value: (r) => r.perihal },
			{ header: 'Tujuan', width: 32, value: (r) => r.tujuan },
			{ header: 'Alamat', width: 32, value: (r) => r.alamat },
			{ header: 'Cara', width: 18, value: (r) => LABEL_CARA_EKSPEDISI[r.cara] ?? r.cara },
			{ header: 'Nomor resi', width: 18, value: (r) => r.nomorResi },
			{ header: 'Dikirim oleh', width: 26, value: (r) => r.dikirimOleh },
			{ header: 'Status', width: 12, value: (r) => LABEL_STATUS_EKSPEDISI[r.status] ?? r.status },
			{ header: 'Diterima oleh', width: 26, value: (r) => r.diterimaOleh },
			{ header: 'Diterima', width: 20, value: (r) => (r.diterimaAt ? new Date(r.diterimaAt) : null) },
			{ header: 'Catatan', width: 30, value: (r) => r.catatan },
		],
		rows: inBatches(async (offset, limit) => (await listEkspedisi({ filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'buku-ekspedisi')
}
