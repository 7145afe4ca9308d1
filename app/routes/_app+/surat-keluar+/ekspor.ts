import type { LoaderFunctionArgs } from '@remix-run/node'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { bacaFilterSuratKeluar, LABEL_SIFAT, LABEL_STATUS_SURAT } from '~/modules/persuratan/surat-keluar.schema'
import { listSuratKeluar, type SuratKeluarListRow } from '~/modules/persuratan/surat-keluar.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The list of outgoing letters as Excel, with the page's tab and filters. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const filter = bacaFilterSuratKeluar(new URL(request.url))
	const stream = streamTabelExcel<SuratKeluarListRow>({
		judul: 'Surat keluar',
		kolom: [
			{ header: 'Nomor', width: 30, value: (r) => r.nomor },
			{ header: 'Tanggal surat', width: 14, value: (r) => r.tanggalSurat },
			{ header: 'Jenis naskah', width: 20, value: (r) => r.jenisNaskah },
			{ header: 'Perihal', width: 50, value: (r) => r.perihal },
			{ header: 'Tujuan', width: 36, value: (r) => r.tujuan },
			{ header: 'Sifat', width: 14, value: (r) => LABEL_SIFAT[r.sifat] ?? r.sifat },
			{ header: 'Status', width: 22, value: (r) => LABEL_STATUS_SURAT[r.status] ?? r.status },
			{ header: 'Versi', width: 8, value: (r) => r.revisiKe },
			{ header: 'Penyusun', width: 28, value: (r) => r.pembuat },
			{ header: 'Unit', width: 36, value: (r) => r.unit },
			{ header: 'Dibuat', width: 20, value: (r) => new Date(r.dibuatAt) },
		],
		rows: inBatches(async (offset, limit) => (await listSuratKeluar({ user, filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'surat-keluar')
}
