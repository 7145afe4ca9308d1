import type { LoaderFunctionArgs } from '@remix-run/node'
import { teksPerubahan } from '~/modules/audit/components/perubahan'
import { labelAksi, parseLogAuditFilter } from '~/modules/audit/log-audit.schema'
import { batchesLogAudit, type LogAuditRow } from '~/modules/audit/log-audit.server'
import { formatWaktuDetik } from '~/modules/audit/waktu-zona'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse } from '~/utils/excel-response.server'

/** The filtered trail as Excel, streamed in keyset batches so its size never matters. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:audit:any')
	const filter = parseLogAuditFilter(new URL(request.url))
	const zona = await getZonaWaktuKantor()
	const stream = streamTabelExcel<LogAuditRow>({
		judul: 'Jejak audit',
		kolom: [
			{ header: 'ID', width: 10, value: (r) => r.id },
			{ header: 'Waktu', width: 20, value: (r) => formatWaktuDetik(r.waktu, zona) },
			{ header: 'Pengguna', width: 30, value: (r) => r.namaPengguna },
			{ header: 'Atas nama', width: 30, value: (r) => r.atasNama },
			{ header: 'Aksi', width: 22, value: (r) => labelAksi(r.aksi) },
			{ header: 'Kode aksi', width: 18, value: (r) => r.aksi },
			{ header: 'Entitas', width: 18, value: (r) => r.entitas },
			{ header: 'ID entitas', width: 12, value: (r) => r.entitasId },
			{ header: 'Perubahan', width: 60, value: (r) => teksPerubahan(r.perubahan) },
			{ header: 'Keterangan', width: 40, value: (r) => r.keterangan },
			{ header: 'Alamat', width: 16, value: (r) => r.ip },
			{ header: 'Perangkat', width: 40, value: (r) => r.userAgent },
			{ header: 'ID permintaan', width: 14, value: (r) => r.requestId },
		],
		rows: batchesLogAudit(filter),
	})
	return excelResponse(stream, 'jejak-audit')
}
