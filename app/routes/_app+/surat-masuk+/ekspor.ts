import type { LoaderFunctionArgs } from '@remix-run/node'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { bacaFilterSuratMasuk, labelAsalJenis } from '~/modules/persuratan/surat-masuk.schema'
import { listSuratMasuk, type SuratMasukListRow } from '~/modules/persuratan/surat-masuk.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The agenda list as Excel, with the page's filters and the reader's visibility. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const filter = bacaFilterSuratMasuk(new URL(request.url))
	const stream = streamTabelExcel<SuratMasukListRow>({
		judul: 'Surat masuk',
		kolom: [
			{ header: 'Nomor agenda', width: 14, value: (r) => r.nomorAgenda },
			{ header: 'Tanggal diterima', width: 14, value: (r) => r.tanggalDiterima },
			{ header: 'Nomor surat', width: 28, value: (r) => r.nomorSurat },
			{ header: 'Tanggal surat', width: 14, value: (r) => r.tanggalSurat },
			{ header: 'Jenis asal', width: 16, value: (r) => labelAsalJenis(r.asalJenis) },
			{ header: 'Asal surat', width: 34, value: (r) => r.asal },
			{ header: 'Perihal', width: 50, value: (r) => r.perihal },
			{ header: 'Sifat', width: 14, value: (r) => r.sifatLabel },
			{ header: 'Urgensi', width: 12, value: (r) => r.urgensiLabel },
			{ header: 'Klasifikasi', width: 14, value: (r) => r.klasifikasiKode },
			{ header: 'Tujuan', width: 34, value: (r) => r.tujuan },
			{ header: 'Status', width: 26, value: (r) => r.statusLabel },
		],
		rows: inBatches(async (offset, limit) => (await listSuratMasuk({ ...filter, pembaca: user, offset, limit })).rows),
	})
	return excelResponse(stream, 'surat-masuk')
}
