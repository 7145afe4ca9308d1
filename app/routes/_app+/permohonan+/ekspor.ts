import type { LoaderFunctionArgs } from '@remix-run/node'
import { listPermohonan, type PermohonanListRow } from '~/modules/layanan/baca.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { excelResponse, inBatches } from '~/utils/excel-response.server'
import { requirePembacaPermohonan } from './__cakupan.server'
import { bacaFilterPermohonan, kriteria, LABEL_KANAL } from './__filter'

/** The request list as Excel, with the page's filters and scope; NIK masked as on the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { cakupan } = await requirePembacaPermohonan(request)
	const { filter } = bacaFilterPermohonan(new URL(request.url))
	const stream = streamTabelExcel<PermohonanListRow>({
		judul: 'Permohonan layanan',
		kolom: [
			{ header: 'Nomor tiket', width: 26, value: (r) => r.nomorTiket },
			{ header: 'Tanggal lapor', width: 14, value: (r) => r.tanggalLapor },
			{ header: 'Layanan', width: 40, value: (r) => r.jenisNama },
			{ header: 'Kanal', width: 16, value: (r) => LABEL_KANAL[r.kanal] },
			{ header: 'Pemohon', width: 30, value: (r) => r.pemohonNama },
			{ header: 'NIK (tersamar)', width: 20, value: (r) => r.pemohonNikSamar },
			{ header: 'Status', width: 34, value: (r) => r.statusLabel },
			{ header: 'Langkah', width: 40, value: (r) => r.langkah },
			{ header: 'Denda (Rp)', width: 14, value: (r) => r.denda },
			{ header: 'Denda lunas', width: 12, value: (r) => (r.denda > 0 ? (r.dendaLunas ? 'Ya' : 'Belum') : null) },
		],
		rows: inBatches(async (offset, limit) => (await listPermohonan({ ...kriteria(filter), cakupan, offset, limit })).rows),
	})
	return excelResponse(stream, 'permohonan-layanan')
}
